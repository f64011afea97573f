import type { DB } from "@/server/db";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import { logger } from "@/server/lib/logger";
import { sendHealthReminders } from "./service";

const off = (v: string | undefined) => ["off", "0", "false", "no"].includes((v ?? "").toLowerCase());

/**
 * 健康提醒 into the message centre, once per cluster, at start and every `everyMs` (default 6 hours; each
 * reminder is written once per person, so running often costs nothing). HEALTH_REMINDER_JOB=off disables it.
 */
export function startHealthReminderJob(db: DB, env: Record<string, string | undefined> = process.env, everyMs = 6 * 3_600_000) {
  if (off(env.HEALTH_REMINDER_JOB)) return async () => {};
  const run = () =>
    runOncePerCluster("health-reminders", () => sendHealthReminders(db)).then(
      (r) => {
        if (r.ran && r.value > 0) logger.info({ sent: r.value }, "health reminders sent");
      },
      (e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "health reminder job failed"),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return async () => clearInterval(timer);
}
