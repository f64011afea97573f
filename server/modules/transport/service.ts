import type { ZodError } from "zod";
import { invalidInput } from "@/server/lib/validation";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  transportAgency,
  transportBikeStation,
  transportParkingLot,
  transportRoadNotice,
  transportRoute,
  transportStop,
  transportStopTime,
  transportTrip,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { boundingBox, haversineMeters } from "@/server/lib/geo";
import { authenticateIngestKey } from "@/server/lib/ingest-keys";
import { hasPermission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import { hashString, prng } from "./realtime/simulator";
import { metroFare, networkDistanceM, type MetroNetwork, type RiderCategory } from "./fares";
import { ROAD_NOTICE_KINDS, SEVERITY_NAMES, ZNearby, ZParkingIngest, ZRoadNotice, type TNearby, type TRoadNotice } from "./validation";

export type TransportCtx = { db: DB; user: SessionUser | null; ip?: string | null };

/** Transport's inputs are machine feeds as much as forms: field errors keyed by the full path ("lots.1"). */
const badRequest = (error: ZodError) => invalidInput(error, { by: "path" });

// ——— lines and stops ———

export const ROUTE_TYPE_NAMES: Record<number, string> = { 1: "地铁", 3: "公交" };

/** All lines, metro first (the feed's order). `sample` marks the invented bus lines. */
export async function listLines(db: DB, opts: { routeType?: 1 | 3 } = {}) {
  const rows = await db
    .select({
      id: transportRoute.id,
      shortName: transportRoute.shortName,
      longName: transportRoute.longName,
      description: transportRoute.description,
      routeType: transportRoute.routeType,
      color: transportRoute.color,
      textColor: transportRoute.textColor,
      agencyName: transportAgency.name,
    })
    .from(transportRoute)
    .innerJoin(transportAgency, eq(transportAgency.id, transportRoute.agencyId))
    .where(opts.routeType ? eq(transportRoute.routeType, opts.routeType) : undefined)
    .orderBy(asc(transportRoute.sortOrder));
  return rows.map((r) => ({ ...r, typeName: ROUTE_TYPE_NAMES[r.routeType] ?? "其他", sample: (r.description ?? "").includes("示例") }));
}

const secToHm = (s: number) =>
  `${String(Math.floor(s / 3600) % 24).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}`;

/**
 * A line with its stops in each direction (from the first trip of the day in that direction), the
 * first and last departures and the usual headways — what the line page and its diagram need.
 */
export async function getLine(db: DB, routeId: string) {
  const [line] = (await listLines(db)).filter((l) => l.id === routeId);
  if (!line) throw new AppError("NOT_FOUND", "找不到该线路");
  const starts = await db
    .select({
      tripId: transportTrip.id,
      directionId: transportTrip.directionId,
      headsign: transportTrip.headsign,
      dep: transportStopTime.departureSec,
    })
    .from(transportTrip)
    .innerJoin(transportStopTime, and(eq(transportStopTime.tripId, transportTrip.id), eq(transportStopTime.stopSequence, 1)))
    .where(eq(transportTrip.routeId, routeId))
    .orderBy(asc(transportTrip.directionId), asc(transportStopTime.departureSec));
  const directions = [];
  for (const dir of [0, 1]) {
    const trips = starts.filter((t) => t.directionId === dir);
    if (trips.length === 0) continue;
    const first = trips[0]!;
    const stops = await db
      .select({
        stopId: transportStopTime.stopId,
        seq: transportStopTime.stopSequence,
        arr: transportStopTime.arrivalSec,
        dist: transportStopTime.shapeDistM,
        name: transportStop.name,
        district: transportStop.district,
        lat: transportStop.lat,
        lon: transportStop.lon,
      })
      .from(transportStopTime)
      .innerJoin(transportStop, eq(transportStop.id, transportStopTime.stopId))
      .where(eq(transportStopTime.tripId, first.tripId))
      .orderBy(asc(transportStopTime.stopSequence));
    const gaps = trips.slice(1).map((t, i) => t.dep - trips[i]!.dep);
    directions.push({
      directionId: dir,
      headsign: first.headsign,
      firstDeparture: secToHm(first.dep),
      lastDeparture: secToHm(trips[trips.length - 1]!.dep),
      tripsPerDay: trips.length,
      headwayMinutes: gaps.length ? { min: Math.min(...gaps) / 60, max: Math.max(...gaps) / 60 } : null,
      runMinutes: Math.round((stops[stops.length - 1]!.arr - stops[0]!.arr) / 60),
      lengthKm: Math.round((stops[stops.length - 1]!.dist ?? 0) / 100) / 10,
      stops: stops.map((s) => ({
        stopId: s.stopId,
        seq: s.seq,
        name: s.name,
        district: s.district,
        lat: s.lat,
        lon: s.lon,
        distM: s.dist ?? 0,
      })),
    });
  }
  return { ...line, directions };
}

/** A stop and the lines that call there. */
export async function getStop(db: DB, stopId: string) {
  const [stop] = await db.select().from(transportStop).where(eq(transportStop.id, stopId));
  if (!stop) throw new AppError("NOT_FOUND", "找不到该站点");
  const routes = await db
    .selectDistinct({
      id: transportRoute.id,
      shortName: transportRoute.shortName,
      longName: transportRoute.longName,
      routeType: transportRoute.routeType,
      color: transportRoute.color,
      sortOrder: transportRoute.sortOrder,
    })
    .from(transportStopTime)
    .innerJoin(transportTrip, eq(transportTrip.id, transportStopTime.tripId))
    .innerJoin(transportRoute, eq(transportRoute.id, transportTrip.routeId))
    .where(eq(transportStopTime.stopId, stopId))
    .orderBy(asc(transportRoute.sortOrder));
  return {
    id: stop.id,
    name: stop.name,
    district: stop.district,
    lat: stop.lat,
    lon: stop.lon,
    wheelchairBoarding: stop.wheelchairBoarding === 1,
    isMetro: stop.id.startsWith("metro-"),
    routes,
  };
}

/** Stops of a district, by name. */
export async function stopsInDistrict(db: DB, district: string) {
  return db
    .select({
      id: transportStop.id,
      name: transportStop.name,
      district: transportStop.district,
      lat: transportStop.lat,
      lon: transportStop.lon,
    })
    .from(transportStop)
    .where(eq(transportStop.district, district))
    .orderBy(asc(transportStop.name));
}

/** Centres of the divisions, for "pick a district" instead of geolocation (approximate). */
export const DISTRICT_CENTRES: Record<string, { lat: number; lon: number }> = {
  崇川区: { lat: 32.0104, lon: 120.8613 },
  通州区: { lat: 32.0842, lon: 121.0733 },
  海门区: { lat: 31.8714, lon: 121.1762 },
  如皋市: { lat: 32.3717, lon: 120.5731 },
  启东市: { lat: 31.8081, lon: 121.6577 },
  海安市: { lat: 32.5333, lon: 120.4672 },
  如东县: { lat: 32.3317, lon: 121.1856 },
};

/**
 * Within `radiusM` of a point, nearest first: an index range on (lat, lon) from the bounding box,
 * then the exact haversine distance.
 */
async function nearestRows<T extends { lat: number; lon: number }>(
  raw: TNearby,
  load: (box: ReturnType<typeof boundingBox>) => Promise<T[]>,
): Promise<(T & { distanceM: number })[]> {
  const p = ZNearby.safeParse(raw);
  if (!p.success) throw badRequest(p.error);
  const { lat, lon, radiusM, limit } = p.data;
  const rows = await load(boundingBox(lat, lon, radiusM));
  return rows
    .map((r) => ({ ...r, distanceM: Math.round(haversineMeters(lat, lon, r.lat, r.lon)) }))
    .filter((r) => r.distanceM <= radiusM)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit);
}

