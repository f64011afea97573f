import { and, asc, gt, inArray, lte, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { environmentAirReading, environmentAirStation } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { authenticateIngestKey } from "@/server/lib/ingest-keys";
import { describePrimary, hourlyAqi, movingAverage, type AqiResult, type HourlyConcentrations, type Pollutant } from "./aqi";
import { simulateAirHour } from "./air-simulator";
import { ZAirIngest } from "./validation";

const HOUR = 3_600_000;
export const AIR_SIM_SEED = Number(process.env.AIR_SIM_SEED ?? 20260101);
/** Urban factor of the simulator per station code (busier centre, cleaner suburbs); 1 otherwise. */
const URBAN: Record<string, number> = {
  chengzhong: 1.1,
  hongqiao: 1.05,
  langshan: 0.85,
  xinghu: 0.95,
  "tz-jinsha": 0.95,
  "hm-dongzhou": 0.9,
};

/** The end of the last complete hour at `now` (readings are labelled by the hour they end). */
export function lastCompleteHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR) * HOUR);
}

export type AirStation = {
  id: number;
  code: string;
  name: string;
  district: string;
  lat: number;
  lon: number;
  kind: string;
  sample: boolean;
};

export async function listAirStations(db: DB): Promise<AirStation[]> {
  return db
    .select({
      id: environmentAirStation.id,
      code: environmentAirStation.code,
      name: environmentAirStation.name,
      district: environmentAirStation.district,
      lat: environmentAirStation.lat,
      lon: environmentAirStation.lon,
      kind: environmentAirStation.kind,
      sample: environmentAirStation.sample,
    })
    .from(environmentAirStation)
    .orderBy(asc(environmentAirStation.sortOrder), asc(environmentAirStation.id));
}

type Row = HourlyConcentrations & { stationId: number; observedAt: Date };

async function readingsSince(db: DB, since: Date, until: Date, stationIds?: number[]): Promise<Row[]> {
  const where = [gt(environmentAirReading.observedAt, since), lte(environmentAirReading.observedAt, until)];
  if (stationIds) where.push(inArray(environmentAirReading.stationId, stationIds));
  return db
    .select({
      stationId: environmentAirReading.stationId,
      observedAt: environmentAirReading.observedAt,
      so2: environmentAirReading.so2,
      no2: environmentAirReading.no2,
      pm10: environmentAirReading.pm10,
      co: environmentAirReading.co,
      o3: environmentAirReading.o3,
      pm25: environmentAirReading.pm25,
    })
    .from(environmentAirReading)
    .where(and(...where))
    .orderBy(asc(environmentAirReading.stationId), asc(environmentAirReading.observedAt));
}

/** Hourly series (oldest first) with one slot per hour, null where no reading arrived. */
function hourSlots(rows: Row[], end: Date, hours: number): (Row | null)[] {
  const byTime = new Map(rows.map((r) => [r.observedAt.getTime(), r]));
  const out: (Row | null)[] = [];
  for (let i = hours - 1; i >= 0; i--) out.push(byTime.get(end.getTime() - i * HOUR) ?? null);
  return out;
}

/** The real-time AQI of the hour ending at slots[last], with the moving averages HJ 633 asks for. */
function aqiAt(slots: (Row | null)[]): AqiResult | null {
  const cur = slots[slots.length - 1];
  if (!cur) return null;
  const series = (p: keyof HourlyConcentrations) => slots.map((s) => (s ? s[p] : null));
  return hourlyAqi({
    so2: cur.so2,
    no2: cur.no2,
    pm10: cur.pm10,
    co: cur.co,
    o3: cur.o3,
    pm25: cur.pm25,
    so2_24h: movingAverage(series("so2"), 24),
    pm10_24h: movingAverage(series("pm10"), 24),
    pm25_24h: movingAverage(series("pm25"), 24),
    o3_8h: movingAverage(series("o3"), 8),
  });
}

export type StationAir = {
  station: string;
  stationCode: string;
  district: string;
  sample: boolean;
  /** ISO 8601 +08:00 of the hour the reading ends */
  time: string | null;
  concentrations: HourlyConcentrations | null;
  iaqi: Partial<Record<Pollutant, number>>;
  aqi: number | null;
  level: { grade: string; category: string; color: string; healthEffect: string; advice: string } | null;
  primaryPollutant: Pollutant[];
  primaryPollutantText: string;
};

const iso8601 = (d: Date) => `${new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 19)}+08:00`;

