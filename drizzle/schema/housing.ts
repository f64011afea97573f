import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** 住房公积金 account (sample), found like the 市民卡 by the holder's ID-number hash. */
export const housingFundAccount = pgTable(
  "housing_fund_account",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    accountNo: text().notNull(),
    holderIdHash: text().notNull(),
    holderName: text().notNull(),
    employer: text().notNull(),
    status: text().notNull().default("normal"), // normal | sealed (封存)
    balanceFen: integer().notNull(),
    depositBaseFen: integer().notNull(),
    /** Contribution rates in basis points (1200 = 12 %). */
    personalRateBp: integer().notNull(),
    employerRateBp: integer().notNull(),
    openedOn: date().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("housing_fund_account_no_key").on(t.accountNo),
    uniqueIndex("housing_fund_account_holder_key").on(t.holderIdHash),
    check("housing_fund_account_balance_check", sql`${t.balanceFen} >= 0`),
  ],
);

/** Append-only contribution history: monthly deposits (汇缴), withdrawals (提取), yearly interest (结息). */
export const housingFundEntry = pgTable(
  "housing_fund_entry",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: integer()
      .notNull()
      .references(() => housingFundAccount.id),
    occurredOn: date().notNull(),
    period: text(), // "2026-11" for a monthly deposit
    type: text().notNull(), // deposit | withdrawal | interest
    amountFen: integer().notNull(),
    balanceAfterFen: integer().notNull(),
    note: text().notNull(),
  },
  (t) => [index("housing_fund_entry_account_idx").on(t.accountId, t.occurredOn.desc(), t.id.desc())],
);
