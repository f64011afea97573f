import { asc } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  transportCalendar,
  transportCalendarDate,
  transportFeed,
  transportRoute,
  transportShapePoint,
  transportStopTime,
  transportTrip,
} from "@/drizzle/schema";

/**
 * The static timetable in memory, in the shape the simulator and the arrivals need: trips with their
 * stop times (seconds after the service day's midnight, China time) and shapes (points with
 * distance along). Loaded once per feed version.
 */

export type ScheduleStopTime = { stopId: string; seq: number; arr: number; dep: number; dist: number };
export type ScheduleTrip = {
  id: string;
  routeId: string;
  routeType: number;
  directionId: number;
  serviceId: string;
  shapeId: string | null;
  headsign: string | null;
  stops: ScheduleStopTime[];
};
export type ShapePoint = { lat: number; lon: number; dist: number };
export type Calendar = {
  days: Map<string, boolean[]>; // serviceId → [sun, mon, …, sat]
  ranges: Map<string, [string, string]>;
  exceptions: Map<string, Map<string, number>>; // serviceId → date → 1 added / 2 removed
};
export type Schedule = {
  version: string;
  trips: ScheduleTrip[];
  shapes: Map<string, ShapePoint[]>;
  calendar: Calendar;
  /** stopId → [trip index, stop index] pairs, ordered by departure (for arrivals at a stop) */
  byStop: Map<string, [number, number][]>;
};

