import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/**
 * 智慧南通积分: an append-only ledger. Entries are only inserted (never updated or deleted); the
 * balance row is kept in the same transaction as each entry and doubles as the per-user lock.
 */
export const pointsEntry = pgTable(
  "points_entry",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    delta: integer().notNull(),
    /** reason code, e.g. green_action, report_accepted, volunteer_hours, redeem */
    reason: text().notNull(),
    /** the module that awarded it (environment, governance …) and its own reference */
    sourceModule: text().notNull(),
    sourceRef: text(),
    /** unique per ledger: a retried award with the same key is one entry */
    idempotencyKey: text().notNull(),
    balanceAfter: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("points_entry_idem_key").on(t.idempotencyKey), index("points_entry_user_idx").on(t.userId, t.id.desc())],
);

export const pointsBalance = pgTable("points_balance", {
  userId: uuid()
    .primaryKey()
    .references(() => accountUser.id),
  balance: integer().notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Points awarded per user, China day and cap key (e.g. green_action): the daily cap is checked against it under a row lock. */
export const pointsDailyTotal = pgTable(
  "points_daily_total",
  {
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    day: date().notNull(),
    capKey: text().notNull(),
    total: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day, t.capKey] })],
);
