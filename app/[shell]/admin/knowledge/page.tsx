import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { PROPOSAL_STATUS_NAMES, PROPOSAL_STATUSES } from "@/server/modules/hotline/knowledge";
import { diffLines } from "@/server/modules/hotline/kb-diff";

import { PublishForm, RejectForm } from "@/components/hotline/knowledge-forms";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";

export const metadata: Metadata = { title: "知识库审核", robots: { index: false } };

type SP = Promise<SearchParams>;

const DONE: Record<string, string> = {
  published: "已发布，坐席现在可以搜索到新内容。",
  rejected: "已驳回，提议人会在知识库页面看到驳回理由。",
  archived: "文章已下架。",
};

export default async function AdminKnowledgePage({ searchParams }: { searchParams: SP }) {
  await guardPage("hotline.admin", "/admin/knowledge");
  const sp = await searchParams;
  const statusParam = one(sp.status);
  const status = PROPOSAL_STATUSES.find((s) => s === statusParam) ?? "pending";
  const done = DONE[one(sp.done) ?? ""];
  const article = one(sp.article);
  const proposals = await (await getCaller()).hotline.knowledge.proposals({ status });
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "知识库审核" }]} />
      <h1 className="mb-4 text-3xl font-bold">12345知识库审核</h1>
      {done ? (
        <Notice tone="success">
          {done}
          {article && /^\d+$/.test(article) ? (
            <>
              {" "}
              <Link href={`/agent/knowledge/${article}`}>查看文章</Link>
            </>
          ) : null}
        </Notice>
      ) : null}
      <Tabs
        label="提议状态"
        tabs={[
          ...PROPOSAL_STATUSES.map((s) => ({
            href: `/admin/knowledge?status=${s}`,
            label: PROPOSAL_STATUS_NAMES[s],
            current: status === s,
          })),
          { href: "/agent/knowledge", label: "浏览知识库" },
        ]}
      />
      {proposals.length === 0 ? (
        <p>{status === "pending" ? "没有待审核的提议。" : `没有${PROPOSAL_STATUS_NAMES[status]}的提议。`}</p>
      ) : (
        <ol className="space-y-6">
          {proposals.map((p) => {
            const cur = p.current;
            const titleChanged = cur ? cur.title !== p.title : false;
            const keywordsChanged = cur ? cur.keywords !== p.keywords : false;
            const itemsChanged = cur ? cur.catalogueItemNames.join("、") !== p.catalogueItemNames.join("、") : false;
            return (
              <li key={p.id}>
                <article aria-labelledby={`p-${p.id}-title`} className="rounded-lg border border-line bg-white p-5">
                  <h2 id={`p-${p.id}-title`} className="mb-1 text-xl font-bold">
                    {p.articleId ? "修改" : "新文章"}：{p.title}
                  </h2>
                  <p className="mb-4 text-muted">
                    提议 {p.id} · {p.proposedByName ?? "坐席"} · {formatDateTime(p.createdAt)}
                    {p.articleId ? ` · 基于第 ${p.baseVersion} 版` : ""}
                    {p.decidedAt ? ` · 处理于 ${formatDateTime(p.decidedAt)}` : ""}
                  </p>
                  {p.stale && p.status === "pending" ? (
                    <p role="status" className="mb-4 border-l-8 border-danger bg-danger-bg p-3 font-semibold">
                      该文章在此提议之后已更新为第 {cur?.version}{" "}
                      版，直接发布会覆盖别人的修改，系统将拒绝发布。请驳回，并请提议人在最新版本上重新修改。
                    </p>
                  ) : null}
                  {p.decisionNote ? <p className="mb-4">驳回理由：{p.decisionNote}</p> : null}
                  {cur ? (
                    <>
                      <dl className="mb-4 grid gap-2 sm:grid-cols-[8rem_1fr]">
                        <dt className="font-semibold">标题</dt>
                        <dd>{titleChanged ? <Changed before={cur.title} after={p.title} /> : p.title}</dd>
                        <dt className="font-semibold">关键词</dt>
                        <dd>
                          {keywordsChanged ? (
                            <Changed before={cur.keywords || "（无）"} after={p.keywords || "（无）"} />
                          ) : (
                            p.keywords || "（无）"
                          )}
                        </dd>
                        <dt className="font-semibold">关联事项</dt>
                        <dd>
                          {itemsChanged ? (
                            <Changed
                              before={cur.catalogueItemNames.join("、") || "（无）"}
                              after={p.catalogueItemNames.join("、") || "（无）"}
                            />
                          ) : (
                            p.catalogueItemNames.join("、") || "（无）"
                          )}
                        </dd>
                      </dl>
                      <h3 className="mb-2 font-bold">正文改动（对比当前第 {cur.version} 版）</h3>
                      <p className="mb-2 text-sm text-muted">
                        <span className="rounded bg-success-bg px-1">＋ 新增的行</span>{" "}
                        <span className="rounded bg-danger-bg px-1 line-through">－ 删除的行</span>
                      </p>
                      <div className="mb-4 rounded-md border border-line">
                        {diffLines(cur.body, p.body).map((l, i) =>
                          l.kind === "same" ? (
                            <p key={i} className="break-words px-3 py-1">
                              {l.text || "\u00a0"}
                            </p>
                          ) : l.kind === "added" ? (
                            <ins key={i} className="block break-words bg-success-bg px-3 py-1 no-underline">
                              <span className="sr-only">新增：</span>＋ {l.text}
                            </ins>
                          ) : (
                            <del key={i} className="block break-words bg-danger-bg px-3 py-1">
                              <span className="sr-only">删除：</span>－ {l.text}
                            </del>
                          ),
                        )}
                      </div>
                    </>
                  ) : (
                    <>
                      <p className="mb-2">
                        关键词：{p.keywords || "（无）"} · 关联事项：{p.catalogueItemNames.join("、") || "（无）"}
                      </p>
                      <div className="mb-4 rounded-md border border-line p-3">
                        {p.body.split("\n").map((line, i) => (
                          <p key={i} className="break-words">
                            {line}
                          </p>
                        ))}
                      </div>
                    </>
                  )}
                  {p.status === "pending" ? (
                    <div className="grid gap-4 border-t border-line pt-4 md:grid-cols-2">
                      <PublishForm proposalId={p.id} stale={p.stale} />
                      <RejectForm proposalId={p.id} />
                    </div>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function Changed({ before, after }: { before: string; after: string }) {
  return (
    <>
      <del className="block break-words bg-danger-bg px-1">
        <span className="sr-only">原：</span>
        {before}
      </del>
      <ins className="block break-words bg-success-bg px-1 no-underline">
        <span className="sr-only">改为：</span>
        {after}
      </ins>
    </>
  );
}
