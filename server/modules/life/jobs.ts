import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { bookingSlot } from "@/drizzle/schema";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { healthConfig } from "@/server/modules/health/service";
import { generateLifeSlots } from "./slots";
import { addDays, atShanghai, shanghaiDate } from "./time";

/** The cluster-wide lock name of the daily release. */
export const RELEASE_JOB = "life:slot-release";

const ZJobEnv = z.object({
  LIFE_RELEASE_JOB: z.enum(["on", "off"]).default("on"),
  LIFE_RELEASE_LEAD_MINUTES: z.coerce.number().int().min(1).max(360).default(30),
});

export type ReleaseJobConfig = { enabled: boolean; releaseTime: string; leadMinutes: number };

/** LIFE_RELEASE_JOB (on|off), LIFE_RELEASE_LEAD_MINUTES and HEALTH_RELEASE_TIME (see README); a bad value stops the server. */
export function releaseJobConfig(env: Record<string, string | undefined> = process.env): ReleaseJobConfig {
  const r = ZJobEnv.safeParse({
    LIFE_RELEASE_JOB: env.LIFE_RELEASE_JOB || undefined,
    LIFE_RELEASE_LEAD_MINUTES: env.LIFE_RELEASE_LEAD_MINUTES || undefined,
  });
  if (!r.success) throw new Error(`号源放号任务配置有误：${r.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("；")}`);
  return {
    enabled: r.data.LIFE_RELEASE_JOB === "on",
    releaseTime: healthConfig(env).releaseTime,
    leadMinutes: r.data.LIFE_RELEASE_LEAD_MINUTES,
  };
}

/**
 * When the job runs next, strictly after `now` (China time, every day):
 * - 00:00:30 — scenic-spot ticket days: day + TOURISM_BOOKING_DAYS opens at 00:00, so it is created then;
 * - release time − lead (06:30) — hospital slots of day + 7 are created, shown as "07:00 开放";
 * - release time + 5 s (07:00:05) — a last pass (idempotent) that logs how many slots opened at 07:00.
 */
export function nextRun(now: Date, cfg: Pick<ReleaseJobConfig, "releaseTime" | "leadMinutes">): Date {
  const today = shanghaiDate(now);
  const candidates = [today, addDays(today, 1)].flatMap((d) => {
    const release = atShanghai(d, cfg.releaseTime).getTime();
    return [atShanghai(d, "00:00").getTime() + 30_000, release - cfg.leadMinutes * 60_000, release + 5_000];
  });
  return new Date(Math.min(...candidates.filter((t) => t > now.getTime())));
}

/**
 * One pass: creates the coming days' hospital slots and ticket days (idempotent: existing slots and their
 * bookings are untouched) and counts the hospital slots that open at today's release time.
 */
export async function releaseSlots(db: DB, now = new Date(), cfg = releaseJobConfig()) {
  const created = await generateLifeSlots(db, now);
  const at = atShanghai(shanghaiDate(now), cfg.releaseTime);
  const [row] = await db
    .select({ n: count() })
    .from(bookingSlot)
    .where(and(eq(bookingSlot.opensAt, at)));
  return { ...created, releaseAt: at, openingAtRelease: row?.n ?? 0 };
}

/**
 * Starts the daily release on this instance: a timer for each run (nextRun), each run under
 * runOncePerCluster, so with several instances one of them does the work and the others skip it. A run
 * that fails is logged and retried at the next time. Returns a stop function.
 */
export function startLifeJobs(db: DB, env: Record<string, string | undefined> = process.env): () => Promise<void> {
  const cfg = releaseJobConfig(env);
  if (!cfg.enabled) return async () => {};
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const run = async () => {
    try {
      const r = await runOncePerCluster(RELEASE_JOB, () => releaseSlots(db, new Date(), cfg));
      if (r.ran) logger.info({ job: RELEASE_JOB, ...r.value }, "life slot release");
    } catch (e) {
      logger.error({ err: e, job: RELEASE_JOB }, "life slot release failed; retrying at the next run");
    }
  };
  const schedule = () => {
    if (stopped) return;
    const at = nextRun(new Date(), cfg);
    // setTimeout caps at 2^31 ms; runs are at most a day apart.
    timer = setTimeout(
      () => {
        running = run().finally(schedule);
      },
      Math.max(0, at.getTime() - Date.now()),
    );
  };
  // At start too: a server that was down at 06:30 still has day + 7 before anyone asks.
  running = run().finally(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running.catch(() => {});
  };
}
