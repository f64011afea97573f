import { pinyin } from "pinyin-pro";
import { haversineMeters } from "@/server/lib/geo";
import { metroBaseFareFen, networkDistanceM, type MetroNetwork } from "@/server/modules/transport/fares";
import { AGENCIES, BUS_LINES, FEED_INFO, METRO_LINES, type SourceLine, type SourceStop } from "./source";

/**
 * Builds the GTFS text files (https://gtfs.org/documentation/schedule/reference/) from source.ts.
 * Deterministic: the same source gives byte-identical files. `scripts/generate-gtfs.ts` writes them.
 */

export const GTFS_FILES = [
  "agency.txt",
  "stops.txt",
  "routes.txt",
  "trips.txt",
  "stop_times.txt",
  "calendar.txt",
  "shapes.txt",
  "fare_attributes.txt",
  "fare_rules.txt",
  "feed_info.txt",
] as const;
export type GtfsFileName = (typeof GTFS_FILES)[number];

export const SERVICE_ID = "daily";
export const BUS_FARE_FEN = 200; // sample flat bus fare

function csvField(v: string | number): string {
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function slug(name: string): string {
  return pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function metroStopId(name: string): string {
  return `metro-${slug(name)}`;
}
export function busStopId(name: string): string {
  return `bus-${slug(name)}`;
}

function stopIdOf(line: SourceLine, stop: SourceStop): string {
  return line.routeType === 1 ? metroStopId(stop.name) : busStopId(stop.name);
}

function hms(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

const PEAKS: [number, number][] = [
  [7 * 60, 9 * 60],
  [17 * 60, 19 * 60],
];

/** Departure minutes from a terminal: peak headways inside the peaks, off-peak outside. */
export function departures(line: SourceLine): number[] {
  const out: number[] = [];
  const last = minutes(line.lastDeparture);
  for (let t = minutes(line.firstDeparture); t <= last;) {
    out.push(t);
    const inPeak = PEAKS.some(([a, b]) => t >= a && t < b);
    t += inPeak ? line.headways.peak : line.headways.offPeak;
  }
  // The published last departure runs even when the headways do not land on it.
  if (out[out.length - 1]! < last) out.push(last);
  return out;
}

/** Cumulative distance (m) of each stop along the line in one direction, scaled to the published length. */
export function cumulativeDistances(stops: SourceStop[], lengthKm?: number): number[] {
  const raw = [0];
  for (let i = 1; i < stops.length; i++)
    raw.push(raw[i - 1]! + haversineMeters(stops[i - 1]!.lat, stops[i - 1]!.lon, stops[i]!.lat, stops[i]!.lon));
  const scale = lengthKm ? (lengthKm * 1000) / raw[raw.length - 1]! : 1;
  return raw.map((d) => Math.round(d * scale * 10) / 10);
}

function directionStops(line: SourceLine, direction: 0 | 1): SourceStop[] {
  return direction === 0 ? line.stops : [...line.stops].reverse();
}

/** Offsets (s) of arrival and departure at each stop from the trip's first departure. */
export function runningTimes(line: SourceLine, dists: number[]): { arrive: number; depart: number }[] {
  const out = [{ arrive: 0, depart: 0 }];
  for (let i = 1; i < dists.length; i++) {
    const run = Math.round((dists[i]! - dists[i - 1]!) / line.speed);
    const arrive = out[i - 1]!.depart + run;
    const last = i === dists.length - 1;
    out.push({ arrive, depart: last ? arrive : arrive + line.dwell });
  }
  return out;
}

export function metroNetworkFromSource(): MetroNetwork {
  return {
    lines: METRO_LINES.map((line) => {
      const d = cumulativeDistances(line.stops, line.lengthKm);
      return { routeId: line.routeId, stations: line.stops.map((st, i) => ({ stopId: metroStopId(st.name), distM: d[i]! })) };
    }),
  };
}

const fareId = (fen: number) => `metro_${fen}`;

/** All GTFS files of the feed, as text (CRLF line ends, UTF-8, no BOM). */
export function buildGtfsFiles(): Record<GtfsFileName, string> {
  const lines = [...METRO_LINES, ...BUS_LINES];

  const stops = new Map<string, { stop: SourceStop; zone: string }>();
  for (const line of lines)
    for (const st of line.stops) {
      const id = stopIdOf(line, st);
      const seen = stops.get(id);
      if (seen && (seen.stop.lat !== st.lat || seen.stop.lon !== st.lon))
        throw new Error(`stop ${id} (${st.name}) is defined twice with different coordinates`);
      if (!seen) stops.set(id, { stop: st, zone: line.routeType === 1 ? `z-${id}` : "" });
    }

  const trips: (string | number)[][] = [];
  const stopTimes: (string | number)[][] = [];
  const shapes: (string | number)[][] = [];
  for (const line of lines) {
    for (const direction of [0, 1] as const) {
      const dirStops = directionStops(line, direction);
      const dists = cumulativeDistances(dirStops, line.lengthKm);
      const shapeId = `${line.routeId}-${direction}`;
      dirStops.forEach((st, i) => shapes.push([shapeId, st.lat.toFixed(6), st.lon.toFixed(6), i + 1, dists[i]!.toFixed(1)]));
      const times = runningTimes(line, dists);
      const headsign = dirStops[dirStops.length - 1]!.name;
      for (const dep of departures(line)) {
        const tripId = `${line.routeId}-${direction}-${String(Math.floor(dep / 60)).padStart(2, "0")}${String(dep % 60).padStart(2, "0")}`;
        trips.push([line.routeId, SERVICE_ID, tripId, headsign, direction, shapeId]);
        dirStops.forEach((st, i) => {
          const t = times[i]!;
          stopTimes.push([tripId, hms(dep * 60 + t.arrive), hms(dep * 60 + t.depart), stopIdOf(line, st), i + 1, dists[i]!.toFixed(1)]);
        });
      }
    }
  }

  // Fares v1: metro by origin/destination zone (each station is a zone), priced by track distance
  // over the network (changes of line included); buses a flat sample fare per route.
  const network = metroNetworkFromSource();
  const metroIds = [...stops.keys()].filter((id) => id.startsWith("metro-"));
  const fareRules: (string | number)[][] = [];
  const fares = new Set<number>();
  for (const a of metroIds)
    for (const b of metroIds) {
      const d = networkDistanceM(network, a, b);
      if (d === null) throw new Error(`no metro path ${a} → ${b}`);
      const fen = metroBaseFareFen(d);
      fares.add(fen);
      fareRules.push([fareId(fen), "", `z-${a}`, `z-${b}`]);
    }
  for (const line of BUS_LINES) fareRules.push(["bus_flat", line.routeId, "", ""]);
  const fareAttributes = [...fares].sort((x, y) => x - y).map((fen) => [fareId(fen), (fen / 100).toFixed(2), "CNY", 1, "", "ntmetro"]);
  fareAttributes.push(["bus_flat", (BUS_FARE_FEN / 100).toFixed(2), "CNY", 0, 0, "ntbus"]);

  return {
    "agency.txt": csv(
      ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
      AGENCIES.map((a) => [a.id, a.name, a.url, "Asia/Shanghai", "zh"]),
    ),
    "stops.txt": csv(
      ["stop_id", "stop_name", "stop_desc", "stop_lat", "stop_lon", "zone_id", "wheelchair_boarding"],
      [...stops.entries()].map(([id, { stop, zone }]) => [
        id,
        stop.name,
        stop.district,
        stop.lat.toFixed(6),
        stop.lon.toFixed(6),
        zone,
        id.startsWith("metro-") ? 1 : 0,
      ]),
    ),
    "routes.txt": csv(
      ["route_id", "agency_id", "route_short_name", "route_long_name", "route_desc", "route_type", "route_color", "route_text_color"],
      lines.map((l) => [l.routeId, l.agencyId, l.shortName, l.longName, l.desc, l.routeType, l.color, l.textColor]),
    ),
    "trips.txt": csv(["route_id", "service_id", "trip_id", "trip_headsign", "direction_id", "shape_id"], trips),
    "stop_times.txt": csv(["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "shape_dist_traveled"], stopTimes),
    "calendar.txt": csv(
      ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
      [[SERVICE_ID, 1, 1, 1, 1, 1, 1, 1, FEED_INFO.startDate, FEED_INFO.endDate]],
    ),
    "shapes.txt": csv(["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"], shapes),
    "fare_attributes.txt": csv(["fare_id", "price", "currency_type", "payment_method", "transfers", "agency_id"], fareAttributes),
    "fare_rules.txt": csv(["fare_id", "route_id", "origin_id", "destination_id"], fareRules),
    "feed_info.txt": csv(
      ["feed_publisher_name", "feed_publisher_url", "feed_lang", "feed_start_date", "feed_end_date", "feed_version"],
      [[FEED_INFO.publisherName, FEED_INFO.publisherUrl, FEED_INFO.lang, FEED_INFO.startDate, FEED_INFO.endDate, FEED_INFO.version]],
    ),
  };
}
