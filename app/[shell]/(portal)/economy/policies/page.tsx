import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { SearchBox } from "@/components/ui/search-box";
import { Pager } from "@/components/ui/pager";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";
import { highlight } from "@/components/ui/highlight";

export const metadata: Metadata = {
  title: "惠企政策",
  description: "南通惠企政策库：发文单位、日期、全文和申请条件，按企业画像匹配适用政策。",
};

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").trim().slice(0, 100);
  const page = pageParam(sp.page, 1000);
  const list = await (await getCaller()).economy.policies.list({ q: q || undefined, page, pageSize: 20 });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <SubPage
      crumbs={[{ label: "智慧经济", href: "/economy" }]}
      title="惠企政策"
      lead="查找南通各级部门发布的企业扶持政策。企业用户可按企业画像一键匹配，也可以回答几个问题查看适用政策及满足的条件。"
    >
      <p className="mb-4">
        <Link href="/economy/policies/match" className={`${LINK} text-lg font-semibold`}>
          政策匹配：看看贵企业能享受哪些政策
        </Link>
      </p>
      <form action="/economy/policies" role="search" aria-label="搜索政策">
        <SearchBox
          id="q"
          label="搜索政策（可输入汉字、拼音或首字母）"
          defaultValue={q}
          maxLength={100}
          placeholder="如 专精特新、研发、稳岗"
        />
      </form>
      <h2 className="mt-6 text-xl font-bold">{q ? `与“${q}”相关的政策 ${list.total} 项` : `全部政策 ${list.total} 项`}</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {list.items.map((p) => (
          <li key={p.id} className="py-3">
            <h3 className="text-lg font-semibold">
              <Link href={`/economy/policies/${p.id}`} className={LINK}>
                {highlight(p.title, q)}
              </Link>
              <SampleTag sample={p.sample} />
            </h3>
            <p className="text-base">{p.summary}</p>
            <p className="text-sm text-muted">
              {p.issuer} · {p.issuedOn} 发布{p.docNumber ? ` · ${p.docNumber}` : ""} · {p.inForce ? "有效" : "已失效"}
            </p>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        pages={pages}
        total={list.total}
        href={(n) => `/economy/policies?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`}
      />
    </SubPage>
  );
}
