import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { ARTICLE_KINDS } from "@/server/modules/governance/validation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { ArticleDraftForm, ArticleStatusForm } from "@/components/governance/article-admin-forms";
import { DONE_TEXT, policyOptionLabel } from "../labels";

export const metadata: Metadata = { title: "编辑政务公开文章", robots: { index: false } };

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const raw = (await params).id;
  await guardPage("governance.publish", `/admin/articles/${raw}`);
  const sp = await searchParams;
  const caller = await getCaller();
  const [a, policies] = await Promise.all([
    orNotFound(caller.governance.publish.get({ id: parseId(raw) })),
    caller.governance.publish.policyOptions(),
  ]);
  const done = DONE_TEXT[one(sp.done) ?? ""];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "政务公开", href: "/admin/articles" }, { label: a.title }]} />
      <h1 className="mb-4 text-3xl font-bold">{a.title}</h1>
      {done ? <Notice tone="success">{done}</Notice> : null}
      <SummaryList
        rows={[
          ["状态", a.statusName],
          ["栏目", a.kindName],
          ["首次发布", a.publishedAt ? formatDateTime(a.publishedAt) : "未发布"],
          ["最后修改", formatDateTime(a.updatedAt)],
          ["版本", String(a.version)],
        ]}
      />
      <div className="mb-8 mt-4">
        {a.status === "published" ? (
          <p className="mb-4">
            <Link href={`/governance/open/${a.id}`}>在政务公开栏目中查看</Link>
          </p>
        ) : null}
        {a.status === "published" ? (
          <ArticleStatusForm id={a.id} version={a.version} to="withdraw" title={a.title} />
        ) : (
          <ArticleStatusForm id={a.id} version={a.version} to="publish" title={a.title} />
        )}
      </div>
      <h2 className="mb-3 text-2xl font-bold">修改内容</h2>
      {a.status === "published" ? <p className="mb-3 text-base">这篇文章已发布：保存后公众立即看到修改后的内容。</p> : null}
      <ArticleDraftForm
        key={`${a.id}-${a.version}`}
        id={a.id}
        version={a.version}
        defaults={{
          kind: a.kind,
          title: a.title,
          summary: a.summary,
          bodyHtml: a.bodyHtml,
          docNumber: a.docNumber ?? "",
          publisher: a.publisher,
          interpretsId: a.interpretsId === null ? "" : String(a.interpretsId),
        }}
        kinds={ARTICLE_KINDS}
        policies={policies.filter((p) => p.id !== a.id).map((p) => ({ id: p.id, label: policyOptionLabel(p) }))}
      />
    </div>
  );
}
