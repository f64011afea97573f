import { chinaDate, serviceDayStart, serviceRuns, type Schedule, type ScheduleTrip, type ShapePoint } from "./schedule";

/**
 * A deterministic vehicle simulator: given the timetable, an instant and a seed, where every vehicle
 * in service is and how late it runs. The same (seed, instant) always gives the same answer, so any
 * instance can recompute a tick, tests can pin one, and nothing random leaks between trips.
 *
 * Delay model (per trip and service day, from a PRNG seeded by seed + trip + date):
 *  - metro: starts 0–30 s late and gains 0–3 s per stop;
 *  - buses: start between 30 s early and 2 min late and gain 0–25 s per stop, 1.8× in the peaks
 *    (07:00–09:00, 17:00–19:00); one bus trip in twenty meets an incident that adds 2–8 min from a
 *    random stop on. Delays never shrink along a trip, so the running order is kept.
 * Predictions for the stops ahead extrapolate the current delay with the trip's usual gain (the
 * simulator does not let predictions know about incidents that have not happened yet).
 */

export type VehicleStatus = "INCOMING_AT" | "STOPPED_AT" | "IN_TRANSIT_TO";

export type StopPrediction = { seq: number; stopId: string; arrival: number; departure: number; delay: number };

export type SimVehicle = {
  vehicleId: string;
  label: string;
  tripId: string;
  routeId: string;
  directionId: number;
  /** YYYYMMDD and HH:MM:SS of the scheduled first departure (GTFS-rt TripDescriptor) */
  startDate: string;
  startTime: string;
  lat: number;
  lon: number;
  bearing: number;
  /** m/s, 0 when stopped */
  speed: number;
  /** the stop it is at, or heading to */
  stopSeq: number;
  stopId: string;
  status: VehicleStatus;
  /** seconds late at the current/next stop (negative = early) */
  delay: number;
  /** unix seconds */
  timestamp: number;
  predictions: StopPrediction[];
};

/** mulberry32: small, fast, good enough for a simulation. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn (seed, trip, date) into a PRNG seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const isPeak = (secOfDay: number) => (secOfDay >= 7 * 3600 && secOfDay < 9 * 3600) || (secOfDay >= 17 * 3600 && secOfDay < 19 * 3600);

type DelayPlan = { delays: number[]; gain: number };

/** Delay (s) at each stop of one trip on one service day. */
export function delayPlan(trip: ScheduleTrip, date: string, seed: number): DelayPlan {
  const rand = prng(hashString(`${seed}|${trip.id}|${date}`));
  const n = trip.stops.length;
  const delays = new Array<number>(n);
  if (trip.routeType === 1) {
    const start = Math.round(rand() * 30);
    const gain = rand() * 3;
    for (let i = 0; i < n; i++) delays[i] = Math.round(start + gain * i);
    return { delays, gain };
  }
  const start = Math.round(-30 + rand() * 150);
  const gain = rand() * 25 * (isPeak(trip.stops[0]!.dep) ? 1.8 : 1);
  const incidentAt = rand() < 0.05 ? 1 + Math.floor(rand() * Math.max(1, n - 1)) : n;
  const incident = Math.round(120 + rand() * 360);
  let prev = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.round(start + gain * i + (i >= incidentAt ? incident : 0));
    delays[i] = Math.max(d, prev);
    prev = delays[i]!;
  }
  return { delays, gain };
}

