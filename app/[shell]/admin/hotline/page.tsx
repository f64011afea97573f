import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { loadStatsForPage } from "@/server/pages/hotline-stats";
import { StatsRangeForm, StatsView } from "@/components/hotline/stats-view";
import { SlaEditor } from "@/components/hotline/sla-editor";
import type { SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "12345热线管理", robots: { index: false } };

type SP = Promise<SearchParams>;

export default async function AdminHotlinePage({ searchParams }: { searchParams: SP }) {
  await guardPage("hotline.admin", "/admin/hotline");
  const caller = await getCaller();
  const [r, rules] = await Promise.all([loadStatsForPage(caller, await searchParams), caller.hotline.stats.slaRules()]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "12345热线" }]} />
      <h1 className="mb-6 text-3xl font-bold">12345热线管理</h1>
      <section aria-labelledby="sla-title" className="mb-8 rounded-lg border border-line bg-white p-5">
        <h2 id="sla-title" className="mb-2 text-xl font-bold">
          办理时限
        </h2>
        <p className="mb-4 text-muted">
          派单时按诉求类型计算办理时限：从派单次日起算的工作日，跳过法定节假日并计入调休上班日。修改只影响此后派出的工单，每次修改都记入审计日志。
        </p>
        <SlaEditor rules={rules} />
      </section>
      <h2 className="mb-4 text-2xl font-bold">统计分析</h2>
      <StatsRangeForm basePath="/admin/hotline" preset={r.preset} from={r.from} to={r.to} error={r.error} fieldErrors={r.fieldErrors} />
      {r.stats ? <StatsView stats={r.stats} /> : null}
    </div>
  );
}
