import { eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { transportBikeStation, transportParkingLot, transportRoadNotice } from "@/drizzle/schema";
import { seedDemoIngestKey } from "@/server/lib/ingest-keys";
import { ensureGtfsImported } from "@/server/modules/transport/gtfs-files";
import { simulateBikeTick, simulateParkingTick } from "@/server/modules/transport/service";

type Lot = {
  code: string;
  name: string;
  district: string;
  address: string;
  lat: number;
  lon: number;
  capacity: number;
  kind: string;
  feeNote: string;
};

/** Parking lots: SAMPLE DATA (示例). Names, capacities and fees are invented; places are plausible. */
const PARKING_LOTS: Lot[] = [
  {
    code: "P-CC-001",
    name: "南大街地下停车场（示例）",
    district: "崇川区",
    address: "崇川区南大街",
    lat: 32.0112,
    lon: 120.8625,
    capacity: 420,
    kind: "mall",
    feeNote: "首小时5元，之后每小时3元（示例）",
  },
  {
    code: "P-CC-002",
    name: "南通大学附属医院停车场（示例）",
    district: "崇川区",
    address: "崇川区西寺路20号",
    lat: 32.0127,
    lon: 120.8545,
    capacity: 600,
    kind: "hospital",
    feeNote: "就诊车辆首2小时3元（示例）",
  },
  {
    code: "P-CC-003",
    name: "濠河风景区北停车场（示例）",
    district: "崇川区",
    address: "崇川区濠北路",
    lat: 32.0195,
    lon: 120.865,
    capacity: 180,
    kind: "scenic",
    feeNote: "每小时4元（示例）",
  },
  {
    code: "P-CC-004",
    name: "狼山风景区停车场（示例）",
    district: "崇川区",
    address: "崇川区狼山风景区",
    lat: 31.956,
    lon: 120.885,
    capacity: 800,
    kind: "scenic",
    feeNote: "小型车每次10元（示例）",
  },
  {
    code: "P-CC-005",
    name: "文峰公园停车场（示例）",
    district: "崇川区",
    address: "崇川区工农南路",
    lat: 32.007,
    lon: 120.8812,
    capacity: 150,
    kind: "public",
    feeNote: "每小时2元（示例）",
  },
  {
    code: "P-CC-006",
    name: "南通火车站停车场（示例）",
    district: "崇川区",
    address: "崇川区永兴大道",
    lat: 32.0715,
    lon: 120.8565,
    capacity: 900,
    kind: "station",
    feeNote: "30分钟内免费（示例）",
  },
  {
    code: "P-CC-007",
    name: "汽车东站停车场（示例）",
    district: "崇川区",
    address: "崇川区青年东路",
    lat: 32.0022,
    lon: 120.917,
    capacity: 500,
    kind: "station",
    feeNote: "每小时3元（示例）",
  },
  {
    code: "P-CC-008",
    name: "市第一人民医院停车场（示例）",
    district: "崇川区",
    address: "崇川区孩儿巷北路6号",
    lat: 32.0193,
    lon: 120.8482,
    capacity: 450,
    kind: "hospital",
    feeNote: "就诊车辆首2小时3元（示例）",
  },
  {
    code: "P-CC-009",
    name: "市政务中心停车场（示例）",
    district: "崇川区",
    address: "崇川区世纪大道",
    lat: 31.9882,
    lon: 120.8858,
    capacity: 700,
    kind: "public",
    feeNote: "办事车辆2小时内免费（示例）",
  },
  {
    code: "P-CC-010",
    name: "星湖101广场停车场（示例）",
    district: "崇川区",
    address: "南通经济技术开发区星湖大道",
    lat: 31.957,
    lon: 120.942,
    capacity: 1500,
    kind: "mall",
    feeNote: "消费满额免2小时（示例）",
  },
  {
    code: "P-CC-011",
    name: "唐闸古镇停车场（示例）",
    district: "崇川区",
    address: "崇川区唐闸古镇",
    lat: 32.07,
    lon: 120.82,
    capacity: 260,
    kind: "scenic",
    feeNote: "每小时3元（示例）",
  },
  {
    code: "P-CC-012",
    name: "南通西站停车场（示例）",
    district: "通州区",
    address: "通州区平潮镇南通西站",
    lat: 32.1025,
    lon: 120.767,
    capacity: 1200,
    kind: "station",
    feeNote: "30分钟内免费（示例）",
  },
  {
    code: "P-TZ-001",
    name: "通州区人民医院停车场（示例）",
    district: "通州区",
    address: "通州区金沙街道",
    lat: 32.0878,
    lon: 121.069,
    capacity: 380,
    kind: "hospital",
    feeNote: "就诊车辆首2小时3元（示例）",
  },
  {
    code: "P-TZ-002",
    name: "金沙老街停车场（示例）",
    district: "通州区",
    address: "通州区金沙老街",
    lat: 32.079,
    lon: 121.0815,
    capacity: 200,
    kind: "public",
    feeNote: "每小时2元（示例）",
  },
  {
    code: "P-TZ-003",
    name: "通州汽车站停车场（示例）",
    district: "通州区",
    address: "通州区金沙街道",
    lat: 32.0838,
    lon: 121.0755,
    capacity: 300,
    kind: "station",
    feeNote: "每小时2元（示例）",
  },
  {
    code: "P-HM-001",
    name: "海门区中医院停车场（示例）",
    district: "海门区",
    address: "海门区海门街道",
    lat: 31.8832,
    lon: 121.1722,
    capacity: 320,
    kind: "hospital",
    feeNote: "就诊车辆首2小时3元（示例）",
  },
  {
    code: "P-HM-002",
    name: "东洲公园停车场（示例）",
    district: "海门区",
    address: "海门区东洲公园",
    lat: 31.877,
    lon: 121.173,
    capacity: 240,
    kind: "scenic",
    feeNote: "每小时2元（示例）",
  },
  {
    code: "P-HM-003",
    name: "叠石桥家纺城停车场（示例）",
    district: "海门区",
    address: "海门区三星镇",
    lat: 31.9695,
    lon: 121.0805,
    capacity: 1000,
    kind: "mall",
    feeNote: "首小时免费（示例）",
  },
  {
    code: "P-RG-001",
    name: "水绘园停车场（示例）",
    district: "如皋市",
    address: "如皋市水绘园",
    lat: 32.377,
    lon: 120.569,
    capacity: 220,
    kind: "scenic",
    feeNote: "每次5元（示例）",
  },
  {
    code: "P-QD-001",
    name: "圆陀角景区停车场（示例）",
    district: "启东市",
    address: "启东市圆陀角",
    lat: 31.72,
    lon: 121.9,
    capacity: 500,
    kind: "scenic",
    feeNote: "每次10元（示例）",
  },
  {
    code: "P-RD-001",
    name: "小洋口景区停车场（示例）",
    district: "如东县",
    address: "如东县小洋口",
    lat: 32.55,
    lon: 121.02,
    capacity: 400,
    kind: "scenic",
    feeNote: "每次10元（示例）",
  },
  {
    code: "P-HA-001",
    name: "海安火车站停车场（示例）",
    district: "海安市",
    address: "海安市海安站",
    lat: 32.533,
    lon: 120.46,
    capacity: 350,
    kind: "station",
    feeNote: "30分钟内免费（示例）",
  },
];

/** Public bike stations: SAMPLE DATA (示例), near metro stations and landmarks. */
const BIKE_STATIONS = [
  ["B-001", "和平桥地铁站（示例）", "崇川区", 32.0168, 120.86, 30],
  ["B-002", "文峰地铁站（示例）", "崇川区", 32.0065, 120.8835, 30],
  ["B-003", "南大街（示例）", "崇川区", 32.012, 120.8612, 24],
  ["B-004", "南通博物苑（示例）", "崇川区", 32.0042, 120.863, 20],
  ["B-005", "濠河风景区（示例）", "崇川区", 32.0038, 120.869, 20],
  ["B-006", "南通大学啬园校区（示例）", "崇川区", 31.9755, 120.906, 36],
  ["B-007", "世纪大道地铁站（示例）", "崇川区", 31.9788, 120.8895, 24],
  ["B-008", "紫琅湖（示例）", "崇川区", 31.9535, 120.947, 30],
  ["B-009", "汽车东站（示例）", "崇川区", 32.0018, 120.918, 24],
  ["B-010", "南通火车站（示例）", "崇川区", 32.0708, 120.8568, 40],
  ["B-011", "唐闸古镇（示例）", "崇川区", 32.0702, 120.8205, 20],
  ["B-012", "孩儿巷地铁站（示例）", "崇川区", 32.016, 120.8502, 24],
  ["B-013", "金沙老街（示例）", "通州区", 32.0792, 121.0808, 20],
  ["B-014", "通州区政府（示例）", "通州区", 32.0655, 121.074, 20],
  ["B-015", "东洲公园（示例）", "海门区", 31.8766, 121.1735, 20],
  ["B-016", "海门汽车站（示例）", "海门区", 31.8848, 121.1655, 24],
] as const;

/**
 * Idempotent: the GTFS feed is imported when its version changes; parking lots and bike stations
 * are inserted once by code; sample road notices are added once (their time windows are relative to
 * the first seed, so a fresh database always has current notices).
 */
export async function seedTransport(db: DB, now = new Date()): Promise<void> {
  await ensureGtfsImported(db);
  await seedDemoIngestKey(db);
  await db
    .insert(transportParkingLot)
    .values(PARKING_LOTS.map((l) => ({ ...l, sample: true })))
    .onConflictDoNothing({ target: transportParkingLot.code });
  await db
    .insert(transportBikeStation)
    .values(
      BIKE_STATIONS.map(([code, name, district, lat, lon, docks]) => ({
        code,
        name,
        district,
        lat,
        lon,
        docks,
        bikes: Math.round(docks / 2),
        sample: true,
      })),
    )
    .onConflictDoNothing({ target: transportBikeStation.code });
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(transportRoadNotice)
    .where(eq(transportRoadNotice.sample, true));
  if (count === 0) {
    const h = 3_600_000;
    const d = 24 * h;
    const at = (ms: number) => new Date(now.getTime() + ms);
    await db.insert(transportRoadNotice).values([
      {
        kind: "roadworks",
        title: "工农路（青年路—人民路）管线施工（示例）",
        description: "示例数据：雨污分流管线施工，占用东侧两条车道，施工期间双向各保留一条车道通行，建议经通京大道绕行。",
        roads: ["工农路", "青年中路"],
        district: "崇川区",
        severity: 2,
        lat: 32.0102,
        lon: 120.8866,
        startsAt: at(-3 * d),
        endsAt: at(20 * d),
        sample: true,
      },
      {
        kind: "congestion",
        title: "人民中路早高峰缓行（示例）",
        description: "示例数据：人民中路由西向东方向车多缓行，预计持续至9时，请合理安排出行或乘坐地铁1号线。",
        roads: ["人民中路"],
        district: "崇川区",
        severity: 1,
        lat: 32.0188,
        lon: 120.865,
        startsAt: at(-1 * h),
        endsAt: at(2 * h),
        sample: true,
      },
      {
        kind: "incident",
        title: "通富北路与青年东路路口交通事故（示例）",
        description: "示例数据：两车追尾，占用一条车道，交警正在处置，过往车辆请减速慢行。",
        roads: ["通富北路", "青年东路"],
        district: "崇川区",
        severity: 2,
        lat: 32.0005,
        lon: 120.9278,
        startsAt: at(-30 * 60_000),
        endsAt: at(90 * 60_000),
        sample: true,
      },
      {
        kind: "roadworks",
        title: "世纪大道通州段路面修复（示例）",
        description: "示例数据：夜间（22时至次日5时）分段封闭施工，白天恢复通行。",
        roads: ["世纪大道"],
        district: "通州区",
        severity: 1,
        lat: 32.07,
        lon: 121.085,
        startsAt: at(-1 * d),
        endsAt: at(6 * d),
        sample: true,
      },
      {
        kind: "roadworks",
        title: "长江路（海门段）桥梁检测（示例）",
        description: "示例数据：桥梁荷载检测，届时全封闭4小时，请提前绕行北京路。",
        roads: ["长江路", "北京路"],
        district: "海门区",
        severity: 3,
        lat: 31.862,
        lon: 121.17,
        startsAt: at(3 * d),
        endsAt: at(3 * d + 4 * h),
        sample: true,
      },
      {
        kind: "congestion",
        title: "崇川路（图书馆段）车多缓行（示例）",
        description: "示例数据：已结束的缓行信息，用于展示时间窗口。",
        roads: ["崇川路"],
        district: "崇川区",
        severity: 1,
        startsAt: at(-2 * d),
        endsAt: at(-2 * d + 2 * h),
        sample: true,
      },
    ]);
  }
  await simulateParkingTick(db, now);
  await simulateBikeTick(db, now);
}
