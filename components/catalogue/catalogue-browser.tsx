import type { Metadata } from "next";
import Link from "next/link";
import { ZCatalogueQuery, type TCatalogueQuery } from "@/server/modules/catalogue/validation";
import { highlight } from "@/components/ui/highlight";
import { Select } from "@/components/ui/select";
import { AUDIENCE_NAMES, SECTION_NAMES, timeLimitText } from "@/components/catalogue/labels";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pager } from "@/components/ui/pager";
import { SearchBox } from "@/components/ui/search-box";
import { Button } from "@/components/ui/button";
import { Tabs } from "@/components/ui/tabs";
import { FilterDisclosure } from "@/components/catalogue/filter-disclosure";
import type { AppRouter } from "@/server/root";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["catalogue"]["public"];

export const CATALOGUE_METADATA: Metadata = {
  title: "一网通办",
  description: "南通市政务服务一网通办：649项政务及民生服务，按板块、部门、对象、主题查找，支持拼音搜索，在线申请。",
};

/** The unfiltered first page: what /services shows from the cache. */
export const FIRST_PAGE_QUERY: TCatalogueQuery = ZCatalogueQuery.parse({ page: 1, pageSize: 20 });

/** A search or filter from the query string; bad input falls back to the first page with a message. */
export function parseCatalogueQuery(sp: SearchParams): { query: TCatalogueQuery; invalid: string | null } {
  const parsed = ZCatalogueQuery.safeParse({
    q: one(sp.q),
    section: one(sp.section),
    department: one(sp.department),
    audience: one(sp.audience),
    theme: one(sp.theme),
    online: one(sp.online) === "1" ? true : undefined,
    page: one(sp.page) ?? 1,
    pageSize: 20,
  });
  if (parsed.success) return { query: parsed.data, invalid: null };
  return { query: FIRST_PAGE_QUERY, invalid: parsed.error.issues[0]?.message ?? "筛选条件有误" };
}

