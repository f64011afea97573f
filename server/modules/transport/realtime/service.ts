import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { transportFeed, transportRealtimeSnapshot, transportStop } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { authenticateIngestKey } from "@/server/lib/ingest-keys";
import { startLeaderLoop } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { nextArrivals, type Arrival } from "./arrivals";
import {
  decodeFeed,
  encodeTripUpdates,
  encodeVehiclePositions,
  feedToJson,
  indexTripUpdates,
  vehiclesFromFeed,
  type LiveVehicle,
  type PredictionIndex,
} from "./feed";
import { forgetSchedule, getSchedule } from "./schedule";
import { simulate } from "./simulator";

/**
 * Live transit: one tick every TRANSIT_TICK_SECONDS builds the GTFS-realtime feeds once — from the
 * simulator, or from an external GTFS-rt feed when TRANSIT_GTFS_RT_*_URL are set — on the cluster's
 * leader only (PostgreSQL advisory lock, server/lib/cluster-lock.ts). The leader keeps the result in
 * memory and publishes it to transport_realtime_snapshot; the other instances pick it up from there
 * once per tick. Requests only ever read the in-memory snapshot: nothing is built per request.
 */

export type RealtimeConfig = {
  mode: "simulate" | "ingest" | "off";
  seed: number;
  tickSec: number;
  tripUpdatesUrl?: string;
  vehiclePositionsUrl?: string;
};

/** From the environment (README "Configuration"). */
export function realtimeConfig(env: Record<string, string | undefined> = process.env): RealtimeConfig {
  const tripUpdatesUrl = env.TRANSIT_GTFS_RT_TRIP_UPDATES_URL || undefined;
  const vehiclePositionsUrl = env.TRANSIT_GTFS_RT_VEHICLE_POSITIONS_URL || undefined;
  const off = ["off", "0", "false", "no"].includes((env.TRANSIT_REALTIME ?? "").toLowerCase());
  const seed = Number(env.TRANSIT_SIM_SEED ?? 20221110);
  const tickSec = Math.min(300, Math.max(5, Number(env.TRANSIT_TICK_SECONDS ?? 15) || 15));
  return {
    mode: off ? "off" : tripUpdatesUrl || vehiclePositionsUrl ? "ingest" : "simulate",
    seed: Number.isFinite(seed) ? Math.trunc(seed) : 20221110,
    tickSec,
    tripUpdatesUrl,
    vehiclePositionsUrl,
  };
}

export type Snapshot = {
  source: "simulator" | "ingest";
  generatedAt: Date;
  tripUpdates: Uint8Array;
  vehiclePositions: Uint8Array;
  predictions: PredictionIndex;
  vehicles: LiveVehicle[];
};

function fromBytes(source: Snapshot["source"], generatedAt: Date, tripUpdates: Uint8Array, vehiclePositions: Uint8Array): Snapshot {
  return {
    source,
    generatedAt,
    tripUpdates,
    vehiclePositions,
    predictions: indexTripUpdates(decodeFeed(tripUpdates)),
    vehicles: vehiclesFromFeed(decodeFeed(vehiclePositions)),
  };
}

const stopCoordsCache = new Map<DB, Promise<Map<string, { lat: number; lon: number }>>>();
function stopCoords(db: DB) {
  let p = stopCoordsCache.get(db);
  if (!p) {
    p = db
      .select({ id: transportStop.id, lat: transportStop.lat, lon: transportStop.lon })
      .from(transportStop)
      .then((rows) => new Map(rows.map((r) => [r.id, { lat: r.lat, lon: r.lon }])));
    stopCoordsCache.set(db, p);
    p.catch(() => stopCoordsCache.delete(db));
  }
  return p;
}

/** One simulated tick: every vehicle in service at `now`, as both feeds. */
export async function buildSimulatedSnapshot(db: DB, now: Date, seed: number): Promise<Snapshot> {
  let schedule = await getSchedule(db);
  // A new static feed (imported by any instance) replaces the cached timetable at the next tick.
  const [feed] = await db.select({ version: transportFeed.version }).from(transportFeed).limit(1);
  if (feed && feed.version !== schedule.version) {
    forgetSchedule(db);
    stopCoordsCache.delete(db);
    schedule = await getSchedule(db);
  }
  const vehicles = simulate(schedule, now, seed, await stopCoords(db));
  const ts = Math.floor(now.getTime() / 1000);
  return fromBytes("simulator", now, encodeTripUpdates(vehicles, ts), encodeVehiclePositions(vehicles, ts));
}