export function nearestStops(db: DB, input: TNearby) {
  return nearestRows(input, (b) =>
    db
      .select({
        id: transportStop.id,
        name: transportStop.name,
        district: transportStop.district,
        lat: transportStop.lat,
        lon: transportStop.lon,
      })
      .from(transportStop)
      .where(
        and(
          gte(transportStop.lat, b.minLat),
          lte(transportStop.lat, b.maxLat),
          gte(transportStop.lon, b.minLon),
          lte(transportStop.lon, b.maxLon),
        ),
      ),
  );
}

// ——— metro fares ———

const networkCache = new Map<DB, Promise<MetroNetwork>>();

/** The metro network (stations in order with track distance) from the first trip of each metro line. */
export function metroNetwork(db: DB): Promise<MetroNetwork> {
  let p = networkCache.get(db);
  if (!p) {
    p = (async () => {
      const metroLines = await listLines(db, { routeType: 1 });
      const lines = [];
      for (const l of metroLines) {
        const line = await getLine(db, l.id);
        const dir0 = line.directions.find((d) => d.directionId === 0) ?? line.directions[0];
        if (dir0) lines.push({ routeId: l.id, stations: dir0.stops.map((s) => ({ stopId: s.stopId, distM: s.distM })) });
      }
      return { lines };
    })();
    networkCache.set(db, p);
    p.catch(() => networkCache.delete(db));
  }
  return p;
}

