import type { Metadata } from "next";
import { cachedPublic, type getCaller } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { SubPage, LINK } from "@/components/sections/sub-page";
import { Table } from "@/components/ui/table";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = {
  title: "宏观经济",
  description: "南通主要经济指标历年数据：图表、可供读屏软件阅读的数据表和 CSV 下载。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); indicators change yearly (seed data).
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Indicator = Awaited<ReturnType<Awaited<ReturnType<typeof getCaller>>["economy"]["macro"]["indicators"]>>[number];

/** A bar chart of one indicator by year (decorative for screen readers: the table below carries the data). */
function BarChart({ indicator }: { indicator: Indicator }) {
  const values = indicator.values;
  const max = Math.max(...values.map((v) => v.value), 0) || 1;
  const w = 600;
  const h = 220;
  const bar = w / Math.max(values.length, 1);
  return (
    <svg viewBox={`0 0 ${w} ${h + 40}`} className="h-auto w-full max-w-2xl" aria-hidden="true" focusable="false">
      {values.map((v, i) => {
        const bh = (Math.max(v.value, 0) / max) * h;
        return (
          <g key={v.year}>
            <rect
              x={i * bar + 4}
              y={h - bh + 10}
              width={bar - 8}
              height={bh}
              className={v.sample ? "fill-brand-100 stroke-brand-600" : "fill-brand-600"}
            />
            <text x={i * bar + bar / 2} y={h + 30} textAnchor="middle" className="fill-ink text-[12px]">
              {v.year}
            </text>
          </g>
        );
      })}
      <line x1="0" y1={h + 10} x2={w} y2={h + 10} className="stroke-ink" />
    </svg>
  );
}

export default async function MacroPage() {
  const indicators = await cachedPublic(["economy.macro"], [PAGE_TAGS.economy], (c) => c.economy.macro.indicators(), 3600);
  return (
    <SubPage
      crumbs={[{ label: "智慧经济", href: "/economy" }]}
      title="宏观经济"
      lead="南通主要经济指标的历年数据。每张图表下都有同样数据的表格；浅色柱和“示例”标记表示示例数据，其余注明来源。"
    >
      <p className="mb-6">
        <a href="/api/economy/indicators.csv" className={`${LINK} font-semibold`} download>
          下载全部指标（CSV）
        </a>
      </p>
      {indicators.map((ind) => (
        <section key={ind.code} aria-labelledby={`ind-${ind.code}`} className="mb-10">
          <h2 id={`ind-${ind.code}`} className="text-xl font-bold">
            {ind.name}（{ind.unit}）
          </h2>
          <p className="text-base text-muted">{ind.description}</p>
          <figure className="mt-3">
            <BarChart indicator={ind} />
            <figcaption className="sr-only">{ind.name}历年数据图，数据见下表</figcaption>
          </figure>
          <Table
            caption={`${ind.name}历年数据（${ind.unit}）`}
            columns={[
              { header: "年份", cell: (v) => v.year, rowHeader: true, nowrap: true },
              { header: `数值（${ind.unit}）`, cell: (v) => formatNumber(v.value), numeric: true, nowrap: true },
              { header: "来源", cell: (v) => `${v.source}${v.sample ? "（示例）" : ""}` },
            ]}
            rows={ind.values}
            rowKey={(v) => v.year}
            scrollLabel={`${ind.name}数据表`}
          />
        </section>
      ))}
    </SubPage>
  );
}
