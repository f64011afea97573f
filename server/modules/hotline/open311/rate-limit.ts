import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/lib/errors";

const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));
/** POST requests per API key: 60 a minute (in memory per instance, like server/lib/rate-limit.ts). */
export const postLimiter = new RateLimiterMemory({ points: 60 * multiplier, duration: 60, keyPrefix: "open311-post" });

/** Limited by the key's hash (unique across databases sharing one process, unlike the row id). */
export async function consumePost(keyHash: string) {
  try {
    await postLimiter.consume(keyHash);
  } catch (e) {
    if (e instanceof RateLimiterRes)
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `提交过于频繁：每个 API key 每分钟最多提交60件，请${Math.ceil(e.msBeforeNext / 1000)}秒后再试`,
      );
    throw e;
  }
}
