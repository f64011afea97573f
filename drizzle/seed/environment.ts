import { sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { environmentAirStation, environmentArticle, environmentWasteItem, environmentWaterSection } from "@/drizzle/schema";
import { backfillSimulatedAir } from "@/server/modules/environment/air";
import { ENVIRONMENT_ARTICLES } from "./environment-articles";
import { WASTE_ITEMS } from "./waste-items";

/**
 * Air monitoring stations. The first five are the national stations (国控点) named in PRODUCT.md,
 * with approximate coordinates (our estimate, a few hundred metres); the last two are SAMPLE (示例)
 * stations invented for the demo. Readings are simulated until a real feed is connected.
 */
export const AIR_STATIONS = [
  {
    code: "hongqiao",
    name: "虹桥",
    district: "崇川区",
    address: "崇川区虹桥路一带（坐标为估计值）",
    lat: 31.9962,
    lon: 120.8809,
    kind: "national",
    sample: false,
  },
  {
    code: "hjjyg",
    name: "环境教育馆",
    district: "崇川区",
    address: "崇川区南通市环境教育馆（坐标为估计值）",
    lat: 32.0209,
    lon: 120.8893,
    kind: "national",
    sample: false,
  },
  {
    code: "langshan",
    name: "狼山镇街道",
    district: "崇川区",
    address: "崇川区狼山镇街道（坐标为估计值）",
    lat: 31.9625,
    lon: 120.8751,
    kind: "national",
    sample: false,
  },
  {
    code: "chengzhong",
    name: "城中",
    district: "崇川区",
    address: "崇川区城中街道（坐标为估计值）",
    lat: 32.0127,
    lon: 120.8589,
    kind: "national",
    sample: false,
  },
  {
    code: "xinghu",
    name: "星湖花园",
    district: "崇川区",
    address: "南通经济技术开发区星湖花园（坐标为估计值）",
    lat: 31.9587,
    lon: 120.9367,
    kind: "national",
    sample: false,
  },
  {
    code: "tz-jinsha",
    name: "通州金沙（示例）",
    district: "通州区",
    address: "示例站点，非真实监测点",
    lat: 32.0801,
    lon: 121.0717,
    kind: "sample",
    sample: true,
  },
  {
    code: "hm-dongzhou",
    name: "海门东洲（示例）",
    district: "海门区",
    address: "示例站点，非真实监测点",
    lat: 31.8752,
    lon: 121.1745,
    kind: "sample",
    sample: true,
  },
] as const;

/** Surface-water sections: SAMPLE DATA (示例) on the real rivers; classes and values are invented. */
const WATER_SECTIONS = [
  {
    code: "cj-yaogang",
    name: "姚港（示例）",
    river: "长江南通段",
    district: "崇川区",
    lat: 31.9905,
    lon: 120.8602,
    targetClass: 2,
    currentClass: 2,
    indicators: { do: 8.1, codMn: 2.4, nh3n: 0.12, tp: 0.08 },
  },
  {
    code: "cj-langshan",
    name: "狼山江段（示例）",
    river: "长江南通段",
    district: "崇川区",
    lat: 31.9488,
    lon: 120.879,
    targetClass: 2,
    currentClass: 2,
    indicators: { do: 7.9, codMn: 2.6, nh3n: 0.15, tp: 0.09 },
  },
  {
    code: "cj-qidong",
    name: "启东连兴港（示例）",
    river: "长江南通段",
    district: "启东市",
    lat: 31.738,
    lon: 121.889,
    targetClass: 2,
    currentClass: 3,
    indicators: { do: 7.2, codMn: 3.3, nh3n: 0.31, tp: 0.12 },
  },
  {
    code: "tl-tongzhou",
    name: "通吕运河通州段（示例）",
    river: "通吕运河",
    district: "通州区",
    lat: 32.0752,
    lon: 121.05,
    targetClass: 3,
    currentClass: 3,
    indicators: { do: 6.4, codMn: 4.8, nh3n: 0.62, tp: 0.15 },
  },
  {
    code: "tl-haimen",
    name: "通吕运河海门段（示例）",
    river: "通吕运河",
    district: "海门区",
    lat: 31.99,
    lon: 121.23,
    targetClass: 3,
    currentClass: 4,
    indicators: { do: 5.1, codMn: 6.2, nh3n: 1.12, tp: 0.24 },
  },
  {
    code: "hh-east",
    name: "濠河东段（示例）",
    river: "濠河",
    district: "崇川区",
    lat: 32.007,
    lon: 120.87,
    targetClass: 4,
    currentClass: 3,
    indicators: { do: 6.8, codMn: 5.1, nh3n: 0.45, tp: 0.16 },
  },
  {
    code: "hh-west",
    name: "濠河西段（示例）",
    river: "濠河",
    district: "崇川区",
    lat: 32.011,
    lon: 120.852,
    targetClass: 4,
    currentClass: 4,
    indicators: { do: 5.5, codMn: 6.6, nh3n: 1.05, tp: 0.22 },
  },
  {
    code: "rt-rugao",
    name: "如泰运河如皋段（示例）",
    river: "如泰运河",
    district: "如皋市",
    lat: 32.37,
    lon: 120.57,
    targetClass: 3,
    currentClass: 3,
    indicators: { do: 6.1, codMn: 4.9, nh3n: 0.71, tp: 0.17 },
  },
  {
    code: "rt-rudong",
    name: "如泰运河如东段（示例）",
    river: "如泰运河",
    district: "如东县",
    lat: 32.33,
    lon: 121.15,
    targetClass: 3,
    currentClass: 4,
    indicators: { do: 4.9, codMn: 6.8, nh3n: 1.21, tp: 0.26 },
  },
  {
    code: "jwg-chongchuan",
    name: "九圩港（示例）",
    river: "九圩港",
    district: "崇川区",
    lat: 32.065,
    lon: 120.825,
    targetClass: 3,
    currentClass: 2,
    indicators: { do: 7.5, codMn: 3.4, nh3n: 0.35, tp: 0.09 },
  },
  {
    code: "tq-qidong",
    name: "通启运河启东段（示例）",
    river: "通启运河",
    district: "启东市",
    lat: 31.84,
    lon: 121.65,
    targetClass: 3,
    currentClass: 3,
    indicators: { do: 6.2, codMn: 5.2, nh3n: 0.78, tp: 0.18 },
  },
  {
    code: "hag-haian",
    name: "新通扬运河海安段（示例）",
    river: "新通扬运河",
    district: "海安市",
    lat: 32.535,
    lon: 120.46,
    targetClass: 3,
    currentClass: 3,
    indicators: { do: 6.6, codMn: 4.4, nh3n: 0.55, tp: 0.14 },
  },
];

/** Idempotent. Stations and water sections are upserted by code; articles and items inserted once. */
export async function seedEnvironment(db: DB, now = new Date()): Promise<void> {
  await db
    .insert(environmentAirStation)
    .values(AIR_STATIONS.map((s, i) => ({ ...s, sortOrder: i })))
    .onConflictDoUpdate({
      target: environmentAirStation.code,
      set: {
        name: sql`excluded.name`,
        district: sql`excluded.district`,
        address: sql`excluded.address`,
        lat: sql`excluded.lat`,
        lon: sql`excluded.lon`,
      },
    });
  await db
    .insert(environmentWaterSection)
    .values(WATER_SECTIONS.map((w) => ({ ...w, measuredOn: "2026-11-15", sample: true })))
    .onConflictDoNothing({ target: environmentWaterSection.code });
  await db.insert(environmentArticle).values(ENVIRONMENT_ARTICLES).onConflictDoNothing({ target: environmentArticle.slug });
  await db
    .insert(environmentWasteItem)
    .values(WASTE_ITEMS.map((w) => ({ name: w.name, aliases: w.aliases, category: w.category, tip: w.tip })))
    .onConflictDoNothing({ target: environmentWasteItem.name });
  // Two days of simulated hourly readings, so 24-hour averages and charts exist from the start.
  await backfillSimulatedAir(db, now, 48);
}
