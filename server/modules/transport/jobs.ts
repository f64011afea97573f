import type { DB } from "@/server/db";
import { startLeaderLoop } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { realtimeConfig, startTransitRealtime } from "./realtime/service";
import { simulateBikeTick, simulateParkingTick } from "./service";

const off = (v: string | undefined) => ["off", "0", "false", "no"].includes((v ?? "").toLowerCase());

/**
 * Background work of 智慧交通, each once per cluster: the GTFS-realtime tick (simulator or ingest;
 * TRANSIT_REALTIME=off), and the parking and bike simulators every 5 minutes (PARKING_SIMULATOR=off,
 * BIKE_SIMULATOR=off — parking lots with a fresh feed reading are never overwritten). Called once
 * at server start (server/jobs.ts, from scripts/serve.ts); returns a stop function.
 */
export function startTransportJobs(db: DB, env: Record<string, string | undefined> = process.env): () => Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  const realtime = startTransitRealtime(db, realtimeConfig(env));
  stops.push(realtime.stop);
  const onError = (what: string) => (e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, `${what} failed`);
  if (!off(env.PARKING_SIMULATOR))
    stops.push(
      startLeaderLoop("transport:parking-simulator", 300_000, () => simulateParkingTick(db), { onError: onError("parking simulator") })
        .stop,
    );
  if (!off(env.BIKE_SIMULATOR))
    stops.push(
      startLeaderLoop("transport:bike-simulator", 300_000, () => simulateBikeTick(db), { onError: onError("bike simulator") }).stop,
    );
  return async () => {
    for (const s of stops) await s();
  };
}
