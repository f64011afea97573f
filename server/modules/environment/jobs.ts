import type { DB } from "@/server/db";
import { startLeaderLoop } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { simulateAirTick } from "./air";

/**
 * Background work of 智慧环保, once per cluster: the air-quality simulator fills in each hour that has
 * no real reading (AIR_SIMULATOR=off to rely on the ingest feed alone). Returns a stop function.
 */
export function startEnvironmentJobs(db: DB, env: Record<string, string | undefined> = process.env): () => Promise<void> {
  if (["off", "0", "false", "no"].includes((env.AIR_SIMULATOR ?? "").toLowerCase())) return async () => {};
  return startLeaderLoop("environment:air-simulator", 600_000, () => simulateAirTick(db), {
    onError: (e) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "air simulator failed"),
  }).stop;
}
