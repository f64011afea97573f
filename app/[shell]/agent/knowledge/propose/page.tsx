import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { ProposeForm } from "@/components/hotline/knowledge-forms";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "提议知识库文章", robots: { index: false } };

type SP = Promise<SearchParams>;

export default async function ProposePage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const raw = one(sp.article);
  const articleId = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  await guardPage("agent.console", `/agent/knowledge/propose${articleId ? `?article=${articleId}` : ""}`);
  const caller = await getCaller();
  const [article, cats] = await Promise.all([
    articleId ? orNotFound(caller.hotline.knowledge.get({ id: articleId })) : Promise.resolve(null),
    caller.hotline.knowledge.categories(),
  ]);
  const groupName = new Map(cats.filter((c) => c.parentId === null).map((c) => [c.id, c.name]));
  const categories = cats
    .filter((c) => c.parentId !== null)
    .map((c) => ({ id: c.id, name: c.name, group: groupName.get(c.parentId!) ?? "其他" }));
  const title = article ? `提议修改：${article.title}` : "提议新文章";
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "坐席工作台", href: "/agent" },
          { label: "知识库", href: "/agent/knowledge" },
          ...(article ? [{ label: article.title, href: `/agent/knowledge/${article.id}` }] : []),
          { label: article ? "提议修改" : "提议新文章" },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      <p className="mb-6">{article ? `您正在修改第 ${article.version} 版。` : ""}提交后由管理员审核，发布前不会影响现有内容。</p>
      <ProposeForm
        articleId={article?.id}
        baseVersion={article?.version}
        categories={categories}
        defaults={{
          title: article?.title ?? "",
          body: article?.body ?? "",
          keywords: article?.keywordList.join("，") ?? "",
          catalogueItemIds: article?.catalogueItemIds.join(", ") ?? "",
          categoryId: article?.categoryId ? String(article.categoryId) : "",
        }}
      />
    </div>
  );
}
