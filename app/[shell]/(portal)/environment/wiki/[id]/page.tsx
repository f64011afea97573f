import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatIsoDate } from "@/components/ui/format";

type Params = Promise<{ id: string }>;

export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

async function load(slug: string) {
  try {
    return await cachedPublic(["environment.article", slug], [PAGE_TAGS.environmentWiki], (c) => c.environment.public.article({ slug }));
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND" || appErrorOf(e)?.code === "BAD_REQUEST") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).id);
  return { title: `${a.title} · 环保百科`, description: a.summary };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const a = await load((await params).id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧环保", href: "/environment" },
          { label: "环保百科", href: "/environment/wiki" },
          { label: a.title },
        ]}
      />
      <article>
        <h1 className="mb-2 text-3xl font-bold">{a.title}</h1>
        <p className="mb-6 text-sm text-muted">
          {a.category} · 更新于 {formatIsoDate(a.updatedAt)}
        </p>
        <p className="mb-6 text-lg font-semibold">{a.summary}</p>
        {a.paragraphs.map((p, i) => (
          <p key={i} className="mb-4 whitespace-pre-wrap">
            {p}
          </p>
        ))}
        <p className="mt-8 border-t border-line pt-4 text-sm">来源：{a.source}</p>
      </article>
      <p className="mt-6">
        <Link href="/environment/wiki">全部文章</Link>
      </p>
    </div>
  );
}
