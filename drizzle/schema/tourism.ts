import { index, integer, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";

/** 畅游南通: scenic spots (PRODUCT.md's list), ticket types; daily tickets are booking_slot rows (kind scenic_spot). */
export const tourismSpot = pgTable("tourism_spot", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  district: text().notNull(),
  address: text().notNull(),
  rating: text(), // 国家AAAAA/AAAA级旅游景区
  summary: text().notNull(),
  highlights: text().array().notNull(),
  /** Local times "HH:MM": the day's ticket slot runs open → close, entry until lastEntry. */
  openTime: text().notNull(),
  closeTime: text().notNull(),
  lastEntryTime: text().notNull(),
  hoursNote: text().notNull(),
  dailyCapacity: integer().notNull(),
  transit: text().notNull(),
  /** transport_stop ids (GTFS stop_id) near the entrance; the spot page links them to /transport/stops/{id}. */
  nearbyStops: text().array().notNull(),
  dataNote: text().notNull(),
  sortOrder: smallint().notNull().default(0),
});

export const tourismTicketType = pgTable(
  "tourism_ticket_type",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    spotId: integer()
      .notNull()
      .references(() => tourismSpot.id),
    code: text().notNull(),
    name: text().notNull(),
    priceFen: integer().notNull(),
    eligibility: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [
    uniqueIndex("tourism_ticket_type_code_key").on(t.spotId, t.code),
    index("tourism_ticket_type_spot_idx").on(t.spotId, t.sortOrder),
  ],
);
