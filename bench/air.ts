// AQI computations per second: the HJ 633-2012 real-time AQI (eight IAQIs from the hour's values and
// the moving averages, level, primary pollutants) over plausible simulated station-hours, single thread.
// Run: npx tsx bench/air.ts
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { hourlyAqi, movingAverage, type RealtimeInput } from "@/server/modules/environment/aqi";
import { simulateAirHour } from "@/server/modules/environment/air-simulator";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const stations = ["hongqiao", "hjjyg", "langshan", "chengzhong", "xinghu", "tz-jinsha", "hm-dongzhou"];
const HOUR = 3_600_000;
const start = Date.parse("2026-01-01T00:00:00Z");

// Prepare inputs first (a year of hours per station), so the loop measures the AQI alone.
const inputs: RealtimeInput[] = [];
for (const code of stations) {
  const series = Array.from({ length: 24 * 365 }, (_, h) => simulateAirHour(code, new Date(start + h * HOUR), 1));
  for (let h = 24; h < series.length; h++) {
    const last = series.slice(h - 23, h + 1);
    const cur = series[h]!;
    inputs.push({
      ...cur,
      so2_24h: movingAverage(
        last.map((x) => x.so2),
        24,
      ),
      pm10_24h: movingAverage(
        last.map((x) => x.pm10),
        24,
      ),
      pm25_24h: movingAverage(
        last.map((x) => x.pm25),
        24,
      ),
      o3_8h: movingAverage(
        last.slice(-8).map((x) => x.o3),
        8,
      ),
    });
  }
}

let checksum = 0;
for (let i = 0; i < 20_000; i++) checksum += hourlyAqi(inputs[i % inputs.length]!).aqi ?? 0; // warm-up
const levels = new Map<string, number>();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const r = hourlyAqi(inputs[i % inputs.length]!);
  checksum += r.aqi ?? 0;
  if (i < inputs.length) levels.set(r.level!.category, (levels.get(r.level!.category) ?? 0) + 1);
}
const ms = performance.now() - t0;
const [l1, l5] = loadavg();
console.log(
  `${N.toLocaleString("en")} real-time AQI computations in ${ms.toFixed(0)} ms: ${Math.round((N / ms) * 1000).toLocaleString("en")} per second (checksum ${checksum})`,
);
console.log(`simulated year by level: ${[...levels].map(([k, v]) => `${k} ${((v / inputs.length) * 100).toFixed(1)}%`).join(", ")}`);
console.log(`load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} (1 / 5 min), ${process.version}`);
