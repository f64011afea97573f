import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { Tabs } from "@/components/ui/tabs";
import { SearchBox } from "@/components/ui/search-box";
import { Pager } from "@/components/ui/pager";
import { formatIsoDate } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "政务公开", description: "南通政务要闻、通知公告、政策文件和政策解读。" };

const KINDS = [
  ["", "全部"],
  ["news", "政务要闻"],
  ["notice", "通知公告"],
  ["policy", "政策文件"],
  ["interpretation", "政策解读"],
] as const;

export default async function OpenGovPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const kind = KINDS.find(([k]) => k && k === one(sp.kind))?.[0] || undefined;
  const q = (one(sp.q) ?? "").trim().slice(0, 100);
  const page = pageParam(sp.page, 1000);
  const list = await (await getCaller()).governance.open.list({ kind, q: q || undefined, page, pageSize: 20 });
  const href = (p: Record<string, string | undefined>) =>
    `/governance/open?${new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <SubPage crumbs={[{ label: "智慧治理", href: "/governance" }]} title="政务公开">
      <Tabs
        label="栏目"
        tabs={KINDS.map(([k, name]) => ({
          href: href({ kind: k || undefined, q: q || undefined }),
          label: name,
          current: (kind ?? "") === k,
        }))}
      />
      <form action="/governance/open" role="search" aria-label="搜索政务公开">
        {kind ? <input type="hidden" name="kind" value={kind} /> : null}
        <SearchBox id="q" label="搜索标题、发布机构或文号" defaultValue={q} />
      </form>
      <p className="mt-4 text-base">共 {list.total} 篇</p>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {list.items.map((a) => (
          <li key={a.id} className="py-3">
            <Link href={`/governance/open/${a.id}`} className={`${LINK} text-lg font-semibold`}>
              {a.title}
            </Link>
            <SampleTag sample={a.sample} />
            <p className="text-sm text-muted">
              {a.kindName} · {a.publisher}
              {a.docNumber ? ` · ${a.docNumber}` : ""} · {a.publishedAt ? formatIsoDate(a.publishedAt) : ""}
            </p>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        pages={Math.max(1, Math.ceil(list.total / list.pageSize))}
        total={list.total}
        href={(n) => href({ kind, q: q || undefined, page: String(n) })}
      />
    </SubPage>
  );
}
