import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { formatIsoDate } from "@/components/ui/format";

export const metadata: Metadata = { title: "政务公开" };

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); publishing, editing or withdrawing an article revalidates the tag governance:articles.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const a = await orNotFound(
    cachedPublic(["governance.article", String(id)], [PAGE_TAGS.governance], (c) => c.governance.open.get({ id }), 3600),
  );
  return (
    <SubPage
      crumbs={[
        { label: "智慧治理", href: "/governance" },
        { label: "政务公开", href: "/governance/open" },
      ]}
      title={a.title}
    >
      <p className="text-sm text-muted">
        {a.kindName} · {a.publisher}
        {a.docNumber ? ` · ${a.docNumber}` : ""} · {a.publishedAt ? formatIsoDate(a.publishedAt) : ""}
        <SampleTag sample={a.sample} />
      </p>
      {a.interprets ? (
        <p className="mt-2">
          解读文件：
          <Link href={`/governance/open/${a.interprets.id}`} className={LINK}>
            {a.interprets.title}
          </Link>
        </p>
      ) : null}
      {/* bodyHtml was sanitised to the allow-list when it was saved (server/lib/rich-text.ts) */}
      <div className="rich-text mt-6 space-y-3 text-base leading-relaxed" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      {a.interpretations.length ? (
        <section aria-labelledby="interp" className="mt-8">
          <h2 id="interp" className="text-xl font-bold">
            政策解读
          </h2>
          <ul className="mt-2">
            {a.interpretations.map((i) => (
              <li key={i.id}>
                <Link href={`/governance/open/${i.id}`} className={LINK}>
                  {i.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </SubPage>
  );
}
