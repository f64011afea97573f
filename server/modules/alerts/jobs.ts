import type { DatabaseHandle, DB } from "@/server/db";
import { runOncePerCluster, startLeaderLoop } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { drainFanout, pendingJobs, type DrainResult } from "./fanout";

const off = (v: string | undefined) => ["off", "0", "false", "no"].includes((v ?? "").toLowerCase());

/** Seconds between sweeps (ALERTS_FANOUT_SWEEP_SECONDS, 5–3600, default 30). */
export function sweepIntervalMs(env: Record<string, string | undefined> = process.env): number {
  const s = Number(env.ALERTS_FANOUT_SWEEP_SECONDS ?? "30");
  return Number.isFinite(s) && s >= 5 && s <= 3600 ? Math.round(s * 1000) : 30_000;
}

/**
 * One sweep: when a fan-out job is not done (an instance died while draining it, or its kick after the
 * publish never ran), drain it under the same cluster lock as the kick, so a live drain is never
 * doubled; the deliveries' unique key and FOR UPDATE SKIP LOCKED keep every message to one send anyway.
 * Returns what it sent, or null when there was nothing to do or another instance was draining.
 */
export async function sweepFanout(db: DB, opts: { handle?: DatabaseHandle } = {}): Promise<DrainResult | null> {
  if ((await pendingJobs(db)) === 0) return null;
  const r = await runOncePerCluster("alerts-fanout", () => drainFanout(db), { handle: opts.handle });
  if (!r.ran) return null;
  if (r.value.sent > 0) logger.info({ sent: r.value.sent, expanded: r.value.expanded }, "alert fan-out sweeper sent left-over deliveries");
  return r.value;
}

/**
 * The fan-out sweeper, once per cluster (the leader of "alerts:fanout-sweeper" runs it every
 * ALERTS_FANOUT_SWEEP_SECONDS; ALERTS_FANOUT_SWEEP=off starts none). Publishing still kicks the
 * fan-out at once; the sweeper finishes what a dead instance left. Returns a stop function.
 */
export function startAlertsJobs(
  db: DB,
  env: Record<string, string | undefined> = process.env,
  opts: { handle?: DatabaseHandle; intervalMs?: number; retryMs?: number } = {},
): () => Promise<void> {
  if (off(env.ALERTS_FANOUT_SWEEP)) return async () => {};
  return startLeaderLoop("alerts:fanout-sweeper", opts.intervalMs ?? sweepIntervalMs(env), () => sweepFanout(db, { handle: opts.handle }), {
    handle: opts.handle,
    retryMs: opts.retryMs,
    onError: (e) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "alert fan-out sweeper failed"),
  }).stop;
}
