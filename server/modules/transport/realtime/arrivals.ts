import { chinaDate, serviceDayStart, serviceRuns, type Schedule } from "./schedule";
import { predictionKey, type PredictionIndex } from "./feed";

export type Arrival = {
  tripId: string;
  routeId: string;
  headsign: string | null;
  /** scheduled departure from this stop */
  scheduled: Date;
  /** realtime prediction, when the trip is in the realtime feed */
  predicted: Date | null;
  delaySec: number | null;
  /** whole minutes from now until the predicted (else scheduled) time, never negative */
  minutes: number;
  realtime: boolean;
};

/**
 * The next departures from a stop: scheduled trips of today's (and yesterday's, past midnight)
 * service, with the realtime prediction where the feed has one. Trips that end at this stop are
 * left out (nobody boards them); those already gone (more than 30 s ago) too.
 */
export function nextArrivals(
  schedule: Schedule,
  predictions: PredictionIndex,
  stopId: string,
  now: Date,
  opts: { limit?: number; horizonSec?: number } = {},
): Arrival[] {
  const limit = opts.limit ?? 10;
  const horizon = opts.horizonSec ?? 2 * 3600;
  const list = schedule.byStop.get(stopId);
  if (!list) return [];
  const nowMs = now.getTime();
  const out: Arrival[] = [];
  for (const dayOffset of [-1, 0]) {
    const date = chinaDate(now, dayOffset);
    const base = serviceDayStart(date).getTime();
    for (const [ti, si] of list) {
      const trip = schedule.trips[ti]!;
      if (si === trip.stops.length - 1) continue;
      const st = trip.stops[si]!;
      const scheduledMs = base + st.dep * 1000;
      if (scheduledMs < nowMs - 3600_000 || scheduledMs > nowMs + horizon * 1000) continue;
      if (!serviceRuns(schedule.calendar, trip.serviceId, date)) continue;
      const p = predictions.get(predictionKey(trip.id, date.replaceAll("-", "")))?.get(stopId);
      const predictedSec = p ? (p.departure ?? p.arrival) : null;
      const whenMs = predictedSec !== null ? predictedSec * 1000 : scheduledMs;
      if (whenMs < nowMs - 30_000) continue;
      out.push({
        tripId: trip.id,
        routeId: trip.routeId,
        headsign: trip.headsign,
        scheduled: new Date(scheduledMs),
        predicted: predictedSec !== null ? new Date(predictedSec * 1000) : null,
        delaySec: p?.delay ?? null,
        minutes: Math.max(0, Math.floor((whenMs - nowMs) / 60_000)),
        realtime: predictedSec !== null,
      });
    }
  }
  return out.sort((a, b) => (a.predicted ?? a.scheduled).getTime() - (b.predicted ?? b.scheduled).getTime()).slice(0, limit);
}