/** Fare between two metro stations for a rider (age or category); distance over the network. */
export async function metroFareBetween(
  db: DB,
  fromStopId: string,
  toStopId: string,
  opts: { age?: number; category?: RiderCategory; transferFromBus?: boolean } = {},
) {
  const network = await metroNetwork(db);
  const distanceM = networkDistanceM(network, fromStopId, toStopId);
  if (distanceM === null) throw new AppError("NOT_FOUND", "请选择两个地铁站");
  try {
    return { distanceM: Math.round(distanceM), ...metroFare(distanceM, opts) };
  } catch (e) {
    if (e instanceof RangeError) throw new AppError("BAD_REQUEST", "年龄须为0—150之间的整数", { age: ["年龄须为0—150之间的整数"] });
    throw e;
  }
}

/** The fare from one station to every other (the metro page's fare table). */
export async function metroFaresFrom(db: DB, fromStopId: string) {
  const network = await metroNetwork(db);
  const names = new Map(
    (
      await db
        .select({ id: transportStop.id, name: transportStop.name })
        .from(transportStop)
        .where(sql`${transportStop.id} like 'metro-%'`)
    ).map((s) => [s.id, s.name]),
  );
  if (!names.has(fromStopId)) throw new AppError("NOT_FOUND", "找不到该地铁站");
  const seen = new Set<string>();
  const out = [];
  for (const line of network.lines)
    for (const st of line.stations) {
      if (seen.has(st.stopId) || st.stopId === fromStopId) continue;
      seen.add(st.stopId);
      const d = networkDistanceM(network, fromStopId, st.stopId)!;
      const adult = metroFare(d);
      out.push({
        stopId: st.stopId,
        name: names.get(st.stopId) ?? st.stopId,
        routeId: line.routeId,
        distanceM: Math.round(d),
        adultFen: adult.baseFen,
        senior60Fen: metroFare(d, { category: "senior60" }).payFen,
        senior65Fen: 0,
      });
    }
  return out;
}

// ——— parking ———

export const PARKING_KINDS = { public: "公共停车场", mall: "商业综合体", hospital: "医院", scenic: "景区", station: "交通枢纽" } as const;

const parkingColumns = {
  id: transportParkingLot.id,
  code: transportParkingLot.code,
  name: transportParkingLot.name,
  district: transportParkingLot.district,
  address: transportParkingLot.address,
  lat: transportParkingLot.lat,
  lon: transportParkingLot.lon,
  capacity: transportParkingLot.capacity,
  kind: transportParkingLot.kind,
  feeNote: transportParkingLot.feeNote,
  freeSpaces: transportParkingLot.freeSpaces,
  freeObservedAt: transportParkingLot.freeObservedAt,
  freeSource: transportParkingLot.freeSource,
  sample: transportParkingLot.sample,
};

/** Readings older than this are shown as "暂无实时数据" rather than as current. */
export const PARKING_STALE_MS = 30 * 60_000;

function withStatus<T extends { freeSpaces: number | null; freeObservedAt: Date | null; capacity: number; kind: string }>(r: T, now: Date) {
  const fresh = r.freeObservedAt !== null && now.getTime() - r.freeObservedAt.getTime() <= PARKING_STALE_MS;
  const free = fresh ? r.freeSpaces : null;
  return {
    ...r,
    kindName: PARKING_KINDS[r.kind as keyof typeof PARKING_KINDS] ?? r.kind,
    live: fresh,
    status: free === null ? "暂无实时数据" : free === 0 ? "已满" : free / r.capacity < 0.1 ? "紧张" : "空闲",
  };
}

