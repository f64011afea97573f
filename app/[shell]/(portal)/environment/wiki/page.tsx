import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "环保百科", description: "空气、水、垃圾分类、节能低碳等环保知识。" };

export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export default async function WikiPage() {
  const articles = await cachedPublic(["environment.articles"], [PAGE_TAGS.environmentWiki], (c) => c.environment.public.articles());
  const categories = [...new Set(articles.map((a) => a.category))];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "环保百科" }]} />
      <h1 className="mb-6 text-3xl font-bold">环保百科</h1>
      {categories.map((cat) => (
        <section key={cat} aria-labelledby={`c-${cat}`} className="mb-8">
          <h2 id={`c-${cat}`} className="mb-3 text-2xl font-bold">
            {cat}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {articles
              .filter((a) => a.category === cat)
              .map((a) => (
                <li key={a.id} className="rounded-lg border border-line bg-white p-4">
                  <h3 className="text-lg font-bold">
                    <Link href={`/environment/wiki/${a.slug}`} className="inline-flex min-h-tap items-center">
                      {a.title}
                    </Link>
                  </h3>
                  <p>{a.summary}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
