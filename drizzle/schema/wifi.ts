import { index, integer, pgTable, smallint, text } from "drizzle-orm/pg-core";

/** 市区免费WiFi: the 20 public places of the 2015 plan (政务服务中心, 图书馆, 档案馆, 公园, 市民广场 …). */
export const wifiPlace = pgTable(
  "wifi_place",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    category: text().notNull(), // 政务服务 | 文化场馆 | 公园广场 | 交通枢纽 | 体育场馆
    district: text().notNull(),
    address: text().notNull(),
    ssid: text().notNull(),
    hours: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [index("wifi_place_district_idx").on(t.district, t.sortOrder)],
);