/** The 一网通办 catalogue: search form with filters, results, pages. Shared by /services and its searches. */
export function CatalogueBrowser({
  query,
  invalid,
  result,
  departments,
}: {
  query: TCatalogueQuery;
  invalid: string | null;
  result: Outputs["search"];
  departments: Outputs["departments"];
}) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const keep = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    const merged = {
      q: query.q,
      section: query.section,
      department: query.department,
      audience: query.audience,
      theme: query.theme,
      online: query.online ? "1" : undefined,
      ...extra,
    };
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    return `/services?${p.toString()}`;
  };
  const filtered = Boolean(query.q || query.section || query.department || query.theme || query.online);
  /** Filters set inside the 筛选 panel (the tab and the search words are outside it). */
  const narrowed = [query.section, query.department, query.theme, query.online].filter(Boolean).length;
  /** A tab keeps the search and filters, starting again at page 1. */
  const keepTab = (audience: string | undefined) => keep({ audience, page: undefined }).replace(/\?$/, "");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "一网通办" }]} />
      <h1 className="mb-2 text-3xl font-bold">一网通办</h1>
      <p className="mb-6 max-w-3xl text-lg">649 项政务及民生服务：能网上办的在网上一次办好；需要到现场的，告诉您去哪里、带什么。</p>
      {invalid ? (
        <p role="alert" className="mb-4 border-l-4 border-danger bg-white p-3 font-semibold text-danger">
          {invalid}，已显示全部事项。
        </p>
      ) : null}
      <Tabs
        label="办事对象"
        className="mb-4"
        tabs={AUDIENCE_TABS.map((t) => ({
          href: keepTab(t.audience),
          label: t.label,
          current: (query.audience ?? "") === (t.audience ?? ""),
        }))}
      />
      <form action="/services" role="search" aria-label="查找服务事项" className="mb-6 rounded-lg border border-line bg-white p-4">
        <SearchBox id="svc-q" label="事项名称或关键词（可输入汉字、拼音或首字母，如 sbcx、gjj）" defaultValue={query.q} className="mb-4" />
        {query.audience ? <input type="hidden" name="audience" value={query.audience} /> : null}
        <FilterDisclosure open={narrowed > 0} summary={narrowed > 0 ? `筛选（已选 ${narrowed} 项）` : "筛选"}>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 elder:grid-cols-1">
            <Filter id="svc-section" name="section" label="板块" value={query.section} options={Object.entries(SECTION_NAMES)} />
            <Filter
              id="svc-department"
              name="department"
              label="部门"
              value={query.department}
              options={departments.map((d) => [d.code, d.shortName])}
            />
            <Filter
              id="svc-theme"
              name="theme"
              label="主题"
              value={query.theme}
              options={result.facets.themes.map((t) => [t.theme, `${t.theme}（${t.count}）`])}
            />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <label className="inline-flex min-h-tap items-center gap-2">
              <input type="checkbox" name="online" value="1" defaultChecked={query.online} className="h-6 w-6" />
              只看全程网办
            </label>
            <Button type="submit" variant="secondary">
              筛选
            </Button>
            {filtered ? (
              <Link
                href={query.audience ? `/services?audience=${query.audience}` : "/services"}
                className="inline-flex min-h-tap items-center"
              >
                清除条件
              </Link>
            ) : null}
          </div>
        </FilterDisclosure>
      </form>

      <section aria-labelledby="results-title">
        <h2 id="results-title" className="mb-3 text-xl font-bold" aria-live="polite">
          {query.q ? `找到 ${result.total} 项与“${query.q}”相关的事项` : `共 ${result.total} 项事项`}
          {result.total > 0 ? `（其中全程网办 ${result.facets.online} 项）` : ""}
        </h2>
        {result.total === 0 ? (
          <div className="rounded-lg border border-line bg-white p-5">
            <p className="mb-2">没有找到符合条件的事项。您可以换个说法、用拼音首字母搜索，或减少筛选条件。</p>
            {result.suggestions.length > 0 ? (
              <>
                <h3 className="mb-2 mt-4 text-lg font-bold">您是不是要找</h3>
                <ul className="mb-4 space-y-1">
                  {result.suggestions.map((s) => (
                    <li key={s.id}>
                      <Link href={`/services/${s.id}`} className="inline-flex min-h-tap items-center">
                        {s.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              仍然找不到？拨打 <a href="tel:12345">12345</a> 或<Link href="/12345">在线咨询 12345</Link>，工作人员会告诉您该找哪个部门。
            </p>
          </div>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {result.items.map((item) => (
              <li key={item.id} className="row-link p-4">
                <h3 className="text-lg font-bold">
                  <Link href={`/services/${item.id}`} data-row-link>
                    {highlight(item.name, query.q ?? "", item.match?.field === "title" ? item.match : undefined)}
                  </Link>
                </h3>
                <p className="mb-2">
                  {item.match?.field === "summary" ? highlight(item.summary, query.q ?? "", item.match) : item.summary}
                </p>
                <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
                  <span>{item.departmentName}</span>
                  <span>{SECTION_NAMES[item.section]}</span>
                  <span>{AUDIENCE_NAMES[item.audience]}办事</span>
                  <span>承诺时限 {timeLimitText(item.promisedDays)}</span>
                  {item.online ? <span className="font-semibold text-success">全程网办</span> : <span>到现场 {item.visits} 次</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pager page={result.page} pages={pages} total={result.total} href={(p) => keep({ page: String(p) })} />
      </section>

      <section aria-labelledby="track-title" className="mt-8 rounded-lg border border-line bg-white p-5">
        <h2 id="track-title" className="mb-2 text-xl font-bold">
          已经申请过？
        </h2>
        <p>
          <Link href="/me/applications">在“我的办件”中查看进度</Link>，或不登录<Link href="/services/track">用申办流水号查询</Link>。
        </p>
      </section>
    </div>
  );
}

const AUDIENCE_TABS: { audience: "personal" | "enterprise" | undefined; label: string }[] = [
  { audience: undefined, label: "全部事项" },
  { audience: "personal", label: "个人办事" },
  { audience: "enterprise", label: "法人办事" },
];

/** A filter: "全部" or one of the options. */
function Filter({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <Select id={id} name={name} label={label} defaultValue={value ?? ""} spacing="mb-0">
      <option value="">全部</option>
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </Select>
  );
}