function toStationAir(station: AirStation, slots: (Row | null)[]): StationAir {
  const latestIndex = slots.findLastIndex((s) => s !== null);
  const usable = latestIndex >= 0 ? slots.slice(0, latestIndex + 1) : [];
  const r = usable.length ? aqiAt(usable) : null;
  const cur = latestIndex >= 0 ? slots[latestIndex]! : null;
  return {
    station: station.name,
    stationCode: station.code,
    district: station.district,
    sample: station.sample,
    time: cur ? iso8601(cur.observedAt) : null,
    concentrations: cur ? { so2: cur.so2, no2: cur.no2, pm10: cur.pm10, co: cur.co, o3: cur.o3, pm25: cur.pm25 } : null,
    iaqi: r?.pollutantIaqi ?? {},
    aqi: r?.aqi ?? null,
    level: r?.level
      ? {
          grade: r.level.grade,
          category: r.level.category,
          color: r.level.color,
          healthEffect: r.level.healthEffect,
          advice: r.level.advice,
        }
      : null,
    primaryPollutant: r?.primaryPollutants ?? [],
    primaryPollutantText: describePrimary(r?.primaryPollutants ?? []),
  };
}

/**
 * The latest real-time AQI of every station (the newest hour within the last 3 hours; stations
 * without one show no AQI). Also the body of /api/open/v1/air/latest.
 */
export async function latestAir(db: DB, now = new Date()): Promise<StationAir[]> {
  const end = lastCompleteHour(now);
  const stations = await listAirStations(db);
  // 24 h for the PM averages + 3 h in which the newest reading may lie.
  const rows = await readingsSince(db, new Date(end.getTime() - 27 * HOUR), end);
  return stations.map((s) => {
    const mine = rows.filter((r) => r.stationId === s.id);
    const newest = mine.at(-1);
    if (!newest || end.getTime() - newest.observedAt.getTime() > 3 * HOUR) return toStationAir(s, []);
    return toStationAir(s, hourSlots(mine, newest.observedAt, 24));
  });
}

/** The open-data shape of /api/open/v1/air/latest. */
export async function airLatestOpenData(db: DB, now = new Date()) {
  const list = await latestAir(db, now);
  return {
    standard: "HJ 633-2012 实时报：SO2/NO2/CO/O3 按1小时平均，O3 另按8小时滑动平均，PM10/PM2.5 按24小时滑动平均",
    units: { so2: "μg/m³", no2: "μg/m³", pm10: "μg/m³", co: "mg/m³", o3: "μg/m³", pm25: "μg/m³" },
    stations: list.map((s) => ({
      station: s.station,
      district: s.district,
      time: s.time,
      concentrations: s.concentrations,
      iaqi: s.iaqi,
      aqi: s.aqi,
      level: s.level ? `${s.level.grade}（${s.level.category}）` : null,
      primaryPollutant: s.primaryPollutant.length ? s.primaryPollutant : null,
      sample: s.sample,
    })),
  };
}

/**
 * The city's real-time AQI from the mean concentrations of the national stations (HJ 633 evaluates
 * a city by the average of its national monitoring points), for the section page's headline.
 */
