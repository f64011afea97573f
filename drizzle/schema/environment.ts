import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/**
 * 智慧环保. Air readings store concentrations only: IAQI, AQI, level and primary pollutant are
 * computed by server/modules/environment/aqi.ts (HJ 633-2012), never stored.
 */

export const environmentAirStation = pgTable(
  "environment_air_station",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    district: text().notNull(),
    address: text(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    /** national (国控点) | sample */
    kind: text().notNull(),
    sample: boolean().notNull().default(false),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [uniqueIndex("environment_air_station_code_key").on(t.code)],
);

/** One hour at one station (observedAt = the end of the hour, China time on the hour). */
export const environmentAirReading = pgTable(
  "environment_air_reading",
  {
    stationId: integer()
      .notNull()
      .references(() => environmentAirStation.id, { onDelete: "cascade" }),
    observedAt: timestamp({ withTimezone: true }).notNull(),
    so2: doublePrecision(), // μg/m³
    no2: doublePrecision(), // μg/m³
    pm10: doublePrecision(), // μg/m³
    co: doublePrecision(), // mg/m³
    o3: doublePrecision(), // μg/m³
    pm25: doublePrecision(), // μg/m³
    /** simulator | feed */
    source: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.observedAt] }), index("environment_air_reading_time_idx").on(t.observedAt)],
);

/** Surface-water monitoring sections (断面) with water-quality class I–V (GB 3838-2002). */
export const environmentWaterSection = pgTable(
  "environment_water_section",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    river: text().notNull(),
    district: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    /** 1–5 = Ⅰ–Ⅴ, 6 = 劣Ⅴ */
    targetClass: smallint().notNull(),
    currentClass: smallint().notNull(),
    measuredOn: date().notNull(),
    /** main indicators in mg/L: dissolved oxygen, permanganate index, ammonia nitrogen, total phosphorus */
    indicators: jsonb().$type<{ do: number; codMn: number; nh3n: number; tp: number }>().notNull(),
    sample: boolean().notNull().default(true),
  },
  (t) => [uniqueIndex("environment_water_section_code_key").on(t.code), index("environment_water_section_river_idx").on(t.river)],
);

/** 环保百科 articles (admin-managed; paragraphs separated by blank lines). */
export const environmentArticle = pgTable(
  "environment_article",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    title: text().notNull(),
    category: text().notNull(),
    summary: text().notNull(),
    body: text().notNull(),
    keywords: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** where the facts come from, or 示例内容 */
    source: text().notNull(),
    /** published | archived */
    status: text().notNull().default("published"),
    version: integer().notNull().default(1),
    updatedById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("environment_article_slug_key").on(t.slug), index("environment_article_status_idx").on(t.status, t.category)],
);

/** 垃圾分类: item → recyclable (可回收物) | hazardous (有害垃圾) | kitchen (厨余垃圾/湿垃圾) | residual (其他垃圾/干垃圾). */
export const environmentWasteItem = pgTable(
  "environment_waste_item",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    category: text().notNull(),
    aliases: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tip: text(),
  },
  (t) => [uniqueIndex("environment_waste_item_name_key").on(t.name), index("environment_waste_item_category_idx").on(t.category)],
);

/** Green actions a citizen logs (walking, bus, metro, cycling …); points go through the points ledger. */
export const environmentGreenAction = pgTable(
  "environment_green_action",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    kind: text().notNull(),
    /** km travelled */
    distanceKm: doublePrecision().notNull(),
    /** China calendar day the action was done */
    day: date().notNull(),
    /** grams of CO2 avoided compared with the same trip by a petrol car */
    co2SavedG: integer().notNull(),
    pointsAwarded: integer().notNull(),
    idempotencyKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("environment_green_action_idem_key").on(t.userId, t.idempotencyKey),
    index("environment_green_action_user_day_idx").on(t.userId, t.day),
    index("environment_green_action_day_idx").on(t.day),
  ],
);

/** Who chose to appear on the low-carbon leaderboard, and under which name. */
export const environmentLeaderboardEntry = pgTable("environment_leaderboard_entry", {
  userId: uuid()
    .primaryKey()
    .references(() => accountUser.id),
  displayName: text().notNull(),
  optedInAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
