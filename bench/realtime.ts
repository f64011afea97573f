// GTFS-realtime build time: one simulator tick (simulate every vehicle in service, encode TripUpdates
// and VehiclePositions with gtfs-realtime-bindings) with ~300 vehicles in service, and what a
// follower instance does with a published tick (decode both feeds and index the predictions).
// The timetable is the repository's GTFS feed with each bus trip repeated at +2, +4 … minutes so
// that about 300 vehicles run at 08:05 on a weekday. No database: this is the in-memory tick.
// Then, with BENCH_URL (a running `npm start`, e.g. http://127.0.0.1:3000), requests/s of the two
// feed endpoints as a ratio to a static file of the same server, measured with wrk in one run
// (goal ≥ 0.5): the feeds are built once per tick and served from memory, never per request.
// Run: npx tsx bench/realtime.ts   ·   BENCH_URL=http://127.0.0.1:3000 npx tsx bench/realtime.ts
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildGtfsFiles } from "@/drizzle/seed/gtfs/build";
import { parseCsv } from "@/server/modules/transport/gtfs";
import {
  decodeFeed,
  encodeTripUpdates,
  encodeVehiclePositions,
  indexTripUpdates,
  vehiclesFromFeed,
} from "@/server/modules/transport/realtime/feed";
import { buildSchedule, scheduleFromGtfsTexts } from "@/server/modules/transport/realtime/schedule";
import { simulate } from "@/server/modules/transport/realtime/simulator";

const TARGET = Number(process.env.BENCH_VEHICLES ?? 300);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const at = new Date("2026-12-02T08:05:00+08:00");

const base = scheduleFromGtfsTexts(buildGtfsFiles(), parseCsv);
const baseVehicles = simulate(base, at, 1);
const metroCount = baseVehicles.filter((v) => v.routeId.startsWith("M")).length;
const copies = Math.max(1, Math.round((TARGET - metroCount) / (baseVehicles.length - metroCount)));
const trips = base.trips.flatMap((t) =>
  Array.from({ length: t.routeType === 3 ? copies : 1 }, (_, k) =>
    k === 0 ? t : { ...t, id: `${t.id}-x${k}`, stops: t.stops.map((s) => ({ ...s, arr: s.arr + 120 * k, dep: s.dep + 120 * k })) },
  ),
);
const schedule = buildSchedule(base.version, trips, base.shapes, base.calendar);

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const build: number[] = [];
const follow: number[] = [];
let vehicles = 0;
let bytes = 0;
for (let i = 0; i < ITERATIONS + 5; i++) {
  const now = new Date(at.getTime() + i * 15_000);
  const t0 = performance.now();
  const v = simulate(schedule, now, 1);
  const ts = Math.floor(now.getTime() / 1000);
  const tu = encodeTripUpdates(v, ts);
  const vp = encodeVehiclePositions(v, ts);
  const t1 = performance.now();
  const predictions = indexTripUpdates(decodeFeed(tu));
  const live = vehiclesFromFeed(decodeFeed(vp));
  const t2 = performance.now();
  if (predictions.size !== v.length || live.length !== v.length) throw new Error("feed lost vehicles");
  if (i >= 5) {
    build.push(t1 - t0);
    follow.push(t2 - t1);
    vehicles = v.length;
    bytes = tu.length + vp.length;
  }
}
const [l1, l5] = loadavg();
console.log(
  `vehicles in service: ${vehicles} (timetable: ${schedule.trips.length} trips), feeds ${(bytes / 1024).toFixed(0)} KiB per tick`,
);
console.log(
  `leader tick (simulate + encode both feeds): p50 ${percentile(build, 50).toFixed(1)} ms, p95 ${percentile(build, 95).toFixed(1)} ms over ${ITERATIONS} ticks`,
);
console.log(
  `follower (decode both feeds + index predictions): p50 ${percentile(follow, 50).toFixed(1)} ms, p95 ${percentile(follow, 95).toFixed(1)} ms`,
);
console.log(`load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} (1 / 5 min), ${process.version}`);

const benchUrl = process.env.BENCH_URL;
if (benchUrl) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const rps = (path: string) => {
    const r = spawnSync("wrk", ["-t2", "-c32", `-d${seconds}s`, `${benchUrl}${path}`], { encoding: "utf8" });
    if (r.error || r.status !== 0) throw new Error(`wrk failed for ${path}: ${r.error?.message ?? r.stderr}`);
    if (/Non-2xx/.test(r.stdout)) throw new Error(`${path} answered non-2xx responses:\n${r.stdout}`);
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1] ?? NaN);
  };
  for (const p of ["/icon.svg", "/api/open/v1/gtfs-rt/vehicle-positions"]) spawnSync("curl", ["-s", "-o", "/dev/null", `${benchUrl}${p}`]);
  const staticRps = rps("/icon.svg");
  const rows = ["/api/open/v1/gtfs-rt/trip-updates", "/api/open/v1/gtfs-rt/vehicle-positions"].map((p) => ({ p, r: rps(p) }));
  console.log(`\nwrk -t2 -c32 -d${seconds}s against ${benchUrl}`);
  console.log(`/icon.svg (static)                        ${staticRps.toFixed(0)} req/s`);
  for (const { p, r } of rows) console.log(`${p.padEnd(42)}${r.toFixed(0)} req/s  ratio ${(r / staticRps).toFixed(2)} (goal ≥ 0.5)`);
  const [a, b] = loadavg();
  console.log(`load average ${a!.toFixed(2)} / ${b!.toFixed(2)} after the HTTP run`);
}
