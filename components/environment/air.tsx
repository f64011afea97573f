import Link from "next/link";
import { Table } from "@/components/ui/table";
import type { EnvironmentOutputs } from "@/components/transport/types";

type StationAir = EnvironmentOutputs["air"]["stations"][number];
type History = EnvironmentOutputs["station"];

export const POLLUTANT_LABELS = { pm25: "PM2.5", pm10: "PM10", o3: "O₃", no2: "NO₂", so2: "SO₂", co: "CO" } as const;
const UNITS = { pm25: "μg/m³", pm10: "μg/m³", o3: "μg/m³", no2: "μg/m³", so2: "μg/m³", co: "mg/m³" } as const;
const ORDER = ["pm25", "pm10", "o3", "no2", "so2", "co"] as const;

/** "2026-12-02T08:00:00+08:00" → "12月2日 08:00". */
export function hourLabel(iso: string | null): string {
  if (!iso) return "—";
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}` : iso;
}

/** A colour swatch (the level's HJ 633 colour) beside its name: the name carries the meaning. */
export function LevelSwatch({ color, label }: { color: string | null; label: string }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      {color ? (
        <span aria-hidden="true" className="inline-block h-4 w-4 rounded-sm border border-ink" style={{ backgroundColor: color }} />
      ) : null}
      {label}
    </span>
  );
}

/** The big AQI headline: the number, the category, the health effect and the advice. */
export function AqiHeadline({ air, title }: { air: StationAir; title: string }) {
  if (air.aqi === null || !air.level) return <p className="mb-6">{title}：暂无最近3小时的有效监测数据。</p>;
  return (
    <section aria-labelledby="aqi-now" className="mb-8 rounded-lg border-l-8 bg-white p-4" style={{ borderColor: air.level.color }}>
      <h2 id="aqi-now" className="text-lg font-semibold">
        {title} · {hourLabel(air.time)}
      </h2>
      <p className="my-2 flex flex-wrap items-baseline gap-x-4">
        <span className="text-5xl font-bold" data-testid="aqi-value">
          AQI {air.aqi}
        </span>
        <span className="text-2xl font-bold">
          <LevelSwatch color={air.level.color} label={`${air.level.category}（${air.level.grade}）`} />
        </span>
      </p>
      <p>首要污染物：{air.primaryPollutantText || "无（AQI≤50）"}</p>
      <p className="mt-2">{air.level.healthEffect}。</p>
      <p className="font-semibold">建议：{air.level.advice}。</p>
    </section>
  );
}

const value = (v: number | null | undefined, p: (typeof ORDER)[number]) =>
  v === null || v === undefined ? "—" : p === "co" ? v.toFixed(1) : String(Math.round(v));

/** Every station's latest hour: AQI, level, primary pollutant and concentrations. */
export function StationsTable({ stations }: { stations: StationAir[] }) {
  return (
    <Table
      caption="各监测站最新小时数据"
      captionVisible
      rows={stations}
      rowKey={(s) => s.stationCode}
      cardsLabel="各监测站"
      card={(s) => (
        <>
          <h3 className="font-bold">
            <Link href={`/environment/air/${s.stationCode}`} className="inline-flex min-h-tap items-center">
              {s.station}
            </Link>
          </h3>
          <p className="text-sm text-muted">
            {s.district}
            {s.sample ? " · 示例站点" : ""} · {hourLabel(s.time)}
          </p>
          <p className="text-lg">
            AQI {s.aqi ?? "—"} <LevelSwatch color={s.level?.color ?? null} label={s.level?.category ?? "暂无数据"} />
          </p>
          <p>首要污染物：{s.primaryPollutantText || "—"}</p>
        </>
      )}
      columns={[
        {
          header: "监测站",
          rowHeader: true,
          cell: (s) => (
            <>
              <Link href={`/environment/air/${s.stationCode}`}>{s.station}</Link>
              {s.sample ? <span className="block text-sm text-muted">示例站点</span> : null}
            </>
          ),
        },
        { header: "区县", cell: (s) => s.district, nowrap: true },
        { header: "AQI", cell: (s) => s.aqi ?? "—", numeric: true },
        { header: "级别", cell: (s) => <LevelSwatch color={s.level?.color ?? null} label={s.level?.category ?? "暂无数据"} /> },
        { header: "首要污染物", cell: (s) => s.primaryPollutantText || "—" },
        ...ORDER.map((p) => ({
          header: `${POLLUTANT_LABELS[p]}`,
          cell: (s: StationAir) => value(s.concentrations?.[p], p),
          numeric: true,
        })),
      ]}
    />
  );
}

/** The last 24 hours' AQI as an SVG bar chart (bars in the level's colour), with the numbers in the table below. */
export function AqiChart({ history }: { history: History }) {
  const pts = history.points;
  const max = Math.max(100, ...pts.map((p) => p.aqi ?? 0));
  const W = 720;
  const H = 260;
  const left = 40;
  const bottom = 30;
  const bw = (W - left - 10) / pts.length;
  const y = (v: number) => H - bottom - (v / max) * (H - bottom - 10);
  const valid = pts.filter((p) => p.aqi !== null);
  const lo = valid.reduce((m, p) => Math.min(m, p.aqi!), Infinity);
  const hi = valid.reduce((m, p) => Math.max(m, p.aqi!), 0);
  return (
    <figure className="mb-6">
      <svg
        role="img"
        aria-label={valid.length ? `近24小时 AQI 柱状图：最低 ${lo}，最高 ${hi}，逐时数值见下表` : "近24小时无有效数据"}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full rounded-lg border border-line bg-white"
      >
        {[0, 50, 100, 150, 200, 300]
          .filter((t) => t <= max)
          .map((t) => (
            <g key={t}>
              <line x1={left} x2={W - 5} y1={y(t)} y2={y(t)} stroke="#b1b4b6" strokeDasharray={t ? "4 4" : undefined} />
              <text x={left - 6} y={y(t) + 4} fontSize="12" textAnchor="end" fill="#1b1b1b">
                {t}
              </text>
            </g>
          ))}
        {pts.map((p, i) =>
          p.aqi === null ? null : (
            <rect
              key={p.time}
              x={left + i * bw + 2}
              y={y(p.aqi)}
              width={bw - 4}
              height={H - bottom - y(p.aqi)}
              fill={p.color ?? "#b1b4b6"}
              stroke="#1b1b1b"
              strokeWidth="0.5"
            />
          ),
        )}
        {pts.map((p, i) =>
          i % 3 === 0 ? (
            <text key={`t${p.time}`} x={left + i * bw + bw / 2} y={H - 10} fontSize="12" textAnchor="middle" fill="#1b1b1b">
              {p.time.slice(11, 16)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-muted">柱的颜色为该小时 AQI 级别的颜色（HJ 633-2012 附录A）。</figcaption>
    </figure>
  );
}

/** The same 24 hours as a data table. */
export function HistoryTable({ history }: { history: History }) {
  const rows = [...history.points].reverse();
  return (
    <Table
      caption="逐时数据（最新的在前）"
      captionVisible
      scrollLabel="逐时数据表"
      rows={rows}
      rowKey={(p) => p.time}
      columns={[
        { header: "时间", cell: (p) => hourLabel(p.time), rowHeader: true, nowrap: true },
        { header: "AQI", cell: (p) => p.aqi ?? "—", numeric: true },
        { header: "级别", cell: (p) => <LevelSwatch color={p.color} label={p.category ?? "无效"} /> },
        { header: "首要污染物", cell: (p) => p.primaryPollutant.map((x) => POLLUTANT_LABELS[x]).join("、") || "—" },
        ...ORDER.map((k) => ({
          header: `${POLLUTANT_LABELS[k]}（${UNITS[k]}）`,
          cell: (p: (typeof rows)[number]) => value(p.concentrations?.[k], k),
          numeric: true,
        })),
      ]}
    />
  );
}
