import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatIsoDate } from "@/components/ui/format";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";

type Params = Promise<{ id: string }>;

/**
 * A 12345 knowledge-base article as citizens read it (the global search finds published articles): the
 * answer without the agents' 答复要点, the 一网通办 items it names, and where to go when it does not help.
 * Rendered per request (a few dozen articles, read rarely; an archived article is a 404 at once).
 */
async function load(raw: string) {
  const id = parseId(raw);
  const caller = await getCaller();
  return orNotFound(caller.hotline.knowledge.publicArticle({ id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).id);
  return { title: `${a.title} - 12345知识库`, description: a.body.replace(/\s+/g, " ").slice(0, 100) };
}

export default async function KnowledgeArticlePage({ params }: { params: Params }) {
  const a = await load((await params).id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "12345热线", href: "/12345" }, { label: "常见问题" }]} />
      <h1 className="mb-2 text-3xl font-bold">{a.title}</h1>
      <p className="mb-6 text-muted">
        12345知识库{a.categoryName ? ` · ${a.categoryName}` : ""} · 更新于 {formatIsoDate(a.updatedAt)}
      </p>
      <div className="mb-8 space-y-3 text-lg leading-relaxed">
        {a.body.split("\n").map((line, i) =>
          line.trim() ? (
            <p key={i} className="break-words">
              {line}
            </p>
          ) : null,
        )}
      </div>
      {a.catalogueItems.length ? (
        <section aria-labelledby="kb-items" className="mb-8">
          <h2 id="kb-items" className="mb-3 text-xl font-bold">
            相关办事事项
          </h2>
          <ul className="space-y-2">
            {a.catalogueItems.map((item) => (
              <li key={item.id}>
                <Link href={`/services/${item.id}`} className="font-semibold">
                  {item.name}
                </Link>
                <span className="text-muted"> · {item.departmentName}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="kb-help" className="border-l-8 border-brand-600 bg-brand-50 p-4">
        <h2 id="kb-help" className="mb-2 text-xl font-bold">
          没有解决您的问题？
        </h2>
        <p>
          拨打 <a href="tel:12345">12345</a> 或 <Link href="/12345">网上提交诉求</Link>，热线工作人员会为您解答或转办。
        </p>
      </section>
    </div>
  );
}
