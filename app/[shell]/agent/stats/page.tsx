import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { loadStatsForPage } from "@/server/pages/hotline-stats";
import { StatsRangeForm, StatsView } from "@/components/hotline/stats-view";
import type { SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "12345统计分析", robots: { index: false } };

type SP = Promise<SearchParams>;

export default async function AgentStatsPage({ searchParams }: { searchParams: SP }) {
  await guardPage("hotline.stats", "/agent/stats");
  const r = await loadStatsForPage(await getCaller(), await searchParams);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "坐席工作台", href: "/agent" }, { label: "统计分析" }]} />
      <h1 className="mb-2 text-3xl font-bold">12345统计分析</h1>
      <p className="mb-6 text-muted">受理、派单、办结和满意度情况，参照每周工作通报的口径。</p>
      <StatsRangeForm basePath="/agent/stats" preset={r.preset} from={r.from} to={r.to} error={r.error} fieldErrors={r.fieldErrors} />
      {r.stats ? <StatsView stats={r.stats} /> : null}
    </div>
  );
}