export const MAX_FEED_BYTES = 20 * 1024 * 1024;

async function fetchFeed(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal: AbortSignal.timeout(10_000), headers: { accept: "application/x-protobuf" } });
  } catch (e) {
    throw new AppError("BAD_REQUEST", `无法获取外部 GTFS-realtime 数据：${url}（${e instanceof Error ? e.message : "网络错误"}）`);
  }
  if (!res.ok) throw new AppError("BAD_REQUEST", `外部 GTFS-realtime 数据返回 HTTP ${res.status}：${url}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_FEED_BYTES)
    throw new AppError("BAD_REQUEST", `外部 GTFS-realtime 数据超过 ${MAX_FEED_BYTES / 1024 / 1024} MB：${url}`);
  return bytes;
}

const EMPTY_FEED = (ts: number) => encodeTripUpdates([], ts);

/**
 * One ingest tick: fetches the external TripUpdates and VehiclePositions feeds and checks that they
 * decode. Throws BAD_REQUEST for an unreachable or malformed feed; the caller keeps the last good one.
 */
export async function ingestExternalFeeds(
  config: Pick<RealtimeConfig, "tripUpdatesUrl" | "vehiclePositionsUrl">,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<Snapshot> {
  const ts = Math.floor(now.getTime() / 1000);
  const tu = config.tripUpdatesUrl ? await fetchFeed(config.tripUpdatesUrl, fetchImpl) : EMPTY_FEED(ts);
  const vp = config.vehiclePositionsUrl ? await fetchFeed(config.vehiclePositionsUrl, fetchImpl) : EMPTY_FEED(ts);
  return fromBytes("ingest", now, tu, vp);
}

export async function publishSnapshot(db: DB, snap: Snapshot): Promise<void> {
  const row = {
    id: "current",
    source: snap.source,
    generatedAt: snap.generatedAt,
    tripUpdates: Buffer.from(snap.tripUpdates).toString("base64"),
    vehiclePositions: Buffer.from(snap.vehiclePositions).toString("base64"),
  };
  await db
    .insert(transportRealtimeSnapshot)
    .values(row)
    .onConflictDoUpdate({
      target: transportRealtimeSnapshot.id,
      set: { source: row.source, generatedAt: row.generatedAt, tripUpdates: row.tripUpdates, vehiclePositions: row.vehiclePositions },
    });
}

export async function readPublishedSnapshot(db: DB, newerThan?: Date): Promise<Snapshot | null> {
  const [row] = await db.select().from(transportRealtimeSnapshot).where(eq(transportRealtimeSnapshot.id, "current"));
  if (!row) return null;
  if (newerThan && row.generatedAt.getTime() <= newerThan.getTime()) return null;
  const source = row.source === "ingest" ? "ingest" : "simulator";
  return fromBytes(source, row.generatedAt, Buffer.from(row.tripUpdates, "base64"), Buffer.from(row.vehiclePositions, "base64"));
}

// ——— per-process state ———

type State = { snapshot: Snapshot | null; lastError: string | null; lastPoll: number };
declare global {
  // One snapshot per database per process: shared by the tick loop (started by scripts/serve.ts)
  // and Next.js's bundle of this module (route handlers, pages), which are separate module copies.
  var __ntTransitStates: Map<DB, State> | undefined;
}
const states = (globalThis.__ntTransitStates ??= new Map<DB, State>());
const stateOf = (db: DB): State => {
  let s = states.get(db);
  if (!s) states.set(db, (s = { snapshot: null, lastError: null, lastPoll: 0 }));
  return s;
};

/**
 * One tick. The leader builds (or ingests) and publishes; others read what the leader published.
 * A failed ingest keeps the last good snapshot and records the error.
 */
export async function realtimeTick(
  db: DB,
  config: RealtimeConfig,
  role: "leader" | "follower",
  now = new Date(),
  fetchImpl: typeof fetch = fetch,
) {
  const state = stateOf(db);
  if (config.mode === "off") return { role: "off" as const, snapshot: state.snapshot };
  if (role === "leader") {
    try {
      // A feed pushed to POST /api/open/v1/ingest/gtfs-rt/… within PUSHED_FRESH_MS wins over the simulator.
      if (config.mode === "simulate" && (await pushedFeedIsFresh(db, now))) {
        const newer = await readPublishedSnapshot(db, state.snapshot?.generatedAt);
        if (newer) state.snapshot = newer;
        return { role: "leader" as const, snapshot: state.snapshot };
      }
      const snap =
        config.mode === "ingest" ? await ingestExternalFeeds(config, now, fetchImpl) : await buildSimulatedSnapshot(db, now, config.seed);
      state.snapshot = snap;
      state.lastError = null;
      await publishSnapshot(db, snap);
    } catch (e) {
      state.lastError = e instanceof Error ? e.message : String(e);
      logger.warn({ err: state.lastError }, "transit realtime tick failed; keeping the last good feed");
    }
    return { role: "leader" as const, snapshot: state.snapshot };
  }
  const newer = await readPublishedSnapshot(db, state.snapshot?.generatedAt);
  if (newer) state.snapshot = newer;
  state.lastPoll = now.getTime();
  return { role: "follower" as const, snapshot: state.snapshot };
}

/**
 * Starts the tick loop (call once per process, from server start-up): the cluster's leader for
 * "transport:realtime" builds and publishes every tick; every other instance reads what was
 * published, once per tick. TRANSIT_REALTIME=off disables it. Returns a stop function.
 */
export function startTransitRealtime(
  db: DB,
  config = realtimeConfig(),
  opts: { handle?: import("@/server/db").DatabaseHandle } = {},
): { stop: () => Promise<void> } {
  if (config.mode === "off") return { stop: async () => {} };
  const tickMs = config.tickSec * 1000;
  const leadership = startLeaderLoop("transport:realtime", tickMs, () => realtimeTick(db, config, "leader"), {
    handle: opts.handle,
    retryMs: tickMs,
  });
  let polling = false;
  const timer = setInterval(() => {
    if (leadership.isLeader() || polling) return;
    polling = true;
    realtimeTick(db, config, "follower")
      .catch((e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "transit realtime poll failed"))
      .finally(() => (polling = false));
  }, tickMs);
  timer.unref?.();
  return {
    stop: async () => {
      clearInterval(timer);
      await leadership.stop();
    },
  };
}

/**
 * The snapshot requests read: this process's, or (when this process runs no tick loop, e.g. a
 * route handler in another worker) the published one, re-read at most once per tick.
 */
export async function currentSnapshot(db: DB, config = realtimeConfig(), now = new Date()): Promise<Snapshot | null> {
  const state = stateOf(db);
  if (config.mode === "off") return null;
  if (now.getTime() - state.lastPoll >= config.tickSec * 1000) {
    state.lastPoll = now.getTime();
    const newer = await readPublishedSnapshot(db, state.snapshot?.generatedAt);
    if (newer) state.snapshot = newer;
  }
  return state.snapshot;
}

export const REALTIME_UNAVAILABLE = "实时公交数据暂不可用，请稍后再试";

/**
 * The body of /api/open/v1/gtfs-rt/{trip-updates|vehicle-positions}: protobuf bytes, or the JSON
 * form for `?format=json`. NOT_FOUND when no feed has been built yet (or realtime is off).
 */
export async function realtimeFeed(
  db: DB,
  kind: "trip-updates" | "vehicle-positions",
  format: "pb" | "json",
): Promise<{ body: Uint8Array | string; contentType: string; generatedAt: Date }> {
  const snap = await currentSnapshot(db);
  if (!snap) throw new AppError("NOT_FOUND", REALTIME_UNAVAILABLE);
  const bytes = kind === "trip-updates" ? snap.tripUpdates : snap.vehiclePositions;
  if (format === "pb") return { body: bytes, contentType: "application/x-protobuf", generatedAt: snap.generatedAt };
  return {
    body: JSON.stringify(feedToJson(decodeFeed(bytes))),
    contentType: "application/json; charset=utf-8",
    generatedAt: snap.generatedAt,
  };
}

/** Next departures at a stop with realtime predictions where available (scheduled times otherwise). */
export async function arrivalsAtStop(db: DB, stopId: string, opts: { now?: Date; limit?: number } = {}): Promise<Arrival[]> {
  const now = opts.now ?? new Date();
  const [schedule, snap] = await Promise.all([getSchedule(db), currentSnapshot(db, realtimeConfig(), now)]);
  if (!schedule.byStop.has(stopId)) throw new AppError("NOT_FOUND", "找不到该站点");
  return nextArrivals(schedule, snap?.predictions ?? new Map(), stopId, now, { limit: opts.limit ?? 8 });
}

/** Vehicles in service, optionally of one route (for the line page's diagram). */
export async function liveVehicles(db: DB, routeId?: string): Promise<{ generatedAt: Date | null; vehicles: LiveVehicle[] }> {
  const snap = await currentSnapshot(db);
  if (!snap) return { generatedAt: null, vehicles: [] };
  return { generatedAt: snap.generatedAt, vehicles: routeId ? snap.vehicles.filter((v) => v.routeId === routeId) : snap.vehicles };
}

/** For tests: forget this process's state for a database. */
export function resetRealtimeState(db: DB): void {
  states.delete(db);
}

/** A pushed feed newer than this keeps the simulator off (the pushing system is alive). */
export const PUSHED_FRESH_MS = 2 * 60_000;

async function pushedFeedIsFresh(db: DB, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ source: transportRealtimeSnapshot.source, generatedAt: transportRealtimeSnapshot.generatedAt })
    .from(transportRealtimeSnapshot)
    .where(eq(transportRealtimeSnapshot.id, "current"));
  return row?.source === "ingest" && now.getTime() - row.generatedAt.getTime() < PUSHED_FRESH_MS;
}

/**
 * POST /api/open/v1/ingest/gtfs-rt/{trip-updates|vehicle-positions}: an external system pushes a
 * GTFS-realtime FeedMessage (protobuf), authenticated by an ingest key with scope `gtfs-rt`. The body
 * must decode as a FeedMessage with a header timestamp that is neither in the future nor older than
 * the feed already held; otherwise a 4xx says why and the last good feed stays. An accepted feed
 * replaces that half of the current snapshot, is published to every instance, and keeps the
 * simulator off while pushes keep coming (PUSHED_FRESH_MS).
 */
export async function ingestPushedFeed(
  db: DB,
  apiKey: string | null,
  kind: "trip-updates" | "vehicle-positions",
  bytes: Uint8Array,
  now = new Date(),
): Promise<{ accepted: true; entities: number; timestamp: string }> {
  await authenticateIngestKey(db, apiKey, "gtfs-rt", now);
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", "请求体为空：请以 application/x-protobuf 提交 GTFS-realtime FeedMessage");
  if (bytes.length > MAX_FEED_BYTES) throw new AppError("BAD_REQUEST", `GTFS-realtime 数据超过 ${MAX_FEED_BYTES / 1024 / 1024} MB`);
  let msg;
  try {
    msg = decodeFeed(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "请求体不是有效的 GTFS-realtime FeedMessage（protobuf）");
  }
  const ts = Number(msg.header?.timestamp ?? 0);
  if (!msg.header?.gtfsRealtimeVersion) throw new AppError("BAD_REQUEST", "FeedMessage 缺少 header.gtfs_realtime_version");
  if (!ts) throw new AppError("BAD_REQUEST", "FeedMessage 缺少 header.timestamp");
  if (ts * 1000 > now.getTime() + 5 * 60_000) throw new AppError("BAD_REQUEST", "header.timestamp 不能晚于当前时间");
  const wrongKind = msg.entity.some((e) => (kind === "trip-updates" ? !e.tripUpdate && !e.isDeleted : !e.vehicle && !e.isDeleted));
  if (wrongKind)
    throw new AppError("BAD_REQUEST", kind === "trip-updates" ? "该接口只接收 TripUpdate 实体" : "该接口只接收 VehiclePosition 实体");
  const state = stateOf(db);
  const current = state.snapshot ?? (await readPublishedSnapshot(db));
  if (current?.source === "ingest" && current.generatedAt.getTime() > ts * 1000)
    throw new AppError("CONFLICT", "header.timestamp 早于已接收的数据，已保留较新的数据");
  const empty = encodeTripUpdates([], ts);
  const tu = kind === "trip-updates" ? bytes : current?.source === "ingest" ? current.tripUpdates : empty;
  const vp = kind === "vehicle-positions" ? bytes : current?.source === "ingest" ? current.vehiclePositions : empty;
  const snap = fromBytes("ingest", new Date(ts * 1000), tu, vp);
  await publishSnapshot(db, snap);
  state.snapshot = snap;
  return { accepted: true, entities: msg.entity.length, timestamp: new Date(ts * 1000).toISOString() };
}