/** Shanghai has no DST: the service day's midnight is 16:00 UTC of the day before. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** "2026-12-02" for the China calendar day that contains `at`, shifted by `dayOffset` days. */
export function chinaDate(at: Date, dayOffset = 0): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/** The instant of a service day's midnight (China time). */
export function serviceDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function serviceRuns(cal: Calendar, serviceId: string, date: string): boolean {
  const exception = cal.exceptions.get(serviceId)?.get(date);
  if (exception === 1) return true;
  if (exception === 2) return false;
  const range = cal.ranges.get(serviceId);
  const days = cal.days.get(serviceId);
  if (!range || !days || date < range[0] || date > range[1]) return false;
  return days[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

export function buildSchedule(version: string, trips: ScheduleTrip[], shapes: Map<string, ShapePoint[]>, calendar: Calendar): Schedule {
  const byStop = new Map<string, [number, number][]>();
  trips.forEach((t, ti) =>
    t.stops.forEach((s, si) => {
      let list = byStop.get(s.stopId);
      if (!list) byStop.set(s.stopId, (list = []));
      list.push([ti, si]);
    }),
  );
  for (const list of byStop.values()) list.sort((a, b) => trips[a[0]]!.stops[a[1]]!.dep - trips[b[0]]!.stops[b[1]]!.dep);
  return { version, trips, shapes, calendar, byStop };
}

/** Reads the timetable from the transport_* tables. */
export async function loadSchedule(db: DB): Promise<Schedule> {
  const [feed] = await db.select({ version: transportFeed.version }).from(transportFeed).limit(1);
  const routes = new Map(
    (await db.select({ id: transportRoute.id, type: transportRoute.routeType }).from(transportRoute)).map((r) => [r.id, r.type]),
  );
  const tripRows = await db.select().from(transportTrip).orderBy(asc(transportTrip.id));
  const stopTimes = await db
    .select({
      tripId: transportStopTime.tripId,
      stopId: transportStopTime.stopId,
      seq: transportStopTime.stopSequence,
      arr: transportStopTime.arrivalSec,
      dep: transportStopTime.departureSec,
      dist: transportStopTime.shapeDistM,
    })
    .from(transportStopTime)
    .orderBy(asc(transportStopTime.tripId), asc(transportStopTime.stopSequence));
  const byTrip = new Map<string, ScheduleStopTime[]>();
  for (const s of stopTimes) {
    let list = byTrip.get(s.tripId);
    if (!list) byTrip.set(s.tripId, (list = []));
    list.push({ stopId: s.stopId, seq: s.seq, arr: s.arr, dep: s.dep, dist: s.dist ?? 0 });
  }
  const trips: ScheduleTrip[] = tripRows.map((t) => ({
    id: t.id,
    routeId: t.routeId,
    routeType: routes.get(t.routeId) ?? 3,
    directionId: t.directionId,
    serviceId: t.serviceId,
    shapeId: t.shapeId,
    headsign: t.headsign,
    stops: byTrip.get(t.id) ?? [],
  }));
  const shapes = new Map<string, ShapePoint[]>();
  for (const p of await db
    .select()
    .from(transportShapePoint)
    .orderBy(asc(transportShapePoint.shapeId), asc(transportShapePoint.sequence))) {
    let list = shapes.get(p.shapeId);
    if (!list) shapes.set(p.shapeId, (list = []));
    list.push({ lat: p.lat, lon: p.lon, dist: p.distM ?? 0 });
  }
  const calendar: Calendar = { days: new Map(), ranges: new Map(), exceptions: new Map() };
  for (const c of await db.select().from(transportCalendar)) {
    calendar.days.set(c.serviceId, [c.sunday, c.monday, c.tuesday, c.wednesday, c.thursday, c.friday, c.saturday]);
    calendar.ranges.set(c.serviceId, [c.startDate, c.endDate]);
  }
  for (const d of await db.select().from(transportCalendarDate)) {
    let m = calendar.exceptions.get(d.serviceId);
    if (!m) calendar.exceptions.set(d.serviceId, (m = new Map()));
    m.set(d.date, d.exceptionType);
  }
  return buildSchedule(feed?.version ?? "none", trips, shapes, calendar);
}

const cache = new Map<DB, Promise<Schedule>>();

/** The schedule of this database, loaded once (call `forgetSchedule` after importing a new feed). */
export function getSchedule(db: DB): Promise<Schedule> {
  let s = cache.get(db);
  if (!s) {
    s = loadSchedule(db);
    cache.set(db, s);
    s.catch(() => cache.delete(db));
  }
  return s;
}

export function forgetSchedule(db: DB): void {
  cache.delete(db);
}

/** A schedule straight from GTFS text files (tests and benchmarks; the app loads it from the tables). */
export function scheduleFromGtfsTexts(files: Record<string, string>, parse: (text: string) => Record<string, string>[]): Schedule {
  const routeType = new Map(parse(files["routes.txt"]!).map((r) => [r.route_id!, Number(r.route_type)]));
  const toSec = (v: string) => {
    const [h, m, s] = v.split(":").map(Number);
    return h! * 3600 + m! * 60 + s!;
  };
  const byTrip = new Map<string, ScheduleStopTime[]>();
  for (const r of parse(files["stop_times.txt"]!)) {
    let list = byTrip.get(r.trip_id!);
    if (!list) byTrip.set(r.trip_id!, (list = []));
    list.push({
      stopId: r.stop_id!,
      seq: Number(r.stop_sequence),
      arr: toSec(r.arrival_time!),
      dep: toSec(r.departure_time!),
      dist: Number(r.shape_dist_traveled || 0),
    });
  }
  const trips: ScheduleTrip[] = parse(files["trips.txt"]!)
    .map((t) => ({
      id: t.trip_id!,
      routeId: t.route_id!,
      routeType: routeType.get(t.route_id!) ?? 3,
      directionId: Number(t.direction_id || 0),
      serviceId: t.service_id!,
      shapeId: t.shape_id || null,
      headsign: t.trip_headsign || null,
      stops: (byTrip.get(t.trip_id!) ?? []).sort((a, b) => a.seq - b.seq),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const shapes = new Map<string, ShapePoint[]>();
  const shapeRows = parse(files["shapes.txt"] ?? "").sort((a, b) =>
    a.shape_id! < b.shape_id! ? -1 : a.shape_id! > b.shape_id! ? 1 : Number(a.shape_pt_sequence) - Number(b.shape_pt_sequence),
  );
  for (const p of shapeRows) {
    let list = shapes.get(p.shape_id!);
    if (!list) shapes.set(p.shape_id!, (list = []));
    list.push({ lat: Number(p.shape_pt_lat), lon: Number(p.shape_pt_lon), dist: Number(p.shape_dist_traveled || 0) });
  }
  const calendar: Calendar = { days: new Map(), ranges: new Map(), exceptions: new Map() };
  const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  for (const c of parse(files["calendar.txt"] ?? "")) {
    calendar.days.set(
      c.service_id!,
      ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map((d) => c[d] === "1"),
    );
    calendar.ranges.set(c.service_id!, [iso(c.start_date!), iso(c.end_date!)]);
  }
  const version = parse(files["feed_info.txt"] ?? "")[0]?.feed_version ?? "none";
  return buildSchedule(version, trips, shapes, calendar);
}
