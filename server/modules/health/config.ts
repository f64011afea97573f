import { z } from "zod";

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const ZHealthEnv = z.object({
  HEALTH_RELEASE_TIME: z.string().regex(HHMM, "HEALTH_RELEASE_TIME 应为 HH:MM，例如 07:00").default("07:00"),
  HEALTH_BOOKING_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  HEALTH_MAX_ACTIVE: z.coerce.number().int().min(1).max(50).default(5),
  HEALTH_CANCEL_HOURS: z.coerce.number().min(0).max(72).default(2),
  HEALTH_NO_SHOW_LIMIT: z.coerce.number().int().min(1).max(20).default(3),
  HEALTH_NO_SHOW_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  HEALTH_SUSPENSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
});

export type HealthConfig = {
  /** Local time at which the slots of day + bookingDays open (default 07:00). */
  releaseTime: string;
  /** How many days ahead slots can be booked (default 7). */
  bookingDays: number;
  /** Active, upcoming appointments per patient (default 5). */
  maxActive: number;
  /** Cancel until this many hours before the slot (default 2). */
  cancelHours: number;
  noShowLimit: number;
  noShowWindowDays: number;
  suspensionDays: number;
};

/** Reads the HEALTH_* settings (see README); a bad value stops the server with a message naming it. */
export function healthConfig(env: Record<string, string | undefined> = process.env): HealthConfig {
  const r = ZHealthEnv.safeParse({
    HEALTH_RELEASE_TIME: env.HEALTH_RELEASE_TIME || undefined,
    HEALTH_BOOKING_DAYS: env.HEALTH_BOOKING_DAYS || undefined,
    HEALTH_MAX_ACTIVE: env.HEALTH_MAX_ACTIVE || undefined,
    HEALTH_CANCEL_HOURS: env.HEALTH_CANCEL_HOURS || undefined,
    HEALTH_NO_SHOW_LIMIT: env.HEALTH_NO_SHOW_LIMIT || undefined,
    HEALTH_NO_SHOW_WINDOW_DAYS: env.HEALTH_NO_SHOW_WINDOW_DAYS || undefined,
    HEALTH_SUSPENSION_DAYS: env.HEALTH_SUSPENSION_DAYS || undefined,
  });
  if (!r.success) throw new Error(`健康南通配置有误：${r.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("；")}`);
  const c = r.data;
  return {
    releaseTime: c.HEALTH_RELEASE_TIME,
    bookingDays: c.HEALTH_BOOKING_DAYS,
    maxActive: c.HEALTH_MAX_ACTIVE,
    cancelHours: c.HEALTH_CANCEL_HOURS,
    noShowLimit: c.HEALTH_NO_SHOW_LIMIT,
    noShowWindowDays: c.HEALTH_NO_SHOW_WINDOW_DAYS,
    suspensionDays: c.HEALTH_SUSPENSION_DAYS,
  };
}
