import { hashString, prng } from "@/server/modules/transport/realtime/simulator";
import type { HourlyConcentrations } from "./aqi";

/**
 * Plausible hourly concentrations for a monitoring station, deterministic in (seed, station, hour):
 * smooth day-to-day weather (value noise over 3-hour knots), traffic peaks for NO2/CO/PM in the
 * morning and evening, O3 peaking mid-afternoon in the warm months, PM higher in winter. Only for
 * the demo; real readings come in through `ingestAirReadings`.
 */

const HOUR = 3_600_000;

/** A smooth random value in [0, 1) that changes over `knotHours`, for a named channel. */
function smooth(seed: number, channel: string, hourIndex: number, knotHours: number): number {
  const k = Math.floor(hourIndex / knotHours);
  const f = (hourIndex % knotHours) / knotHours;
  const at = (i: number) => prng(hashString(`${seed}|${channel}|${i}`))();
  const t = f * f * (3 - 2 * f);
  return at(k) * (1 - t) + at(k + 1) * t;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Concentrations for the hour ending at `hourEnd` (on the hour) at one station. */
export function simulateAirHour(stationCode: string, hourEnd: Date, seed: number, opts: { urban?: number } = {}): HourlyConcentrations {
  const hourIndex = Math.floor(hourEnd.getTime() / HOUR);
  const local = new Date(hourEnd.getTime() + 8 * HOUR);
  const h = local.getUTCHours();
  const month = local.getUTCMonth() + 1;
  const winter = month <= 2 || month === 12 ? 1 : month === 3 || month === 11 ? 0.6 : month >= 6 && month <= 8 ? 0.1 : 0.35;
  const summer = month >= 5 && month <= 9 ? 1 : month === 4 || month === 10 ? 0.6 : 0.25;
  const urban = opts.urban ?? 1;
  // City-wide weather (shared by all stations) plus a small station-specific part.
  const weather = smooth(seed, "weather", hourIndex, 18) * 0.8 + smooth(seed, `w-${stationCode}`, hourIndex, 6) * 0.2;
  const traffic = Math.exp(-((h - 8) ** 2) / 3) + 0.9 * Math.exp(-((h - 18.5) ** 2) / 4);
  const sun = Math.max(0, Math.sin(((h - 7) / 12) * Math.PI));
  const noise = prng(hashString(`${seed}|${stationCode}|${hourIndex}`));

  const pm25 = (16 + 50 * winter) * (0.45 + 1.3 * weather) * (0.85 + 0.25 * traffic) * urban + noise() * 6;
  const pm10 = pm25 * (1.45 + 0.35 * noise()) + 8 * traffic;
  const no2 = (14 + 38 * traffic) * (0.6 + 0.8 * weather) * urban + noise() * 5;
  const co = 0.35 + 0.35 * winter * weather + 0.25 * traffic + noise() * 0.08;
  const so2 = 4 + 5 * winter * weather + noise() * 2;
  const o3 = (25 + 150 * summer * sun) * (0.7 + 0.6 * (1 - weather)) + noise() * 10 - 0.4 * no2 * (1 - sun);
  return {
    so2: round1(Math.max(2, so2)),
    no2: round1(Math.max(3, no2)),
    pm10: round1(Math.max(5, pm10)),
    co: Math.round(Math.max(0.2, co) * 100) / 100,
    o3: round1(Math.max(3, o3)),
    pm25: round1(Math.max(3, pm25)),
  };
}
