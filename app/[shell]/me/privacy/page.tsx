import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller, getClientContext } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DownloadLink } from "@/components/ui/download-link";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "我的数据与隐私", robots: { index: false } };

export default async function MyPrivacyPage() {
  await guardPage("account.self", "/me/privacy");
  const caller = await getCaller();
  const [categories, log, ctx] = await Promise.all([caller.account.privacy(), caller.account.accessLog(), getClientContext()]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的数据与隐私" }]} />
      <h1 className="mb-2 text-3xl font-bold">我的数据与隐私</h1>
      <p className="mb-6">
        本页列出智慧南通保存的您的个人信息、用途和保存期限，以及谁查看过您的办件、诉求和健康档案。详细规则见
        <Link href="/privacy" className="font-semibold">
          《智慧南通隐私政策》
        </Link>
        。
      </p>

      <section aria-labelledby="held-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="held-title" className="mb-3 text-xl font-bold">
          我们保存的您的信息
        </h2>
        <div className="space-y-5">
          {categories.map((c) => (
            <section key={c.id} aria-labelledby={`cat-${c.id}`}>
              <h3 id={`cat-${c.id}`} className="mb-1 text-lg font-bold">
                {c.name}
              </h3>
              <ul className="mb-2 flex flex-wrap gap-x-5 gap-y-1">
                {c.items.map((i) => (
                  <li key={i.label}>
                    {i.label}：<strong>{i.count}</strong> 条
                  </li>
                ))}
              </ul>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-semibold">用来做什么</dt>
                <dd>{c.purpose}</dd>
                <dt className="font-semibold">保存多久</dt>
                <dd>{c.retention}</dd>
              </dl>
            </section>
          ))}
        </div>
        <p className="mt-4">
          <DownloadLink href="/me/export" wechat={ctx.wechat}>
            下载我的全部个人信息（一个 JSON 文件）
          </DownloadLink>
        </p>
        <p className="mt-2">
          <Link href="/life/health/records/access" className="font-semibold underline">
            管理家人查看我健康档案的授权
          </Link>
        </p>
      </section>

      <section aria-labelledby="access-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="access-title" className="mb-3 text-xl font-bold">
          谁看过我的信息
        </h2>
        <p className="mb-3">
          工作人员和12345坐席每次打开您的办件或诉求，家人和医院工作人员每次查看您的健康档案，都会记录在这里（最近100次）。
        </p>
        {log.length === 0 ? (
          <p>还没有人查看过您的办件、诉求或健康档案。</p>
        ) : (
          // A scrolling region is keyboard-reachable (WCAG 2.1.1; axe scrollable-region-focusable) and named.
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="查看记录">
            <table className="w-full text-left">
              <caption className="sr-only">查看记录，最新的在前</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    时间
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    谁
                  </th>
                  <th scope="col" className="py-2">
                    查看了什么
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.map((e, i) => (
                  <tr key={`${e.at.toISOString()}-${i}`} className="border-b border-line">
                    <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.at)}</td>
                    <td className="py-2 pr-4">
                      {e.departmentName ? `${e.departmentName} · ` : ""}
                      {e.roleName}
                    </td>
                    <td className="py-2">
                      {e.what}
                      {e.targetId ? `（编号 ${e.targetId}）` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="close-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="close-title" className="mb-3 text-xl font-bold">
          注销账号
        </h2>
        <p className="mb-3">注销后账号立即停用，个人信息在15个工作日内删除或匿名化。注销前会先列出您还没办完的事。</p>
        <Link href="/me/privacy/close" className="font-semibold underline">
          申请注销账号
        </Link>
      </section>
    </div>
  );
}
