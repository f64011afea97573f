import Link from "next/link";
import { Field } from "@/components/ui/field";
import type { HotlineStats } from "@/server/modules/hotline/stats";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatNumber, formatPercent } from "@/components/ui/format";
import { Table } from "@/components/ui/table";
import { Button } from "@/components/ui/button";

const PRESET_LINKS = [
  { id: "week", label: "本周" },
  { id: "lastWeek", label: "上周" },
  { id: "month", label: "本月" },
  { id: "last30", label: "近30天" },
] as const;

/** Range chooser: preset links and a custom from/to form (GET, works without JS; input kept on error). */
export function StatsRangeForm({
  basePath,
  preset,
  from,
  to,
  error,
  fieldErrors,
}: {
  basePath: string;
  preset: string;
  from?: string;
  to?: string;
  error?: string | null;
  fieldErrors?: Record<string, string[]> | null;
}) {
  const fe = fieldErrors ?? {};
  return (
    <section aria-labelledby="range-title" className="mb-6 rounded-lg border border-line bg-white p-5">
      <h2 id="range-title" className="mb-3 text-xl font-bold">
        统计时段
      </h2>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <ul className="mb-4 flex flex-wrap gap-2" aria-label="常用时段">
        {PRESET_LINKS.map((p) => (
          <li key={p.id}>
            <Link
              href={`${basePath}?preset=${p.id}`}
              aria-current={preset === p.id ? "page" : undefined}
              className={`inline-flex min-h-tap items-center rounded-md border-2 px-4 font-semibold no-underline ${preset === p.id ? "border-brand-600 bg-brand-600 text-white" : "border-brand-600 bg-white text-brand-700"}`}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-x-4" noValidate>
        <input type="hidden" name="preset" value="custom" />
        <Field id="from" label="开始日期" hint="例如 2026-11-01" type="date" defaultValue={from} error={fe.from?.[0]} width="w-48" />
        <Field id="to" label="结束日期" hint="例如 2026-11-01" type="date" defaultValue={to} error={fe.to?.[0]} width="w-48" />
        <div className="mb-5">
          <Button type="submit" variant="secondary">
            查看自定义时段
          </Button>
        </div>
      </form>
      <p className="text-sm text-muted">自定义时段最长一年，结束日期不晚于今天。日期按北京时间计算。</p>
    </section>
  );
}

/** The bulletin: KPI cards, top categories, departments, the division map with its table. */
export function StatsView({ stats }: { stats: HotlineStats }) {
  const { totals } = stats;
  const cards = [
    { label: "受理量", value: formatNumber(totals.received), note: "件（新诉求，不含附议）" },
    {
      label: "附议",
      value: formatNumber(stats.joins.count),
      note: `人次，涉及 ${formatNumber(stats.joins.requests)} 件诉求`,
    },
    { label: "派单量", value: formatNumber(totals.dispatched), note: "件" },
    { label: "直接解答率", value: formatPercent(totals.directRate), note: `${formatNumber(totals.direct)} 件当场答复` },
    {
      label: "按时办结率",
      value: formatPercent(totals.onTimeRate),
      note: `${formatNumber(totals.repliedOnTime)} / ${formatNumber(totals.replied)} 件按期答复`,
    },
    {
      label: "满意率",
      value: formatPercent(totals.satisfactionRate),
      note: `${formatNumber(totals.satisfied)} / ${formatNumber(totals.rated)} 件满意或基本满意`,
    },
  ];
  const maxCat = Math.max(1, ...stats.topCategories.map((c) => c.received));
  return (
    <div>
      <p className="mb-4 text-lg">
        统计时段：<strong>{stats.range.label}</strong>，共 {stats.range.days} 天。按受理日期统计当期受理工单的最新办理情况。
      </p>
      <section aria-labelledby="kpi-title" className="mb-6">
        <h2 id="kpi-title" className="sr-only">
          主要指标
        </h2>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-5">
          {cards.map((c) => (
            <li key={c.label} className="rounded-lg border border-line bg-white p-4">
              <p className="text-sm font-semibold text-muted">{c.label}</p>
              <p className="text-3xl font-bold text-brand-800">{c.value}</p>
              <p className="text-sm text-muted">{c.note}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="cat-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="cat-title" className="mb-3 text-xl font-bold">
            诉求热点（前十分类）
          </h2>
          {stats.topCategories.length === 0 ? (
            <p>该时段没有受理工单。</p>
          ) : (
            <ol className="space-y-2">
              {stats.topCategories.map((c, i) => (
                <li key={c.categoryId}>
                  <div className="flex justify-between gap-2">
                    <span>
                      {i + 1}. {c.group ? `${c.group} · ` : ""}
                      {c.name}
                    </span>
                    <span className="font-semibold">{formatNumber(c.received)} 件</span>
                  </div>
                  <div aria-hidden="true" className="h-2 rounded bg-brand-50">
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${(c.received / maxCat) * 100}%` }} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
        <DivisionMap stats={stats} />
      </div>

      <section aria-labelledby="dept-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="dept-title" className="mb-3 text-xl font-bold">
          承办部门按时办结情况
        </h2>
        {stats.departments.length === 0 ? (
          <p>该时段没有派单。</p>
        ) : (
          <Table
            caption="各承办部门的派单量、答复量、按期答复量、按时办结率和满意率"
            variant="plain"
            scrollLabel="承办部门按时办结情况"
            className="min-w-[36rem]"
            rows={stats.departments}
            rowKey={(d) => d.departmentId}
            columns={[
              { header: "承办部门", cell: (d) => d.name, rowHeader: true },
              { header: "派单", cell: (d) => formatNumber(d.dispatched), numeric: true },
              { header: "已答复", cell: (d) => formatNumber(d.replied), numeric: true },
              { header: "按期答复", cell: (d) => formatNumber(d.repliedOnTime), numeric: true },
              {
                header: "按时办结率",
                cell: (d) => formatPercent(d.onTimeRate),
                numeric: true,
                className: (d) => `font-semibold ${d.onTimeRate !== null && d.onTimeRate < 0.9 ? "text-danger" : ""}`,
              },
              { header: "满意率", cell: (d) => formatPercent(d.satisfactionRate), numeric: true },
            ]}
          />
        )}
        <p className="mt-2 text-sm text-muted">按时办结率低于90%的以红色显示。“—”表示该时段还没有可计算的数据。</p>
      </section>
    </div>
  );
}

// Schematic shapes of Nantong's seven county-level divisions, placed roughly as on a map (north up,
// the Yangtze to the south, the Yellow Sea to the east). Not real boundaries.
const SHAPES: Record<string, { points: string; label: [number, number] }> = {
  海安市: { points: "20,30 120,15 132,92 42,112", label: [76, 64] },
  如东县: { points: "120,15 300,30 342,108 232,120 132,92", label: [230, 70] },
  如皋市: { points: "42,112 132,92 150,190 110,230 50,210", label: [92, 165] },
  通州区: { points: "132,92 232,120 240,200 180,210 150,190", label: [188, 158] },
  崇川区: { points: "150,190 180,210 192,255 122,262 110,230", label: [150, 232] },
  海门区: { points: "232,120 292,118 302,226 192,255 180,210 240,200", label: [262, 196] },
  启东市: { points: "292,118 342,108 392,160 372,232 302,226", label: [340, 172] },
};
const SHADES = ["#eef5fc", "#b8d3ef", "#6fa3d8", "#2f73b9", "#083b6f"];

function DivisionMap({ stats }: { stats: HotlineStats }) {
  const max = Math.max(0, ...stats.divisions.map((d) => d.received));
  // Five equal classes from 0 to the largest volume.
  const step = Math.max(1, Math.ceil(max / SHADES.length));
  const shade = (n: number) => Math.min(SHADES.length - 1, Math.floor(n / step));
  const legend = SHADES.map((c, i) => ({
    color: c,
    from: i * step,
    to: i === SHADES.length - 1 ? Math.max(max, (i + 1) * step - 1) : (i + 1) * step - 1,
  }));
  return (
    <section aria-labelledby="map-title" className="rounded-lg border border-line bg-white p-5">
      <h2 id="map-title" className="mb-1 text-xl font-bold">
        各县（市、区）受理量
      </h2>
      <p className="mb-2 text-sm text-muted">
        示意图，区域形状和位置仅示意，不是精确行政边界。颜色越深受理量越多；下方表格列出同样的数据。
      </p>
      <svg viewBox="0 0 410 275" role="img" aria-labelledby="map-svg-title map-svg-desc" className="mb-3 h-auto w-full max-w-md">
        <title id="map-svg-title">南通市七个县（市、区）受理量示意图</title>
        <desc id="map-svg-desc">{stats.divisions.map((d) => `${d.district}${d.received}件`).join("，")}</desc>
        <path d="M 100 272 Q 250 268 400 250" fill="none" stroke="#6fa3d8" strokeWidth="4" strokeDasharray="8 6" />
        <text x="300" y="272" fontSize="11" fill="#4a5563">
          长江（示意）
        </text>
        {stats.divisions.map((d) => {
          const s = SHAPES[d.district];
          if (!s) return null;
          const k = shade(d.received);
          return (
            <g key={d.district}>
              <polygon points={s.points} fill={SHADES[k]} stroke="#1a1f26" strokeWidth="1.5" />
              <text x={s.label[0]} y={s.label[1]} textAnchor="middle" fontSize="14" fontWeight="700" fill={k >= 3 ? "#ffffff" : "#1a1f26"}>
                {d.district}
              </text>
              <text x={s.label[0]} y={s.label[1] + 17} textAnchor="middle" fontSize="13" fill={k >= 3 ? "#ffffff" : "#1a1f26"}>
                {formatNumber(d.received)}件
              </text>
            </g>
          );
        })}
      </svg>
      <div className="mb-4">
        <h3 className="mb-1 font-semibold">图例（受理量，件）</h3>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {legend.map((l) => (
            <li key={l.color} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-6 border border-ink" style={{ background: l.color }} />
              {l.from === l.to ? l.from : `${formatNumber(l.from)}–${formatNumber(l.to)}`}
            </li>
          ))}
        </ul>
      </div>
      <Table
        caption="数据表：各县（市、区）受理量"
        captionVisible
        variant="plain"
        rows={[
          ...stats.divisions.map((d) => ({ name: d.district, received: d.received, share: d.share })),
          ...(stats.noDivision > 0
            ? [
                {
                  name: "未注明区域",
                  received: stats.noDivision,
                  share: stats.totals.received ? stats.noDivision / stats.totals.received : null,
                },
              ]
            : []),
        ]}
        rowKey={(d) => d.name}
        columns={[
          { header: "县（市、区）", cell: (d) => d.name, rowHeader: true },
          { header: "受理量（件）", cell: (d) => formatNumber(d.received), numeric: true },
          { header: "占比", cell: (d) => formatPercent(d.share), numeric: true },
        ]}
      />
    </section>
  );
}
