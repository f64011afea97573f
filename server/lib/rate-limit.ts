import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "./errors";

/**
 * Per-IP and per-phone limits. In-memory per instance: the durable protections (lockout, SMS resend
 * interval and attempt counts) live in PostgreSQL, so these only blunt bursts. RATE_LIMIT_MULTIPLIER
 * raises every limit (the e2e suite signs in hundreds of times from 127.0.0.1).
 */
const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));

function limiter(points: number, durationSec: number) {
  return new RateLimiterMemory({ points: points * multiplier, duration: durationSec });
}

export const LIMITS = {
  signInIp: limiter(30, 5 * 60),
  signInPhone: limiter(10, 15 * 60),
  smsIp: limiter(20, 60 * 60),
  smsPhone: limiter(5, 60 * 60),
  registerIp: limiter(10, 60 * 60),
  trackIp: limiter(30, 10 * 60),
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
