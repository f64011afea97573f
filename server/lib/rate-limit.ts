import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "./errors";
import { getRedis, REDIS_PREFIX } from "./redis";

/**
 * Per-IP and per-phone limits. With REDIS_URL the counters live in Redis, so a limit counts across
 * every app instance; without it (the embedded single-instance demo) they are in memory. If Redis
 * is away, each instance falls back to its own memory counters (insurance limiter) rather than
 * refusing or waiving every request. The durable protections (lockout, SMS resend interval and
 * attempt counts) live in PostgreSQL either way. RATE_LIMIT_MULTIPLIER raises every limit (the e2e
 * suite signs in hundreds of times from 127.0.0.1).
 */
const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));

function limiter(name: string, points: number, durationSec: number): RateLimiterAbstract {
  const opts = { points: points * multiplier, duration: durationSec };
  const memory = new RateLimiterMemory(opts);
  const redis = getRedis();
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...opts,
    storeClient: redis,
    keyPrefix: `${REDIS_PREFIX}rl:${name}`,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

export const LIMITS = {
  signInIp: limiter("signInIp", 30, 5 * 60),
  signInPhone: limiter("signInPhone", 10, 15 * 60),
  smsIp: limiter("smsIp", 20, 60 * 60),
  smsPhone: limiter("smsPhone", 5, 60 * 60),
  registerIp: limiter("registerIp", 10, 60 * 60),
  trackIp: limiter("trackIp", 30, 10 * 60),
  /** Public look-ups that run a search per request (垃圾分类), per address. */
  liveIp: limiter("liveIp", 600, 10 * 60),
} as const;

export type LimitName = keyof typeof LIMITS;

/** Consumes one point or throws a Chinese "too many requests" AppError saying when to retry. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await LIMITS[name].consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const seconds = Math.ceil(e.msBeforeNext / 1000);
      const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`;
      throw new AppError("TOO_MANY_REQUESTS", `操作过于频繁，请${wait}后再试`);
    }
    throw e;
  }
}
