import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { PROPOSAL_STATUS_NAMES } from "@/server/modules/hotline/knowledge";
import { highlight } from "@/components/ui/highlight";

import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "12345知识库", robots: { index: false } };

type SP = Promise<SearchParams>;

export default async function KnowledgeSearchPage({ searchParams }: { searchParams: SP }) {
  await guardPage("agent.console", "/agent/knowledge");
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").slice(0, 100);
  const proposed = one(sp.proposed);
  const caller = await getCaller();
  const [result, mine] = await Promise.all([caller.hotline.knowledge.search({ q, limit: 30 }), caller.hotline.knowledge.myProposals()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumbs items={[{ label: "坐席工作台", href: "/agent" }, { label: "知识库" }]} />
      <h1 className="mb-4 text-3xl font-bold">12345知识库</h1>
      {proposed && /^\d+$/.test(proposed) ? <Notice tone="success">提议已提交，管理员审核发布后，所有坐席都能看到。</Notice> : null}
      <form action="/agent/knowledge" role="search" className="mb-6">
        <Field
          id="kb-q"
          name="q"
          label="搜索知识库"
          hint="可输入汉字、全拼或拼音首字母，如“公积金”“juzhuzheng”“sbk”。"
          type="search"
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          width="max-w-2xl"
          spacing="mb-0"
          append={
            <Button type="submit" className="shrink-0">
              搜索
            </Button>
          }
        />
      </form>
      <section aria-labelledby="results-title" className="mb-8">
        <h2 id="results-title" className="mb-3 text-xl font-bold">
          {result.query ? `“${result.query}”的搜索结果（${result.items.length} 篇）` : `最近更新的文章（共 ${result.total} 篇）`}
        </h2>
        {result.items.length === 0 ? (
          <div className="rounded-md border border-line bg-white p-4">
            <p className="mb-2">没有找到相关文章。可以换个说法，或用拼音首字母再试。</p>
            <p>
              知识库里缺少这方面的内容？<Link href="/agent/knowledge/propose">提议新文章</Link>
            </p>
          </div>
        ) : (
          <ol className="space-y-3">
            {result.items.map((a) => (
              <li key={a.id} className="rounded-md border border-line bg-white p-4">
                <h3 className="mb-1 text-lg font-bold">
                  <Link
                    href={`/agent/knowledge/${a.id}${result.query ? `?q=${encodeURIComponent(result.query)}` : ""}`}
                    className="inline-flex min-h-tap items-center"
                  >
                    <span>{highlight(a.title, result.query, a.match)}</span>
                  </Link>
                </h3>
                <p className="mb-1 break-words">{highlight(a.snippet, result.query)}</p>
                {a.keywords.length ? <p className="text-sm text-muted">关键词：{a.keywords.join("、")}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="mb-8">
        <Link href="/agent/knowledge/propose" className="inline-flex min-h-tap items-center font-semibold">
          提议新文章
        </Link>
      </p>
      {mine.length > 0 ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title" className="mb-3 text-xl font-bold">
            我的提议
          </h2>
          <ul className="divide-y divide-line border-y border-line">
            {mine.map((p) => (
              <li key={p.id} className="py-2">
                <span className="font-semibold">{p.title}</span> ·{" "}
                {PROPOSAL_STATUS_NAMES[p.status as keyof typeof PROPOSAL_STATUS_NAMES] ?? p.status} · {formatDateTime(p.createdAt)}
                {p.decisionNote ? <span className="block break-words">驳回理由：{p.decisionNote}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