export async function listParking(db: DB, opts: { district?: string; now?: Date } = {}) {
  const rows = await db
    .select(parkingColumns)
    .from(transportParkingLot)
    .where(opts.district ? eq(transportParkingLot.district, opts.district) : undefined)
    .orderBy(asc(transportParkingLot.district), asc(transportParkingLot.name));
  return rows.map((r) => withStatus(r, opts.now ?? new Date()));
}

export async function nearestParking(db: DB, input: TNearby, now = new Date()) {
  const rows = await nearestRows(input, (b) =>
    db
      .select(parkingColumns)
      .from(transportParkingLot)
      .where(
        and(
          gte(transportParkingLot.lat, b.minLat),
          lte(transportParkingLot.lat, b.maxLat),
          gte(transportParkingLot.lon, b.minLon),
          lte(transportParkingLot.lon, b.maxLon),
        ),
      ),
  );
  return rows.map((r) => withStatus(r, now));
}

/** /api/open/v1/parking */
export async function parkingOpenData(db: DB, opts: { district?: string; now?: Date } = {}) {
  const list = await listParking(db, opts);
  return list.map((l) => ({
    code: l.code,
    name: l.name,
    district: l.district,
    address: l.address,
    lat: l.lat,
    lon: l.lon,
    kind: l.kindName,
    capacity: l.capacity,
    freeSpaces: l.live ? l.freeSpaces : null,
    observedAt: l.live && l.freeObservedAt ? l.freeObservedAt.toISOString() : null,
    sample: l.sample,
  }));
}

/**
 * POST /api/open/v1/ingest/parking: authenticated (scope `parking`), validated as a whole (one bad
 * lot rejects the batch, every problem listed, nothing written). A reading older than the stored one
 * is ignored (feeds may deliver out of order), so the last good data is never replaced by stale data.
 */
export async function ingestParking(db: DB, apiKey: string | null, body: unknown, now = new Date()) {
  await authenticateIngestKey(db, apiKey, "parking", now);
  const parsed = ZParkingIngest.safeParse(body);
  if (!parsed.success) throw badRequest(parsed.error);
  const lots = parsed.data.lots;
  const codes = [...new Set(lots.map((l) => l.code))];
  const known = new Map(
    (
      await db
        .select({ code: transportParkingLot.code, capacity: transportParkingLot.capacity })
        .from(transportParkingLot)
        .where(inArray(transportParkingLot.code, codes))
    ).map((r) => [r.code, r.capacity]),
  );
  const errors: Record<string, string[]> = {};
  lots.forEach((l, i) => {
    const problems: string[] = [];
    const capacity = known.get(l.code);
    if (capacity === undefined) problems.push(`未知停车场编码 ${l.code}`);
    else if (l.freeSpaces > capacity) problems.push(`freeSpaces ${l.freeSpaces} 超过该停车场的泊位总数 ${capacity}`);
    if (new Date(l.observedAt).getTime() > now.getTime() + 5 * 60_000) problems.push("observedAt 不能晚于当前时间");
    if (problems.length) errors[`lots.${i}`] = problems;
  });
  const first = Object.keys(errors)[0];
  if (first) throw new AppError("BAD_REQUEST", `第${Number(first.split(".")[1]) + 1}个停车场数据有误：${errors[first]![0]}`, errors);
  let updated = 0;
  await db.transaction(async (tx) => {
    for (const l of lots) {
      const at = new Date(l.observedAt);
      const rows = await tx
        .update(transportParkingLot)
        .set({ freeSpaces: l.freeSpaces, freeObservedAt: at, freeSource: "feed" })
        .where(
          and(
            eq(transportParkingLot.code, l.code),
            // a feed reading always beats a simulated one; among feed readings the newer wins
            or(
              isNull(transportParkingLot.freeObservedAt),
              ne(transportParkingLot.freeSource, "feed"),
              lte(transportParkingLot.freeObservedAt, at),
            ),
          ),
        )
        .returning({ id: transportParkingLot.id });
      updated += rows.length;
    }
  });
  return { accepted: lots.length, updated, ignoredAsOlder: lots.length - updated };
}

