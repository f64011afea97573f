import Redis from "ioredis";
import { logger } from "./logger";

/** Key prefix for everything this app keeps in Redis (REDIS_PREFIX keeps apps or test runs apart). */
export const REDIS_PREFIX = process.env.REDIS_PREFIX ?? "nt:";

const globalForRedis = globalThis as { __ntRedis?: Redis | null };

/**
 * The process's Redis client when REDIS_URL is set (what instances share: rate-limit counters; the
 * page cache has its own connection in server/cache), else null: one instance keeps them in memory.
 * Commands fail fast while Redis is away (no offline queue), so callers fall back instead of waiting.
 */
export function getRedis(): Redis | null {
  if (globalForRedis.__ntRedis !== undefined) return globalForRedis.__ntRedis;
  const url = process.env.REDIS_URL;
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return (globalForRedis.__ntRedis = null);
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
  client.on("error", (err) => logger.warn({ err }, "redis"));
  return (globalForRedis.__ntRedis = client);
}
