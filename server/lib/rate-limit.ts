import { lt, sql } from "drizzle-orm";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { DB } from "@/server/db";
import { securityRateLimit } from "@/drizzle/schema";
import { AppError } from "./errors";
import { getRedis, REDIS_PREFIX } from "./redis";

/**
 * Per-IP, per-phone and per-key limits, counted in a store every app instance shares, so a limit holds
 * however many instances run: Redis with REDIS_URL (rate-limiter-flexible's RateLimiterRedis; if Redis
 * is away, each instance falls back to its own memory counters rather than refusing or waiving every
 * request), else PostgreSQL (`security_rate_limit`, one atomic upsert per request — the same statement
 * rate-limiter-flexible's SQL stores run). Never per-process memory alone: a second instance, or a
 * restart, would start every count afresh. The durable protections (lockout, SMS resend interval and
 * attempt counts) live in PostgreSQL either way. RATE_LIMIT_MULTIPLIER raises every limit (the e2e
 * suite signs in hundreds of times from 127.0.0.1).
 */
const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));

type Bucket = { points: number; durationSec: number; message?: (wait: string) => string };

function bucket(points: number, durationSec: number, message?: Bucket["message"]): Bucket {
  return { points: points * multiplier, durationSec, message };
}

export const LIMITS = {
  signInIp: bucket(30, 5 * 60),
  signInPhone: bucket(10, 15 * 60),
  smsIp: bucket(20, 60 * 60),
  smsPhone: bucket(5, 60 * 60),
  registerIp: bucket(10, 60 * 60),
  trackIp: bucket(30, 10 * 60),
  /** Open311 POSTs per API key (by the key's hash). */
  open311Post: bucket(60, 60, (wait) => `提交过于频繁：每个 API key 每分钟最多提交60件，请${wait}后再试`),
  /** Live transit look-ups (a stop page polls every 20 s) and 垃圾分类 searches, per address. */
  liveIp: bucket(600, 10 * 60),
  /** 智慧生活 bookings, cancellations and requests per signed-in person (not per IP: many people share a carrier NAT at 07:00). */
  lifeWriteUser: bucket(30, 10 * 60),
} as const satisfies Record<string, Bucket>;

export type LimitName = keyof typeof LIMITS;

const redisLimiters = new Map<LimitName, RateLimiterAbstract>();

function redisLimiter(name: LimitName): RateLimiterAbstract | null {
  const redis = getRedis();
  if (!redis) return null;
  let limiter = redisLimiters.get(name);
  if (!limiter) {
    const opts = { points: LIMITS[name].points, duration: LIMITS[name].durationSec };
    limiter = new RateLimiterRedis({
      ...opts,
      storeClient: redis,
      keyPrefix: `${REDIS_PREFIX}rl:${name}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(opts),
    });
    redisLimiters.set(name, limiter);
  }
  return limiter;
}

let lastSweep = 0;

/** One point on `key` in PostgreSQL; returns the points consumed in the window and when it ends. */
async function consumeInDb(db: DB, name: LimitName, key: string): Promise<{ points: number; msBeforeNext: number }> {
  const now = new Date();
  const expire = new Date(now.getTime() + LIMITS[name].durationSec * 1000);
  const t = securityRateLimit;
  const ended = sql`${t.expire} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(t)
    .values({ key: `${name}:${key}`, points: 1, expire })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        points: sql`case when ${ended} then 1 else ${t.points} + 1 end`,
        expire: sql`case when ${ended} then ${expire.toISOString()}::timestamptz else ${t.expire} end`,
      },
    })
    .returning({ points: t.points, expire: t.expire });
  // Windows that ended long ago are swept now and then (a row is reused when its key comes back).
  if (now.getTime() - lastSweep > 10 * 60_000) {
    lastSweep = now.getTime();
    await db.delete(t).where(lt(t.expire, new Date(now.getTime() - 3600_000)));
  }
  return { points: row?.points ?? 1, msBeforeNext: Math.max(0, (row?.expire.getTime() ?? 0) - now.getTime()) };
}

function tooMany(name: LimitName, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`;
  const message: (wait: string) => string = LIMITS[name].message ?? ((w) => `操作过于频繁，请${w}后再试`);
  return new AppError("TOO_MANY_REQUESTS", message(wait));
}

/** Consumes one point or throws a Chinese "too many requests" AppError saying when to retry. */
export async function consume(db: DB, name: LimitName, key: string): Promise<void> {
  const redis = redisLimiter(name);
  if (redis) {
    try {
      await redis.consume(key);
      return;
    } catch (e) {
      if (e instanceof RateLimiterRes) throw tooMany(name, e.msBeforeNext);
      throw e;
    }
  }
  const { points, msBeforeNext } = await consumeInDb(db, name, key);
  if (points > LIMITS[name].points) throw tooMany(name, msBeforeNext);
}
