import { asc, eq, sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import type { DB } from "@/server/db";
import {
  transportAgency,
  transportCalendar,
  transportCalendarDate,
  transportFare,
  transportFareRule,
  transportFeed,
  transportRoute,
  transportShapePoint,
  transportStop,
  transportStopTime,
  transportTrip,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";

/**
 * GTFS Schedule in and out: `importGtfs` loads a feed's text files into the transport_* tables (the
 * seed imports drizzle/seed/gtfs); `buildGtfsZip` writes the tables back out as gtfs.zip for
 * /api/open/v1/gtfs.zip. Required files and fields follow gtfs.org/documentation/schedule/reference.
 */

export const FEED_ROW_ID = "static";

// ——— CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) ———

export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    if (row.some((f) => f !== "")) rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return body.map((r) => Object.fromEntries(names.map((n, i) => [n, (r[i] ?? "").trim()])));
}

function csvField(v: string | number | null | undefined): string {
  const text = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

// ——— times and dates ———

/** "25:10:00" → 90600 (GTFS times may pass midnight). */
export function parseGtfsTime(value: string): number {
  const m = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/.exec(value);
  if (!m) throw new AppError("BAD_REQUEST", `时间格式有误：${value}（应为 HH:MM:SS）`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

export function formatGtfsTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

/** "20260101" ↔ "2026-01-01" */
export function gtfsDateToIso(v: string): string {
  if (!/^\d{8}$/.test(v)) throw new AppError("BAD_REQUEST", `日期格式有误：${v}（应为 YYYYMMDD）`);
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}
const isoToGtfsDate = (v: string) => v.replaceAll("-", "");

// ——— import ———

export type GtfsTexts = Partial<Record<string, string>>;

export const REQUIRED_FILES = ["agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt"] as const;
const REQUIRED = REQUIRED_FILES;

function need(row: Record<string, string>, field: string, file: string): string {
  const v = row[field];
  if (v === undefined || v === "") throw new AppError("BAD_REQUEST", `${file} 缺少必填字段 ${field}`);
  return v;
}

/** Inserts many rows in one statement through json_to_recordset (fast on PGlite and PostgreSQL alike). */
async function bulkInsert(tx: DB, table: string, columns: [string, string][], rows: Record<string, unknown>[]) {
  const chunk = 20_000;
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(rows.slice(i, i + chunk));
    const cols = sql.raw(columns.map(([c]) => c).join(", "));
    const defs = sql.raw(columns.map(([c, t]) => `${c} ${t}`).join(", "));
    await tx.execute(sql`insert into ${sql.raw(table)} (${cols}) select ${cols} from json_to_recordset(${json}::json) as x(${defs})`);
  }
}

/**
 * Replaces the GTFS tables with the given feed, in one transaction (readers see the old feed or the
 * new one, never half). Returns row counts. Throws BAD_REQUEST for a malformed feed.
 */
export async function importGtfs(db: DB, files: GtfsTexts): Promise<Record<string, number>> {
  for (const f of REQUIRED) if (!files[f]) throw new AppError("BAD_REQUEST", `GTFS 数据缺少 ${f}`);
  const rowsOf = (f: string) => (files[f] ? parseCsv(files[f]!) : []);
  const agencies = rowsOf("agency.txt");
  const stops = rowsOf("stops.txt");
  const routes = rowsOf("routes.txt");
  const trips = rowsOf("trips.txt");
  const stopTimes = rowsOf("stop_times.txt");
  const calendars = rowsOf("calendar.txt");
  const calendarDates = rowsOf("calendar_dates.txt");
  const shapes = rowsOf("shapes.txt");
  const fares = rowsOf("fare_attributes.txt");
  const fareRules = rowsOf("fare_rules.txt");
  const feedInfo = rowsOf("feed_info.txt")[0];
  if (calendars.length === 0 && calendarDates.length === 0)
    throw new AppError("BAD_REQUEST", "GTFS 数据需要 calendar.txt 或 calendar_dates.txt");
  const defaultAgency = agencies.length === 1 ? agencies[0]!.agency_id || "default" : undefined;

  const stopRows = stops.map((r) => {
    const lat = Number(need(r, "stop_lat", "stops.txt"));
    const lon = Number(need(r, "stop_lon", "stops.txt"));
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) throw new AppError("BAD_REQUEST", `stops.txt 坐标无效：${r.stop_id}`);
    return {
      id: need(r, "stop_id", "stops.txt"),
      name: need(r, "stop_name", "stops.txt"),
      district: r.stop_desc || null,
      lat,
      lon,
      zone_id: r.zone_id || null,
      wheelchair_boarding: Number(r.wheelchair_boarding || 0),
    };
  });
  const stopTimeRows = stopTimes.map((r) => {
    const arrival = r.arrival_time || r.departure_time;
    const departure = r.departure_time || r.arrival_time;
    if (!arrival || !departure) throw new AppError("BAD_REQUEST", `stop_times.txt 缺少时间：${r.trip_id} 第${r.stop_sequence}站`);
    return {
      trip_id: need(r, "trip_id", "stop_times.txt"),
      stop_sequence: Number(need(r, "stop_sequence", "stop_times.txt")),
      stop_id: need(r, "stop_id", "stop_times.txt"),
      arrival_sec: parseGtfsTime(arrival),
      departure_sec: parseGtfsTime(departure),
      shape_dist_m: r.shape_dist_traveled ? Number(r.shape_dist_traveled) : null,
    };
  });

  // The whole feed is replaced (the lint rule wants an explicit condition for that).
  const everyRow = sql`true`;
  return db.transaction(async (tx) => {
    // Children first; fare rules cascade with fares, stop times with trips.
    await tx.delete(transportFareRule).where(everyRow);
    await tx.delete(transportFare).where(everyRow);
    await tx.delete(transportStopTime).where(everyRow);
    await tx.delete(transportTrip).where(everyRow);
    await tx.delete(transportShapePoint).where(everyRow);
    await tx.delete(transportCalendarDate).where(everyRow);
    await tx.delete(transportCalendar).where(everyRow);
    await tx.delete(transportRoute).where(everyRow);
    await tx.delete(transportStop).where(everyRow);
    await tx.delete(transportAgency).where(everyRow);

    await tx.insert(transportAgency).values(
      agencies.map((r) => ({
        id: r.agency_id || defaultAgency || "default",
        name: need(r, "agency_name", "agency.txt"),
        url: need(r, "agency_url", "agency.txt"),
        timezone: need(r, "agency_timezone", "agency.txt"),
        lang: r.agency_lang || null,
      })),
    );
    await bulkInsert(
      tx,
      "transport_stop",
      [
        ["id", "text"],
        ["name", "text"],
        ["district", "text"],
        ["lat", "double precision"],
        ["lon", "double precision"],
        ["zone_id", "text"],
        ["wheelchair_boarding", "smallint"],
      ],
      stopRows,
    );
    await tx.insert(transportRoute).values(
      routes.map((r, i) => ({
        id: need(r, "route_id", "routes.txt"),
        agencyId: r.agency_id || defaultAgency || "default",
        shortName: r.route_short_name ?? "",
        longName: r.route_long_name ?? "",
        description: r.route_desc || null,
        routeType: Number(need(r, "route_type", "routes.txt")),
        color: r.route_color || null,
        textColor: r.route_text_color || null,
        sortOrder: i,
      })),
    );
    if (calendars.length)
      await tx.insert(transportCalendar).values(
        calendars.map((r) => ({
          serviceId: need(r, "service_id", "calendar.txt"),
          monday: r.monday === "1",
          tuesday: r.tuesday === "1",
          wednesday: r.wednesday === "1",
          thursday: r.thursday === "1",
          friday: r.friday === "1",
          saturday: r.saturday === "1",
          sunday: r.sunday === "1",
          startDate: gtfsDateToIso(need(r, "start_date", "calendar.txt")),
          endDate: gtfsDateToIso(need(r, "end_date", "calendar.txt")),
        })),
      );
    if (calendarDates.length)
      await tx.insert(transportCalendarDate).values(
        calendarDates.map((r) => ({
          serviceId: need(r, "service_id", "calendar_dates.txt"),
          date: gtfsDateToIso(need(r, "date", "calendar_dates.txt")),
          exceptionType: Number(need(r, "exception_type", "calendar_dates.txt")),
        })),
      );
    await bulkInsert(
      tx,
      "transport_trip",
      [
        ["id", "text"],
        ["route_id", "text"],
        ["service_id", "text"],
        ["headsign", "text"],
        ["direction_id", "smallint"],
        ["shape_id", "text"],
      ],
      trips.map((r) => ({
        id: need(r, "trip_id", "trips.txt"),
        route_id: need(r, "route_id", "trips.txt"),
        service_id: need(r, "service_id", "trips.txt"),
        headsign: r.trip_headsign || null,
        direction_id: Number(r.direction_id || 0),
        shape_id: r.shape_id || null,
      })),
    );
    await bulkInsert(
      tx,
      "transport_stop_time",
      [
        ["trip_id", "text"],
        ["stop_sequence", "integer"],
        ["stop_id", "text"],
        ["arrival_sec", "integer"],
        ["departure_sec", "integer"],
        ["shape_dist_m", "double precision"],
      ],
      stopTimeRows,
    );
    if (shapes.length)
      await bulkInsert(
        tx,
        "transport_shape_point",
        [
          ["shape_id", "text"],
          ["sequence", "integer"],
          ["lat", "double precision"],
          ["lon", "double precision"],
          ["dist_m", "double precision"],
        ],
        shapes.map((r) => ({
          shape_id: need(r, "shape_id", "shapes.txt"),
          sequence: Number(need(r, "shape_pt_sequence", "shapes.txt")),
          lat: Number(need(r, "shape_pt_lat", "shapes.txt")),
          lon: Number(need(r, "shape_pt_lon", "shapes.txt")),
          dist_m: r.shape_dist_traveled ? Number(r.shape_dist_traveled) : null,
        })),
      );
    if (fares.length) {
      await tx.insert(transportFare).values(
        fares.map((r) => ({
          id: need(r, "fare_id", "fare_attributes.txt"),
          priceFen: Math.round(Number(need(r, "price", "fare_attributes.txt")) * 100),
          currency: need(r, "currency_type", "fare_attributes.txt"),
          paymentMethod: Number(r.payment_method || 0),
          transfers: r.transfers === "" || r.transfers === undefined ? null : Number(r.transfers),
          agencyId: r.agency_id || null,
        })),
      );
      if (fareRules.length)
        await bulkInsert(
          tx,
          "transport_fare_rule",
          [
            ["fare_id", "text"],
            ["route_id", "text"],
            ["origin_id", "text"],
            ["destination_id", "text"],
          ],
          fareRules.map((r) => ({
            fare_id: need(r, "fare_id", "fare_rules.txt"),
            route_id: r.route_id || null,
            origin_id: r.origin_id || null,
            destination_id: r.destination_id || null,
          })),
        );
    }
    const starts = calendars.map((c) => c.start_date!).sort();
    const ends = calendars.map((c) => c.end_date!).sort();
    const feed = {
      id: FEED_ROW_ID,
      version: feedInfo?.feed_version || "unversioned",
      publisherName: feedInfo?.feed_publisher_name || agencies[0]!.agency_name!,
      startDate: gtfsDateToIso(feedInfo?.feed_start_date || starts[0] || "20260101"),
      endDate: gtfsDateToIso(feedInfo?.feed_end_date || ends[ends.length - 1] || "20271231"),
      importedAt: new Date(),
    };
    await tx
      .insert(transportFeed)
      .values(feed)
      .onConflictDoUpdate({
        target: transportFeed.id,
        set: {
          version: feed.version,
          publisherName: feed.publisherName,
          startDate: feed.startDate,
          endDate: feed.endDate,
          importedAt: feed.importedAt,
        },
      });
    return {
      agencies: agencies.length,
      stops: stopRows.length,
      routes: routes.length,
      trips: trips.length,
      stopTimes: stopTimeRows.length,
      shapePoints: shapes.length,
      fares: fares.length,
      fareRules: fareRules.length,
    };
  });
}

// ——— export ———

/** The feed as GTFS text files, from the tables. */
export async function buildGtfsTexts(db: DB): Promise<Record<string, string>> {
  const [feed] = await db.select().from(transportFeed).where(eq(transportFeed.id, FEED_ROW_ID));
  if (!feed) throw new AppError("NOT_FOUND", "尚未导入公交地铁数据");
  const agencies = await db.select().from(transportAgency).orderBy(asc(transportAgency.id));
  const stops = await db.select().from(transportStop).orderBy(asc(transportStop.id));
  const routes = await db.select().from(transportRoute).orderBy(asc(transportRoute.sortOrder));
  const trips = await db.select().from(transportTrip).orderBy(asc(transportTrip.id));
  const stopTimes = await db.select().from(transportStopTime).orderBy(asc(transportStopTime.tripId), asc(transportStopTime.stopSequence));
  const calendars = await db.select().from(transportCalendar).orderBy(asc(transportCalendar.serviceId));
  const calendarDates = await db
    .select()
    .from(transportCalendarDate)
    .orderBy(asc(transportCalendarDate.serviceId), asc(transportCalendarDate.date));
  const shapes = await db.select().from(transportShapePoint).orderBy(asc(transportShapePoint.shapeId), asc(transportShapePoint.sequence));
  const fares = await db.select().from(transportFare).orderBy(asc(transportFare.priceFen), asc(transportFare.id));
  const fareRules = await db.select().from(transportFareRule).orderBy(asc(transportFareRule.id));
  const yesNo = (b: boolean) => (b ? 1 : 0);

  const files: Record<string, string> = {
    "agency.txt": toCsv(
      ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
      agencies.map((a) => [a.id, a.name, a.url, a.timezone, a.lang]),
    ),
    "stops.txt": toCsv(
      ["stop_id", "stop_name", "stop_desc", "stop_lat", "stop_lon", "zone_id", "wheelchair_boarding"],
      stops.map((s) => [s.id, s.name, s.district, s.lat.toFixed(6), s.lon.toFixed(6), s.zoneId, s.wheelchairBoarding]),
    ),
    "routes.txt": toCsv(
      ["route_id", "agency_id", "route_short_name", "route_long_name", "route_desc", "route_type", "route_color", "route_text_color"],
      routes.map((r) => [r.id, r.agencyId, r.shortName, r.longName, r.description, r.routeType, r.color, r.textColor]),
    ),
    "trips.txt": toCsv(
      ["route_id", "service_id", "trip_id", "trip_headsign", "direction_id", "shape_id"],
      trips.map((t) => [t.routeId, t.serviceId, t.id, t.headsign, t.directionId, t.shapeId]),
    ),
    "stop_times.txt": toCsv(
      ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "shape_dist_traveled"],
      stopTimes.map((s) => [
        s.tripId,
        formatGtfsTime(s.arrivalSec),
        formatGtfsTime(s.departureSec),
        s.stopId,
        s.stopSequence,
        s.shapeDistM === null ? null : s.shapeDistM.toFixed(1),
      ]),
    ),
    "feed_info.txt": toCsv(
      ["feed_publisher_name", "feed_publisher_url", "feed_lang", "feed_start_date", "feed_end_date", "feed_version"],
      [
        [
          feed.publisherName,
          agencies[0]?.url ?? "",
          agencies[0]?.lang ?? "zh",
          isoToGtfsDate(feed.startDate),
          isoToGtfsDate(feed.endDate),
          feed.version,
        ],
      ],
    ),
  };
  if (calendars.length)
    files["calendar.txt"] = toCsv(
      ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
      calendars.map((c) => [
        c.serviceId,
        yesNo(c.monday),
        yesNo(c.tuesday),
        yesNo(c.wednesday),
        yesNo(c.thursday),
        yesNo(c.friday),
        yesNo(c.saturday),
        yesNo(c.sunday),
        isoToGtfsDate(c.startDate),
        isoToGtfsDate(c.endDate),
      ]),
    );
  if (calendarDates.length)
    files["calendar_dates.txt"] = toCsv(
      ["service_id", "date", "exception_type"],
      calendarDates.map((c) => [c.serviceId, isoToGtfsDate(c.date), c.exceptionType]),
    );
  if (shapes.length)
    files["shapes.txt"] = toCsv(
      ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"],
      shapes.map((p) => [p.shapeId, p.lat.toFixed(6), p.lon.toFixed(6), p.sequence, p.distM === null ? null : p.distM.toFixed(1)]),
    );
  if (fares.length) {
    files["fare_attributes.txt"] = toCsv(
      ["fare_id", "price", "currency_type", "payment_method", "transfers", "agency_id"],
      fares.map((f) => [f.id, (f.priceFen / 100).toFixed(2), f.currency, f.paymentMethod, f.transfers, f.agencyId]),
    );
    files["fare_rules.txt"] = toCsv(
      ["fare_id", "route_id", "origin_id", "destination_id"],
      fareRules.map((r) => [r.fareId, r.routeId, r.originId, r.destinationId]),
    );
  }
  return files;
}

/** gtfs.zip bytes for /api/open/v1/gtfs.zip (files at the archive root, as the spec requires). */
export async function buildGtfsZip(db: DB): Promise<{ bytes: Uint8Array; version: string }> {
  const files = await buildGtfsTexts(db);
  const [feed] = await db.select({ version: transportFeed.version }).from(transportFeed).where(eq(transportFeed.id, FEED_ROW_ID));
  // A fixed timestamp keeps the archive byte-identical for the same data (cache-friendly ETags).
  const mtime = new Date("2026-01-01T00:00:00Z");
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), { level: 6 });
  return { bytes: zipped, version: feed?.version ?? "unversioned" };
}
