import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { ZQueueTab } from "@/server/modules/applications/validation";
import { StatusTag } from "@/components/applications/timeline";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam } from "@/app/_lib/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "申请办理", robots: { index: false } };

const TABS = [
  { id: "pending", label: "待受理", status: ["submitted"] },
  { id: "processing", label: "办理中", status: ["accepted"] },
  { id: "overdue", label: "已超期", status: [] },
  { id: "correction", label: "待补正", status: ["correction"] },
  { id: "followups", label: "差评整改", status: [] },
  { id: "closed", label: "已办结", status: ["completed", "rejected"] },
] as const;

export default async function StaffApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await guardPage("department.handle", "/staff/applications");
  const sp = await searchParams;
  const tab = ZQueueTab.catch("pending").parse(one(sp.tab));
  const page = pageParam(sp.page, 10_000);
  const q = await (await getCaller()).applications.queue({ tab, page });
  const pages = Math.max(1, Math.ceil(q.total / q.pageSize));
  const count = (t: (typeof TABS)[number]) => (t.id === "overdue" ? q.overdue : t.status.reduce((n, s) => n + (q.byStatus[s] ?? 0), 0));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "申请办理" }]} />
      <h1 className="mb-4 text-3xl font-bold">一网通办申请办理</h1>
      {q.overdue > 0 ? (
        <p role="status" className="mb-4 border-l-8 border-danger bg-white p-3 font-semibold text-danger">
          有 {q.overdue} 件申请已超过承诺办结日期，请优先办理。
        </p>
      ) : null}
      <nav aria-label="办件分类" className="mb-6">
        <ul className="flex flex-wrap gap-2 border-b-2 border-line">
          {TABS.map((t) => (
            <li key={t.id}>
              <Link
                href={`/staff/applications?tab=${t.id}`}
                aria-current={tab === t.id ? "page" : undefined}
                className={`inline-flex min-h-tap items-center border-b-4 px-3 font-semibold no-underline ${tab === t.id ? "border-brand-600 text-brand-800" : "border-transparent text-ink"}`}
              >
                {t.label}
                {t.id !== "followups" ? `（${count(t)}）` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {q.items.length === 0 ? (
        <p>这里暂时没有办件。</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">办件列表（截止日期早的在前）</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  申办流水号
                </th>
                <th scope="col" className="p-2">
                  事项
                </th>
                <th scope="col" className="p-2">
                  状态
                </th>
                <th scope="col" className="p-2">
                  提交时间
                </th>
                <th scope="col" className="p-2">
                  承诺办结
                </th>
              </tr>
            </thead>
            <tbody>
              {q.items.map((a) => (
                <tr key={a.id} className={`border-b border-line ${a.overdue ? "bg-[#fde8e7]" : ""}`}>
                  <td className="p-2">
                    <Link href={`/staff/applications/${a.id}`} className="inline-flex min-h-tap items-center font-mono">
                      {a.serialNo}
                    </Link>
                  </td>
                  <td className="p-2">{a.itemName}</td>
                  <td className="p-2">
                    <StatusTag status={a.status} overdue={a.overdue} />
                  </td>
                  <td className="p-2">{formatDateTime(a.submittedAt)}</td>
                  <td className={`p-2 ${a.overdue ? "font-bold text-danger" : ""}`}>{a.dueDate ?? "受理后计算"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="分页" className="mt-4 flex items-center gap-4">
          {page > 1 ? (
            <Link href={`/staff/applications?tab=${tab}&page=${page - 1}`} className="inline-flex min-h-tap items-center">
              上一页
            </Link>
          ) : null}
          <span>
            第 {page} / {pages} 页
          </span>
          {page < pages ? (
            <Link href={`/staff/applications?tab=${tab}&page=${page + 1}`} className="inline-flex min-h-tap items-center">
              下一页
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
