import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

export type TransportOutputs = inferRouterOutputs<AppRouter>["transport"]["public"];
export type EnvironmentOutputs = inferRouterOutputs<AppRouter>["environment"]["public"];
export type Arrival = TransportOutputs["arrivals"]["arrivals"][number];

export const DISTRICT_NAMES = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;

/** "08:05" in China time. */
export function hm(d: Date): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
}

/** A Date as a datetime-local value in China time ("2026-12-02T08:00"), e.g. to prefill an edit form. */
export function chinaLocalInput(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** One row of a stop's departure board, as the page renders it and /api/transit/arrivals sends it. */
export type ArrivalRow = {
  key: string;
  routeId: string;
  headsign: string | null;
  time: string;
  minutes: number;
  realtime: boolean;
  delayMinutes: number | null;
};

export function arrivalRows(arrivals: readonly Arrival[]): ArrivalRow[] {
  return arrivals.map((a) => ({
    key: `${a.tripId}|${a.scheduled.getTime()}`,
    routeId: a.routeId,
    headsign: a.headsign,
    time: hm(a.predicted ?? a.scheduled),
    minutes: a.minutes,
    realtime: a.realtime,
    delayMinutes: a.delaySec === null ? null : Math.round(a.delaySec / 60),
  }));
}

/** Open-data endpoints linked from the pages (route handlers, so plain links rather than <Link>). */
export const OPEN_DATA_URLS = {
  gtfs: "/api/open/v1/gtfs.zip",
  parking: "/api/open/v1/parking",
  airLatest: "/api/open/v1/air/latest",
} as const;
