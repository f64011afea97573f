import type { Metadata } from "next";
import Link from "next/link";
import { highlight } from "@/components/ui/highlight";
import { getCaller } from "@/server/request";
import { MAX_QUERY_LENGTH, normalizeQuery, searchPortal, type SearchHit } from "@/server/modules/content/sections";
import { one, pageParam } from "@/components/ui/search-params";
import { Tabs } from "@/components/ui/tabs";
import { Pager } from "@/components/ui/pager";
import { SearchBox } from "@/components/ui/search-box";

export const metadata: Metadata = {
  title: "搜索",
  description: "搜索智慧南通的办事服务、政策、政务公开、数据集、课程、活动、线路站点、医院景区等，支持汉字、拼音和拼音首字母。",
  // Result pages are endless variations of one page; keep them out of search engines.
  robots: { index: false, follow: true },
};

const SUGGESTIONS = ["社保", "公积金", "地铁", "空气质量"];

const LINK = "inline-flex min-h-tap items-center underline underline-offset-4";

function SearchResult({ hit, query }: { hit: SearchHit; query: string }) {
  const titleRange = hit.match?.field === "title" ? hit.match : undefined;
  const summaryRange = hit.match?.field === "summary" ? hit.match : undefined;
  const title = highlight(hit.title, query, titleRange);
  return (
    <li className="py-4">
      <h3 className="text-lg font-semibold">
        {hit.href ? (
          <Link href={hit.href} className={`${LINK} text-brand-700`}>
            {title}
          </Link>
        ) : (
          <span className="inline-flex min-h-tap items-center">{title}</span>
        )}
      </h3>
      <p className="text-base text-ink">{highlight(hit.summary, query, summaryRange)}</p>
      <p className="mt-1 text-sm text-muted">
        {hit.kind === "section" ? (
          "板块首页"
        ) : (
          <>
            所属板块：
            <Link href={`/${hit.sectionSlug}`} className={LINK}>
              {hit.sectionName}
            </Link>
            {hit.href ? null : <span>（此服务的详细内容请到所属板块查看）</span>}
          </>
        )}
      </p>
    </li>
  );
}

function MoreHelp() {
  return (
    <ul className="mt-2 flex flex-col gap-1 text-base">
      <li>
        到{" "}
        <Link href="/services" className={LINK}>
          一网通办
        </Link>{" "}
        按主题或部门查找全部 649 项服务事项
      </li>
      <li>
        <Link href="/12345" className={LINK}>
          咨询 12345
        </Link>
        ，由工作人员为您解答
      </li>
    </ul>
  );
}

function Suggestions() {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="热门搜索词">
      {SUGGESTIONS.map((word) => (
        <li key={word}>
          <Link
            href={`/search?q=${encodeURIComponent(word)}`}
            className="inline-flex min-h-tap min-w-tap items-center justify-center rounded-md border border-brand-600 bg-white px-3 text-base text-brand-700 hover:bg-brand-50"
          >
            {word}
          </Link>
        </li>
      ))}
    </ul>
  );
}