/** Occupancy share (0–1) a lot of this kind typically has at this China hour (for the simulator). */
export function typicalOccupancy(kind: string, hour: number, weekend: boolean): number {
  const bell = (c: number, w: number) => Math.exp(-((hour - c) ** 2) / (2 * w * w));
  switch (kind) {
    case "mall":
      return 0.15 + 0.75 * bell(weekend ? 15 : 19, 3.5);
    case "hospital":
      return weekend ? 0.3 + 0.3 * bell(10, 2.5) : 0.2 + 0.75 * bell(9.5, 2.2);
    case "scenic":
      return weekend ? 0.1 + 0.85 * bell(13, 3) : 0.05 + 0.4 * bell(14, 3);
    case "station":
      return 0.35 + 0.45 * bell(weekend ? 16 : 8.5, 4);
    default:
      return weekend ? 0.2 + 0.4 * bell(14, 4) : 0.15 + 0.7 * bell(10, 3) + 0.1 * bell(20, 2);
  }
}

/**
 * The parking simulator's tick (run once per cluster by the leader): lots whose feed reading is stale
 * get a simulated one from the typical daily pattern, deterministic in (seed, lot, 5-minute slot).
 * Lots with a fresh feed reading are left alone.
 */
export async function simulateParkingTick(db: DB, now = new Date(), seed = 20221110) {
  const lots = await db
    .select({
      id: transportParkingLot.id,
      code: transportParkingLot.code,
      capacity: transportParkingLot.capacity,
      kind: transportParkingLot.kind,
      at: transportParkingLot.freeObservedAt,
      source: transportParkingLot.freeSource,
    })
    .from(transportParkingLot);
  const local = new Date(now.getTime() + 8 * 3600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  const slot = Math.floor(now.getTime() / 300_000);
  let n = 0;
  for (const lot of lots) {
    if (lot.source === "feed" && lot.at && now.getTime() - lot.at.getTime() <= PARKING_STALE_MS) continue;
    const jitter = prng(hashString(`${seed}|${lot.code}|${slot}`))() * 0.12 - 0.06;
    const occupied = Math.min(1, Math.max(0, typicalOccupancy(lot.kind, hour, weekend) + jitter));
    const free = Math.max(0, Math.min(lot.capacity, Math.round(lot.capacity * (1 - occupied))));
    await db
      .update(transportParkingLot)
      .set({ freeSpaces: free, freeObservedAt: now, freeSource: "simulator" })
      .where(eq(transportParkingLot.id, lot.id));
    n++;
  }
  return n;
}

// ——— public bikes ———

const bikeColumns = {
  id: transportBikeStation.id,
  code: transportBikeStation.code,
  name: transportBikeStation.name,
  district: transportBikeStation.district,
  lat: transportBikeStation.lat,
  lon: transportBikeStation.lon,
  docks: transportBikeStation.docks,
  bikes: transportBikeStation.bikes,
  observedAt: transportBikeStation.observedAt,
  sample: transportBikeStation.sample,
};
const withDocks = <T extends { docks: number; bikes: number }>(r: T) => ({ ...r, freeDocks: r.docks - r.bikes });

export async function listBikeStations(db: DB, opts: { district?: string } = {}) {
  const rows = await db
    .select(bikeColumns)
    .from(transportBikeStation)
    .where(opts.district ? eq(transportBikeStation.district, opts.district) : undefined)
    .orderBy(asc(transportBikeStation.district), asc(transportBikeStation.name));
  return rows.map(withDocks);
}

export async function nearestBikeStations(db: DB, input: TNearby) {
  const rows = await nearestRows(input, (b) =>
    db
      .select(bikeColumns)
      .from(transportBikeStation)
      .where(
        and(
          gte(transportBikeStation.lat, b.minLat),
          lte(transportBikeStation.lat, b.maxLat),
          gte(transportBikeStation.lon, b.minLon),
          lte(transportBikeStation.lon, b.maxLon),
        ),
      ),
  );
  return rows.map(withDocks);
}

/**
 * The bike simulator's tick: bikes drift out of residential stations in the morning and back in
 * the evening (and the reverse near offices), deterministic in (seed, station, 5-minute slot).
 */
export async function simulateBikeTick(db: DB, now = new Date(), seed = 20221110) {
  const stations = await db
    .select({ id: transportBikeStation.id, code: transportBikeStation.code, docks: transportBikeStation.docks })
    .from(transportBikeStation);
  const local = new Date(now.getTime() + 8 * 3600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const slot = Math.floor(now.getTime() / 300_000);
  for (const s of stations) {
    const rand = prng(hashString(`${seed}|${s.code}`));
    const residential = rand() < 0.5;
    const morning = Math.exp(-((hour - 8) ** 2) / 4);
    const evening = Math.exp(-((hour - 18) ** 2) / 4);
    const base = 0.5 + (residential ? -0.3 * morning + 0.3 * evening : 0.3 * morning - 0.3 * evening);
    const jitter = prng(hashString(`${seed}|${s.code}|${slot}`))() * 0.2 - 0.1;
    const bikes = Math.max(0, Math.min(s.docks, Math.round(s.docks * (base + jitter))));
    await db.update(transportBikeStation).set({ bikes, observedAt: now }).where(eq(transportBikeStation.id, s.id));
  }
  return stations.length;
}

// ——— 路况 ———

const noticeColumns = {
  id: transportRoadNotice.id,
  kind: transportRoadNotice.kind,
  title: transportRoadNotice.title,
  description: transportRoadNotice.description,
  roads: transportRoadNotice.roads,
  district: transportRoadNotice.district,
  severity: transportRoadNotice.severity,
  lat: transportRoadNotice.lat,
  lon: transportRoadNotice.lon,
  startsAt: transportRoadNotice.startsAt,
  endsAt: transportRoadNotice.endsAt,
  version: transportRoadNotice.version,
  updatedAt: transportRoadNotice.updatedAt,
  withdrawnAt: transportRoadNotice.withdrawnAt,
  sample: transportRoadNotice.sample,
};
const label = <T extends { kind: string; severity: number }>(n: T) => ({
  ...n,
  kindName: ROAD_NOTICE_KINDS[n.kind as keyof typeof ROAD_NOTICE_KINDS] ?? n.kind,
  severityName: SEVERITY_NAMES[n.severity as keyof typeof SEVERITY_NAMES] ?? String(n.severity),
});

/** Notices in force at `now` (started, not ended, not withdrawn), most severe first. */
export async function currentRoadNotices(db: DB, opts: { now?: Date; district?: string; kind?: keyof typeof ROAD_NOTICE_KINDS } = {}) {
  const now = opts.now ?? new Date();
  const rows = await db
    .select(noticeColumns)
    .from(transportRoadNotice)
    .where(
      and(
        isNull(transportRoadNotice.withdrawnAt),
        lte(transportRoadNotice.startsAt, now),
        or(isNull(transportRoadNotice.endsAt), gt(transportRoadNotice.endsAt, now)),
        opts.district ? eq(transportRoadNotice.district, opts.district) : undefined,
        opts.kind ? eq(transportRoadNotice.kind, opts.kind) : undefined,
      ),
    )
    .orderBy(desc(transportRoadNotice.severity), desc(transportRoadNotice.startsAt));
  return rows.map(label);
}

/** Announced works that start within `days` (for "即将施工"). */
export async function upcomingRoadNotices(db: DB, opts: { now?: Date; days?: number } = {}) {
  const now = opts.now ?? new Date();
  const until = new Date(now.getTime() + (opts.days ?? 14) * 86_400_000);
  const rows = await db
    .select(noticeColumns)
    .from(transportRoadNotice)
    .where(and(isNull(transportRoadNotice.withdrawnAt), gt(transportRoadNotice.startsAt, now), lte(transportRoadNotice.startsAt, until)))
    .orderBy(asc(transportRoadNotice.startsAt));
  return rows.map(label);
}

function requireTransportAdmin(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError("UNAUTHORIZED", "请先登录");
  if (!hasPermission(user.role, "admin.console")) throw new AppError("FORBIDDEN", "您没有管理路况信息的权限");
  return user;
}

/** Admin list: every notice, newest first, including ended and withdrawn ones. */
export async function listRoadNoticesForAdmin(ctx: TransportCtx, opts: { limit?: number; offset?: number } = {}) {
  requireTransportAdmin(ctx.user);
  const rows = await ctx.db
    .select(noticeColumns)
    .from(transportRoadNotice)
    .orderBy(desc(transportRoadNotice.startsAt), desc(transportRoadNotice.id))
    .limit(Math.min(opts.limit ?? 50, 200))
    .offset(opts.offset ?? 0);
  return rows.map(label);
}

/** One notice for the admin's edit form (withdrawn ones too, shown read-only). */
export async function getRoadNoticeForAdmin(ctx: TransportCtx, id: number) {
  requireTransportAdmin(ctx.user);
  const [row] = await ctx.db.select(noticeColumns).from(transportRoadNotice).where(eq(transportRoadNotice.id, id));
  if (!row) throw new AppError("NOT_FOUND", "找不到该路况信息");
  return label(row);
}

function parseNotice(raw: TRoadNotice) {
  const p = ZRoadNotice.safeParse(raw);
  if (!p.success) throw badRequest(p.error);
  return p.data;
}

export async function createRoadNotice(ctx: TransportCtx, raw: TRoadNotice) {
  const user = requireTransportAdmin(ctx.user);
  const input = parseNotice(raw);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(transportRoadNotice)
      .values({
        ...input,
        endsAt: input.endsAt ?? null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        createdById: user.id,
        updatedById: user.id,
      })
      .returning({ id: transportRoadNotice.id, version: transportRoadNotice.version });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "transport.road_notice.create",
      outcome: "success",
      targetType: "transport_road_notice",
      targetId: String(row!.id),
    });
    return row!;
  });
}

