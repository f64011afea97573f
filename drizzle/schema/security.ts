import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters shared by every app instance when there is no Redis (server/lib/rate-limit.ts):
 * one row per bucket and key, `points` consumed in the window that ends at `expire`.
 */
export const securityRateLimit = pgTable(
  "security_rate_limit",
  {
    key: text().primaryKey(),
    points: integer().notNull(),
    expire: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("security_rate_limit_expire_idx").on(t.expire)],
);