const SECTION_KEYS = ["services", "economy", "culture", "governance", "transport", "environment", "life"] as const;
type SectionKey = (typeof SECTION_KEYS)[number];

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; section?: string | string[]; page?: string | string[] }>;
}) {
  const sp = await searchParams;
  const raw = one(sp.q) ?? "";
  const truncated = Array.from(raw.trim().replace(/\s+/g, " ")).length > MAX_QUERY_LENGTH;
  const query = normalizeQuery(raw);
  const section = SECTION_KEYS.find((s) => s === one(sp.section)) as SectionKey | undefined;
  const page = pageParam(sp.page, 50);
  const hits = query && !section ? searchPortal(query, 50) : [];
  const global = query ? await (await getCaller()).search.query({ q: query, section, page, pageSize: 20 }) : null;
  const total = hits.length + (global?.total ?? 0);
  const href = (p: { section?: string; page?: number }) =>
    `/search?${new URLSearchParams({ q: query, ...(p.section ? { section: p.section } : {}), ...(p.page && p.page > 1 ? { page: String(p.page) } : {}) })}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">搜索</h1>

      <form action="/search" role="search" aria-label="搜索服务" className="mt-4">
        <SearchBox
          id="search-page-q"
          label="搜索服务（可输入汉字、拼音或拼音首字母）"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          placeholder="如 社保、公积金、地铁"
        />
      </form>

      {truncated ? (
        <p className="mt-4 rounded-md border-l-4 border-ink bg-warn-bg p-3 text-base">
          搜索词最多 {MAX_QUERY_LENGTH} 个字，您输入的内容较长，已按前 {MAX_QUERY_LENGTH} 个字搜索。
        </p>
      ) : null}

      {!query ? (
        <section aria-labelledby="search-start-heading" className="mt-8">
          <h2 id="search-start-heading" className="text-xl font-bold">
            请输入要找的服务
          </h2>
          <p className="mt-2 text-base">例如输入“公积金”，或拼音“gongjijin”，或首字母“gjj”。也可以试试：</p>
          <div className="mt-3">
            <Suggestions />
          </div>
          <MoreHelp />
        </section>
      ) : total > 0 ? (
        <section aria-labelledby="search-results-heading" className="mt-8">
          <h2 id="search-results-heading" className="text-xl font-bold">
            找到 {total} 条与“{query}”相关的结果
          </h2>
          {global && (global.total > 0 || section) ? (
            <>
              <Tabs
                label="按板块筛选"
                className="mt-4"
                tabs={[
                  { href: href({}), label: "全部", current: !section },
                  ...global.sections.map((g) => ({
                    href: href({ section: g.section }),
                    label: g.name,
                    count: g.count,
                    current: g.section === section,
                  })),
                ]}
              />
              <ul className="mt-2 divide-y divide-line border-y border-line">
                {global.items.map((h) => (
                  <li key={h.id} className="py-3">
                    <h3 className="text-lg font-semibold">
                      <Link href={h.url} className={`${LINK} text-brand-700`}>
                        {highlight(h.title, query, h.match?.field === "title" ? h.match : undefined)}
                      </Link>
                    </h3>
                    {h.summary ? (
                      <p className="text-base text-ink">
                        {highlight(h.summary, query, h.match?.field === "summary" ? h.match : undefined)}
                      </p>
                    ) : null}
                    <p className="mt-1 text-sm text-muted">
                      {h.kind} · {h.sectionName}
                      {h.date ? ` · ${h.date}` : ""}
                    </p>
                  </li>
                ))}
              </ul>
              <Pager
                page={global.page}
                pages={Math.max(1, Math.ceil(global.total / global.pageSize))}
                total={global.total}
                href={(n) => href({ section, page: n })}
              />
              {hits.length > 0 ? <h3 className="mt-6 text-lg font-bold">板块与栏目（{hits.length}）</h3> : null}
            </>
          ) : null}
          {hits.length > 0 ? (
            <ul className="mt-2 divide-y divide-line border-y border-line">
              {hits.map((hit) => (
                <SearchResult key={`${hit.kind}-${hit.sectionSlug}-${hit.title}`} hit={hit} query={query} />
              ))}
            </ul>
          ) : null}
          <h3 className="mt-8 text-lg font-semibold">没有找到需要的服务？</h3>
          <MoreHelp />
        </section>
      ) : (
        <section aria-labelledby="search-empty-heading" className="mt-8">
          <h2 id="search-empty-heading" className="text-xl font-bold">
            没有找到与“{query}”相关的结果
          </h2>
          <p className="mt-2 text-base">您可以：</p>
          <ul className="mt-1 list-disc pl-6 text-base">
            <li>检查是否有错别字，或换一个更短、更常用的词；</li>
            <li>用拼音或拼音首字母搜索，如“gjj”查找公积金；</li>
            <li>试试下面的热门搜索词。</li>
          </ul>
          <div className="mt-3">
            <Suggestions />
          </div>
          <h3 className="mt-8 text-lg font-semibold">还可以</h3>
          <MoreHelp />
        </section>
      )}
    </div>
  );
}