/** Edit with optimistic versioning: a stale version (or a withdrawn notice) is a CONFLICT; no position given keeps the old one. */
export async function updateRoadNotice(ctx: TransportCtx, id: number, version: number, raw: TRoadNotice) {
  const user = requireTransportAdmin(ctx.user);
  const input = parseNotice(raw);
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(transportRoadNotice)
      .set({
        ...input,
        endsAt: input.endsAt ?? null,
        // The edit form has no map: a notice's position is kept unless the edit gives a new one.
        lat: input.lat,
        lon: input.lon,
        version: sql`${transportRoadNotice.version} + 1`,
        updatedById: user.id,
        updatedAt: new Date(),
      })
      .where(and(eq(transportRoadNotice.id, id), eq(transportRoadNotice.version, version), isNull(transportRoadNotice.withdrawnAt)))
      .returning({ id: transportRoadNotice.id, version: transportRoadNotice.version });
    if (rows.length === 0) {
      const [exists] = await tx.select({ id: transportRoadNotice.id }).from(transportRoadNotice).where(eq(transportRoadNotice.id, id));
      throw exists
        ? new AppError("CONFLICT", "该路况信息已被他人修改或已撤下，请刷新后再试")
        : new AppError("NOT_FOUND", "找不到该路况信息");
    }
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "transport.road_notice.update",
      outcome: "success",
      targetType: "transport_road_notice",
      targetId: String(id),
    });
    return rows[0]!;
  });
}

/** Withdraws a notice (kept for the record, no longer shown). */
export async function withdrawRoadNotice(ctx: TransportCtx, id: number, version: number) {
  const user = requireTransportAdmin(ctx.user);
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(transportRoadNotice)
      .set({ withdrawnAt: new Date(), version: sql`${transportRoadNotice.version} + 1`, updatedById: user.id, updatedAt: new Date() })
      .where(and(eq(transportRoadNotice.id, id), eq(transportRoadNotice.version, version), isNull(transportRoadNotice.withdrawnAt)))
      .returning({ id: transportRoadNotice.id });
    if (rows.length === 0) throw new AppError("CONFLICT", "该路况信息已被他人修改或已撤下，请刷新后再试");
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "transport.road_notice.withdraw",
      outcome: "success",
      targetType: "transport_road_notice",
      targetId: String(id),
    });
  });
}
