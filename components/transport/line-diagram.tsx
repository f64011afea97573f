import Link from "next/link";
import type { TransportOutputs } from "@/components/transport/types";

type Direction = TransportOutputs["line"]["directions"][number];
type Vehicle = TransportOutputs["vehicles"]["vehicles"][number];

const ROW = 40;
const TOP = 24;

/** Where a vehicle sits on the diagram: at its stop (STOPPED_AT) or half-way from the previous one. */
export function vehicleSlot(stops: Direction["stops"], v: Vehicle): number | null {
  const i = stops.findIndex((s) => s.stopId === v.stopId);
  if (i < 0) return null;
  return v.status === "STOPPED_AT" || i === 0 ? i : i - 0.5;
}

/**
 * One direction of a line as an SVG strip map (no map tiles: works offline), stops top to bottom,
 * vehicles in service drawn where the realtime feed puts them. Screen readers get the same facts as
 * the list below it (the SVG is an image with a summary).
 */
export function LineDiagram({ direction, vehicles, color }: { direction: Direction; vehicles: Vehicle[]; color: string }) {
  const stops = direction.stops;
  const height = TOP * 2 + (stops.length - 1) * ROW;
  const mine = vehicles
    .filter((v) => v.directionId === direction.directionId)
    .map((v) => ({ v, slot: vehicleSlot(stops, v) }))
    .filter((x): x is { v: Vehicle; slot: number } => x.slot !== null);
  const y = (slot: number) => TOP + slot * ROW;
  return (
    <figure className="mb-4">
      <svg
        role="img"
        aria-label={`${direction.headsign ?? ""}方向线路图：${stops.length}个站，${mine.length}辆车在线路上`}
        viewBox={`0 0 320 ${height}`}
        className="h-auto w-full max-w-sm"
      >
        <line x1="40" x2="40" y1={TOP} y2={y(stops.length - 1)} stroke={color} strokeWidth="8" strokeLinecap="round" />
        {stops.map((s, i) => (
          <g key={s.stopId}>
            <circle cx="40" cy={y(i)} r="8" fill="#fff" stroke={color} strokeWidth="4" />
            <text x="64" y={y(i) + 6} fontSize="17" fill="#1b1b1b">
              {s.name}
            </text>
          </g>
        ))}
        {mine.map(({ v, slot }) => (
          <g key={v.vehicleId} transform={`translate(12 ${y(slot)})`}>
            <title>{`${v.label ?? v.vehicleId}：${v.status === "STOPPED_AT" ? "停靠" : "驶向"}${stops.find((s) => s.stopId === v.stopId)?.name ?? ""}`}</title>
            <path d="M-9 -11 H9 V7 H-9 Z" fill="#1b1b1b" />
            <path d="M0 9 L-6 3 H6 Z" fill="#1b1b1b" />
            <rect x="-6" y="-8" width="12" height="6" fill="#fff" />
          </g>
        ))}
      </svg>
      <figcaption className="text-sm text-muted">■ 为在线车辆位置（实时数据，约每15秒更新）；圆点为车站。</figcaption>
    </figure>
  );
}

/** The same facts as a list: each stop, a link to its arrivals, and the vehicles at or heading to it. */
export function LineStopList({ direction, vehicles }: { direction: Direction; vehicles: Vehicle[] }) {
  const mine = vehicles.filter((v) => v.directionId === direction.directionId);
  return (
    <ol className="space-y-1">
      {direction.stops.map((s, i) => {
        const here = mine.filter((v) => v.stopId === s.stopId);
        return (
          <li key={s.stopId} className="flex flex-wrap items-center gap-x-2">
            <span className="w-8 text-right text-muted">{i + 1}</span>
            <Link href={`/transport/stops/${s.stopId}`} className="inline-flex min-h-tap items-center">
              {s.name}
            </Link>
            {here.map((v) => (
              <span key={v.vehicleId} className="rounded bg-ink px-2 text-sm text-white">
                {v.status === "STOPPED_AT" ? "车辆停靠中" : "车辆即将到站"}
              </span>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
