import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { hasPermission } from "@/server/auth/roles";
import { orNotFound, parseId } from "@/server/pages/load";

import { ArchiveForm } from "@/components/hotline/knowledge-forms";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "知识库文章", robots: { index: false } };

type SP = Promise<SearchParams>;

export default async function KnowledgeArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SP }) {
  const id = parseId((await params).id);
  const user = await guardPage("agent.console", `/agent/knowledge/${id}`);
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").slice(0, 100);
  const proposed = one(sp.proposed);
  const a = await orNotFound((await getCaller()).hotline.knowledge.get({ id }));
  const back = q ? `/agent/knowledge?q=${encodeURIComponent(q)}` : "/agent/knowledge";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[{ label: "坐席工作台", href: "/agent" }, { label: q ? `知识库：“${q}”` : "知识库", href: back }, { label: "文章" }]}
      />
      {proposed && /^\d+$/.test(proposed) ? <Notice tone="success">修改提议已提交，管理员审核发布后生效。</Notice> : null}
      {a.status !== "published" ? <Notice tone="warn">此文章已下架，坐席搜索不到。</Notice> : null}
      <h1 className="mb-2 text-3xl font-bold">{a.title}</h1>
      <p className="mb-6 text-muted">
        第 {a.version} 版 · 更新于 {formatDateTime(a.updatedAt)}
        {a.categoryName ? ` · 诉求分类：${a.categoryName}` : ""}
      </p>
      <article className="mb-8 rounded-md border border-line bg-white p-5 text-lg leading-relaxed">
        {a.body.split("\n").map((line, i) => (
          <p key={i} className="mb-2 break-words last:mb-0">
            {line}
          </p>
        ))}
      </article>
      <section aria-labelledby="items-title" className="mb-8">
        <h2 id="items-title" className="mb-3 text-xl font-bold">
          相关一网通办事项
        </h2>
        {a.catalogueItems.length === 0 ? (
          <p>本文没有关联事项。</p>
        ) : (
          <ul className="space-y-1">
            {a.catalogueItems.map((i) => (
              <li key={i.id}>
                <Link href={`/services/${i.id}`} className="inline-flex min-h-tap items-center">
                  {i.name}
                </Link>
                <span className="text-muted">
                  （{i.departmentName}，事项编号 {i.id}）
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {a.keywordList.length ? <p className="mb-6">关键词：{a.keywordList.join("、")}</p> : null}
      {a.status === "published" ? (
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href={`/agent/knowledge/propose?article=${a.id}`}
            className="inline-flex min-h-tap items-center rounded-md border-2 border-brand-600 bg-white px-5 font-semibold text-brand-700 no-underline"
          >
            提议修改
          </Link>
          {a.pendingProposals > 0 ? <span>已有 {a.pendingProposals} 份修改提议等待审核。</span> : null}
        </div>
      ) : null}
      {hasPermission(user.role, "hotline.admin") && a.status === "published" ? (
        <section aria-labelledby="admin-title" className="mt-8 rounded-md border border-line bg-white p-4">
          <h2 id="admin-title" className="mb-2 text-lg font-bold">
            管理
          </h2>
          <p className="mb-3">内容过时且不再适用时可以下架，下架后坐席搜索不到此文章。</p>
          <ArchiveForm articleId={a.id} version={a.version} />
        </section>
      ) : null}
    </div>
  );
}
