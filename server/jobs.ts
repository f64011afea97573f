import { getDatabase } from "@/server/db";
import { logger } from "@/server/lib/logger";
import { startAlertsJobs } from "@/server/modules/alerts/jobs";
import { startEnvironmentJobs } from "@/server/modules/environment/jobs";
import { startTransportJobs } from "@/server/modules/transport/jobs";
import { startHealthReminderJob } from "@/server/modules/health-records/jobs";

const off = (v: string | undefined) => ["off", "0", "false", "no"].includes((v ?? "").toLowerCase());

/**
 * Background jobs of the app instance, started by scripts/serve.ts once Next.js is ready. Each job
 * runs once per cluster (server/lib/cluster-lock.ts: the instance leading its lock runs it, the
 * others stand by), so every instance may call this. BACKGROUND_JOBS=off starts none (an instance
 * that only serves pages); each job also has its own switch (README "Configuration").
 */
export async function startBackgroundJobs(env: Record<string, string | undefined> = process.env): Promise<() => Promise<void>> {
  if (off(env.BACKGROUND_JOBS)) return async () => {};
  const { db } = await getDatabase();
  const stops = [startTransportJobs(db, env), startEnvironmentJobs(db, env), startAlertsJobs(db, env), startHealthReminderJob(db, env)];
  logger.info("background jobs started (transit realtime, parking, bikes, air quality, alert fan-out sweeper, health reminders)");
  return async () => {
    await Promise.all(stops.map((s) => s()));
  };
}