function pointAt(shape: ShapePoint[] | undefined, dist: number, fallback: { lat: number; lon: number }) {
  if (!shape || shape.length === 0) return { ...fallback, bearing: 0 };
  let i = 1;
  while (i < shape.length - 1 && shape[i]!.dist < dist) i++;
  const a = shape[i - 1]!;
  const b = shape[i] ?? a;
  const span = b.dist - a.dist;
  const f = span > 0 ? Math.min(1, Math.max(0, (dist - a.dist) / span)) : 0;
  const lat = a.lat + (b.lat - a.lat) * f;
  const lon = a.lon + (b.lon - a.lon) * f;
  const y = Math.sin(((b.lon - a.lon) * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180);
  const x =
    Math.cos((a.lat * Math.PI) / 180) * Math.sin((b.lat * Math.PI) / 180) -
    Math.sin((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.cos(((b.lon - a.lon) * Math.PI) / 180);
  const bearing = (((Math.atan2(y, x) * 180) / Math.PI + 360) % 360) | 0;
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6, bearing };
}

const hms = (s: number) =>
  `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;

/** Seconds a vehicle waits at its first stop before departure, shown as STOPPED_AT. */
export const LAYOVER_SEC = 120;

/** Every vehicle in service at `now`, ordered by trip id. */
export function simulate(
  schedule: Schedule,
  now: Date,
  seed: number,
  stopCoords?: Map<string, { lat: number; lon: number }>,
): SimVehicle[] {
  const nowSec = Math.floor(now.getTime() / 1000);
  const out: SimVehicle[] = [];
  // Trips of today's service day, and of yesterday's for those that run past midnight.
  for (const dayOffset of [-1, 0]) {
    const date = chinaDate(now, dayOffset);
    const base = Math.floor(serviceDayStart(date).getTime() / 1000);
    for (const trip of schedule.trips) {
      const n = trip.stops.length;
      if (n < 2) continue;
      const first = trip.stops[0]!;
      const last = trip.stops[n - 1]!;
      // Cheap window test before the PRNG: the largest possible delay is well under an hour.
      if (nowSec < base + first.dep - LAYOVER_SEC || nowSec > base + last.arr + 3600) continue;
      if (!serviceRuns(schedule.calendar, trip.serviceId, date)) continue;
      const { delays, gain } = delayPlan(trip, date, seed);
      const arrAt = (i: number) => base + trip.stops[i]!.arr + delays[i]!;
      const depAt = (i: number) => base + trip.stops[i]!.dep + Math.max(0, delays[i]!);
      if (nowSec < depAt(0) - LAYOVER_SEC || nowSec >= arrAt(n - 1)) continue;

      let status: VehicleStatus;
      let at: number; // index of the stop it is at or heading to
      let dist: number;
      let speed = 0;
      if (nowSec < depAt(0)) {
        status = "STOPPED_AT";
        at = 0;
        dist = first.dist;
      } else {
        let i = 0;
        while (i < n - 1 && depAt(i + 1) <= nowSec) i++;
        // Between departing stop i and leaving stop i + 1.
        if (nowSec >= arrAt(i + 1)) {
          status = "STOPPED_AT";
          at = i + 1;
          dist = trip.stops[i + 1]!.dist;
        } else {
          const a = trip.stops[i]!;
          const b = trip.stops[i + 1]!;
          const run = arrAt(i + 1) - depAt(i);
          const f = run > 0 ? (nowSec - depAt(i)) / run : 1;
          dist = a.dist + (b.dist - a.dist) * f;
          speed = run > 0 ? Math.round(((b.dist - a.dist) / run) * 10) / 10 : 0;
          at = i + 1;
          status = arrAt(i + 1) - nowSec <= 30 ? "INCOMING_AT" : "IN_TRANSIT_TO";
        }
      }
      const stop = trip.stops[at]!;
      const fallback = stopCoords?.get(stop.stopId) ?? { lat: 0, lon: 0 };
      const pos = pointAt(trip.shapeId ? schedule.shapes.get(trip.shapeId) : undefined, dist, fallback);
      const currentDelay = delays[at]!;
      const predictions: StopPrediction[] = [];
      for (let j = at; j < n; j++) {
        const d = Math.round(currentDelay + gain * (j - at));
        const s = trip.stops[j]!;
        predictions.push({ seq: s.seq, stopId: s.stopId, arrival: base + s.arr + d, departure: base + s.dep + Math.max(0, d), delay: d });
      }
      out.push({
        vehicleId: `v-${trip.id}`,
        label: `${trip.routeId} ${hms(first.dep).slice(0, 5)}`,
        tripId: trip.id,
        routeId: trip.routeId,
        directionId: trip.directionId,
        startDate: date.replaceAll("-", ""),
        startTime: hms(first.dep),
        lat: pos.lat,
        lon: pos.lon,
        bearing: pos.bearing,
        speed,
        stopSeq: stop.seq,
        stopId: stop.stopId,
        status,
        delay: currentDelay,
        timestamp: nowSec,
        predictions,
      });
    }
  }
  return out.sort((a, b) => (a.tripId < b.tripId ? -1 : a.tripId > b.tripId ? 1 : a.startDate.localeCompare(b.startDate)));
}