export async function cityAir(db: DB, now = new Date()) {
  const end = lastCompleteHour(now);
  const stations = (await listAirStations(db)).filter((s) => s.kind === "national");
  const rows = await readingsSince(
    db,
    new Date(end.getTime() - 27 * HOUR),
    end,
    stations.map((s) => s.id),
  );
  const newest = rows.reduce<Date | null>((m, r) => (!m || r.observedAt > m ? r.observedAt : m), null);
  if (!newest || end.getTime() - newest.getTime() > 3 * HOUR) return null;
  const byHour = new Map<number, Row[]>();
  for (const r of rows) {
    const k = r.observedAt.getTime();
    let l = byHour.get(k);
    if (!l) byHour.set(k, (l = []));
    l.push(r);
  }
  const mean = (list: Row[], p: keyof HourlyConcentrations) => {
    const v = list.map((r) => r[p]).filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const averaged: Row[] = [...byHour.entries()].map(([t, list]) => ({
    stationId: 0,
    observedAt: new Date(t),
    so2: mean(list, "so2"),
    no2: mean(list, "no2"),
    pm10: mean(list, "pm10"),
    co: mean(list, "co"),
    o3: mean(list, "o3"),
    pm25: mean(list, "pm25"),
  }));
  const city: AirStation = { id: 0, code: "city", name: "南通市区", district: "市区", lat: 0, lon: 0, kind: "city", sample: false };
  return toStationAir(city, hourSlots(averaged, newest, 24));
}

/** A station's last `hours` hours: concentrations and the hourly AQI (chart + data table). */
export async function stationHistory(db: DB, stationCode: string, opts: { hours?: number; now?: Date } = {}) {
  const hours = Math.min(Math.max(opts.hours ?? 24, 1), 168);
  const [station] = (await listAirStations(db)).filter((s) => s.code === stationCode);
  if (!station) throw new AppError("NOT_FOUND", "找不到该监测站点");
  const end = lastCompleteHour(opts.now ?? new Date());
  // 23 more hours before the window for the moving averages of its first hour.
  const rows = await readingsSince(db, new Date(end.getTime() - (hours + 23) * HOUR), end, [station.id]);
  const slots = hourSlots(rows, end, hours + 23);
  const points = [];
  for (let i = 23; i < slots.length; i++) {
    const slot = slots[i];
    const r = slot ? aqiAt(slots.slice(0, i + 1)) : null;
    points.push({
      time: iso8601(new Date(end.getTime() - (slots.length - 1 - i) * HOUR)),
      concentrations: slot ? { so2: slot.so2, no2: slot.no2, pm10: slot.pm10, co: slot.co, o3: slot.o3, pm25: slot.pm25 } : null,
      aqi: r?.aqi ?? null,
      category: r?.level?.category ?? null,
      color: r?.level?.color ?? null,
      primaryPollutant: r?.primaryPollutants ?? [],
    });
  }
  return { station, points };
}

/**
 * Writes simulated readings for the hours in (end − hours, end] that have none yet, for every
 * station (a real reading of the same hour always wins: simulated rows never overwrite). Idempotent.
 */
export async function backfillSimulatedAir(db: DB, now: Date, hours: number, seed = AIR_SIM_SEED): Promise<number> {
  const end = lastCompleteHour(now);
  const stations = await listAirStations(db);
  const values = [];
  for (const s of stations)
    for (let i = 0; i < hours; i++) {
      const at = new Date(end.getTime() - i * HOUR);
      values.push({ stationId: s.id, observedAt: at, source: "simulator", ...simulateAirHour(s.code, at, seed, { urban: URBAN[s.code] }) });
    }
  if (values.length === 0) return 0;
  const inserted = await db
    .insert(environmentAirReading)
    .values(values)
    .onConflictDoNothing()
    .returning({ stationId: environmentAirReading.stationId });
  return inserted.length;
}

/** The simulator's tick (run once per cluster by the leader): the last complete hour, if missing. */
export function simulateAirTick(db: DB, now = new Date()): Promise<number> {
  return backfillSimulatedAir(db, now, 2);
}

/**
 * POST /api/open/v1/ingest/air: authenticated (scope `air`), validated as a whole — one bad reading
 * rejects the batch with every problem listed and nothing is written, so the last good data stays.
 * Readings more than 2 hours in the future or older than 7 days are refused. A reading replaces a
 * simulated one of the same hour, and a newer feed reading replaces an older one.
 */
export async function ingestAirReadings(db: DB, apiKey: string | null, body: unknown, now = new Date()) {
  await authenticateIngestKey(db, apiKey, "air", now);
  const parsed = ZAirIngest.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[i.path.join(".") || "_"] ??= []).push(i.message);
    throw new AppError("BAD_REQUEST", `数据格式有误：${parsed.error.issues[0]?.message ?? "请核对"}`, fieldErrors);
  }
  const stations = new Map((await listAirStations(db)).map((s) => [s.code, s.id]));
  const errors: Record<string, string[]> = {};
  const rows = parsed.data.readings.map((r, i) => {
    const at = new Date(r.time);
    const problems: string[] = [];
    if (!stations.has(r.station)) problems.push(`未知站点编码 ${r.station}`);
    if (at.getTime() % HOUR !== 0) problems.push("time 须为整点（该小时结束的时刻）");
    if (at.getTime() > now.getTime() + 2 * HOUR) problems.push("time 不能晚于当前时间");
    if (at.getTime() < now.getTime() - 7 * 24 * HOUR) problems.push("time 早于7天前，请通过补录渠道提交");
    if ([r.so2, r.no2, r.pm10, r.co, r.o3, r.pm25].every((v) => v === null || v === undefined)) problems.push("至少需要一项污染物浓度");
    if (problems.length) errors[`readings.${i}`] = problems;
    return {
      stationId: stations.get(r.station) ?? 0,
      observedAt: at,
      so2: r.so2 ?? null,
      no2: r.no2 ?? null,
      pm10: r.pm10 ?? null,
      co: r.co ?? null,
      o3: r.o3 ?? null,
      pm25: r.pm25 ?? null,
      source: "feed",
      receivedAt: now,
    };
  });
  const firstKey = Object.keys(errors)[0];
  if (firstKey) throw new AppError("BAD_REQUEST", `第${Number(firstKey.split(".")[1]) + 1}条读数有误：${errors[firstKey]![0]}`, errors);
  await db.transaction(async (tx) => {
    await tx
      .insert(environmentAirReading)
      .values(rows)
      .onConflictDoUpdate({
        target: [environmentAirReading.stationId, environmentAirReading.observedAt],
        set: {
          so2: sql`excluded.so2`,
          no2: sql`excluded.no2`,
          pm10: sql`excluded.pm10`,
          co: sql`excluded.co`,
          o3: sql`excluded.o3`,
          pm25: sql`excluded.pm25`,
          source: sql`excluded.source`,
          receivedAt: sql`excluded.received_at`,
        },
      });
  });
  return { accepted: rows.length };
}
