import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/**
 * 市民卡 (issued since 2015-12-31). A card belongs to a person, not an account: it is found by the keyed hash
 * of the holder's ID number, so a real-name verified account sees its holder's card.
 */
export const citycardCard = pgTable(
  "citycard_card",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    cardNo: text().notNull(),
    holderIdHash: text().notNull(),
    holderName: text().notNull(),
    status: text().notNull().default("active"), // active | lost | cancelled
    balanceFen: integer().notNull().default(0),
    issuedOn: date().notNull(),
    /** Function codes loaded on the card: social_security, bus, bike, library, medical, tourism, housing_fund … */
    functions: text().array().notNull(),
    statusChangedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("citycard_card_no_key").on(t.cardNo),
    uniqueIndex("citycard_card_holder_key").on(t.holderIdHash),
    check("citycard_card_balance_check", sql`${t.balanceFen} >= 0`),
    check("citycard_card_issued_check", sql`${t.issuedOn} >= '2015-12-31'`),
    check("citycard_card_status_check", sql`${t.status} in ('active', 'lost', 'cancelled')`),
  ],
);

/** Append-only card ledger; `external_ref` makes an ingested transaction idempotent per card. */
export const citycardTransaction = pgTable(
  "citycard_transaction",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    cardId: integer()
      .notNull()
      .references(() => citycardCard.id),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    type: text().notNull(), // topup | bus | metro | bike | library | medical | retail | refund
    amountFen: integer().notNull(), // signed: + top-up/refund, − payment
    balanceAfterFen: integer().notNull(),
    place: text().notNull(),
    externalRef: text(),
  },
  (t) => [
    index("citycard_transaction_card_idx").on(t.cardId, t.occurredAt.desc()),
    index("citycard_transaction_type_idx").on(t.cardId, t.type, t.occurredAt.desc()),
    uniqueIndex("citycard_transaction_ref_key").on(t.cardId, t.externalRef),
  ],
);

/** Append-only history of status changes (挂失 online, 解挂 at a counter). */
export const citycardStatusEvent = pgTable(
  "citycard_status_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    cardId: integer()
      .notNull()
      .references(() => citycardCard.id),
    fromStatus: text().notNull(),
    toStatus: text().notNull(),
    channel: text().notNull(), // online | counter
    actorId: uuid().references(() => accountUser.id),
    outletId: integer(),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("citycard_status_event_card_idx").on(t.cardId, t.at.desc())],
);

/** 市民卡服务网点 (sample): where a lost card is restored in person. */
export const citycardOutlet = pgTable("citycard_outlet", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  district: text().notNull(),
  address: text().notNull(),
  hours: text().notNull(),
});
