import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { SearchBox } from "@/components/ui/search-box";
import { formatNumber } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = {
  title: "数据开放",
  description: "南通公共数据开放目录：数据集说明、字段、预览、CSV 和 JSON 下载及接口。",
};

export default async function OpenDataPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = (one((await searchParams).q) ?? "").trim().slice(0, 100);
  const sets = await (await getCaller()).governance.data.list({ q: q || undefined });
  return (
    <SubPage
      crumbs={[{ label: "智慧治理", href: "/governance" }]}
      title="数据开放"
      lead={
        <>
          各部门开放的公共数据，可预览、下载 CSV 或 JSON，也可以通过接口{" "}
          <code className="rounded bg-brand-50 px-1">GET /api/open/v1/datasets</code> 查询（
          <a href="/api/open/v1/openapi.json" className={LINK}>
            接口说明
          </a>
          ）。
        </>
      }
    >
      <form action="/governance/data" role="search" aria-label="搜索数据集">
        <SearchBox id="q" label="搜索数据集" defaultValue={q} placeholder="如 红黑榜、空气、停车" />
      </form>
      <h2 className="mt-6 text-xl font-bold">数据集 {sets.length} 个</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {sets.map((d) => (
          <li key={d.id} className="py-3">
            <Link href={`/governance/data/${d.id}`} className={`${LINK} text-lg font-semibold`}>
              {d.title}
            </Link>
            <SampleTag sample={d.sample} />
            <p className="text-base">{d.description}</p>
            <p className="text-sm text-muted">
              {d.publisher} · {d.updateFrequencyName}更新 · {formatNumber(d.rowCount)} 条
            </p>
          </li>
        ))}
      </ul>
    </SubPage>
  );
}
