import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { archiveArticleAction } from "@/server/actions/environment";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import { ArticleForm } from "@/components/environment/article-form";

export const metadata: Metadata = { title: "环保百科管理", robots: { index: false } };

const safeText = (v: string | undefined) => (v && v.length <= 120 && !/[<>]/.test(v) ? v : null);
const EMPTY = { slug: "", title: "", category: "", summary: "", body: "", keywords: "", source: "" };

/** Admin: write, edit and take down 环保百科 articles (audited; a stale edit is a conflict). */
export default async function WikiAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("admin.console", "/admin/environment");
  const sp = await searchParams;
  const caller = await getCaller();
  const articles = await caller.environment.public.articles();
  const editSlug = one(sp.edit);
  let editing = null;
  if (editSlug) {
    try {
      editing = await caller.environment.public.article({ slug: editSlug.slice(0, 60) });
    } catch (e) {
      if (!appErrorOf(e)) throw e;
    }
  }
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "环保百科" }]} />
      <h1 className="mb-4 text-3xl font-bold">环保百科管理</h1>
      {safeText(one(sp.saved)) ? <Notice tone="success">已保存“{safeText(one(sp.saved))}”，百科页面已更新。</Notice> : null}
      {one(sp.archived) ? <Notice tone="success">文章已下线。</Notice> : null}
      {one(sp.err) ? <ErrorSummary message={safeText(one(sp.err)) ?? "操作失败，请重试"} /> : null}
      <section aria-labelledby="form-title" className="mb-8">
        <h2 id="form-title" className="mb-3 text-2xl font-bold">
          {editing ? `修改：${editing.title}` : "新文章"}
        </h2>
        {editing ? (
          <ArticleForm
            key={`${editing.id}-${editing.version}`}
            id={editing.id}
            version={editing.version}
            defaults={{ ...editing, keywords: editing.keywords.join("，") }}
          />
        ) : (
          <ArticleForm defaults={EMPTY} />
        )}
      </section>
      <Table
        caption={`已发布的文章（${articles.length}）`}
        captionVisible
        rows={articles}
        rowKey={(a) => a.id}
        columns={[
          { header: "标题", cell: (a) => <Link href={`/environment/wiki/${a.slug}`}>{a.title}</Link>, rowHeader: true },
          { header: "栏目", cell: (a) => a.category, nowrap: true },
          {
            header: "操作",
            cell: (a) => (
              <div className="flex flex-wrap gap-2">
                <Link
                  href={`/admin/environment?edit=${a.slug}`}
                  className="inline-flex min-h-tap items-center"
                  aria-label={`修改：${a.title}`}
                >
                  修改
                </Link>
              </div>
            ),
          },
        ]}
      />
      {editing ? (
        <form action={archiveArticleAction} className="mt-6">
          <input type="hidden" name="id" value={editing.id} />
          <input type="hidden" name="version" value={editing.version} />
          <Button type="submit" variant="danger">
            下线“{editing.title}”
          </Button>
        </form>
      ) : null}
    </div>
  );
}
