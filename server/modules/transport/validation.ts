import { z } from "zod";

export const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;
export const ZDistrict = z.enum(DISTRICTS, { error: "请选择区县：崇川区、通州区、海门区、如皋市、启东市、海安市或如东县" });

/** A point the user gave (geolocation with consent, or a district's centre). */
export const ZNearby = z.object({
  lat: z.number({ error: "缺少纬度" }).min(31, "位置不在南通范围内").max(33, "位置不在南通范围内"),
  lon: z.number({ error: "缺少经度" }).min(120, "位置不在南通范围内").max(122, "位置不在南通范围内"),
  radiusM: z.number().int().min(100, "搜索半径至少100米").max(20_000, "搜索半径不超过20公里").default(1500),
  limit: z.number().int().min(1).max(50).default(10),
});
export type TNearby = z.input<typeof ZNearby>;

/** One lot in a parking feed (POST /api/open/v1/ingest/parking). */
export const ZParkingObservation = z.object({
  code: z.string({ error: "请提供停车场编码 code" }).trim().min(1, "请提供停车场编码 code").max(40, "停车场编码过长"),
  freeSpaces: z.number({ error: "freeSpaces 须为整数" }).int("freeSpaces 须为整数").min(0, "freeSpaces 不能为负数"),
  observedAt: z.iso.datetime({ offset: true, error: "observedAt 须为带时区的 ISO 8601 时间，如 2026-12-02T08:00:00+08:00" }),
});
export const ZParkingIngest = z.object({
  lots: z.array(ZParkingObservation, { error: "请提供 lots 数组" }).min(1, "lots 不能为空").max(2000, "一次最多提交2000个停车场"),
});
export type TParkingIngest = z.input<typeof ZParkingIngest>;

export const ROAD_NOTICE_KINDS = { congestion: "拥堵", incident: "交通事件", roadworks: "道路施工" } as const;
export const SEVERITY_NAMES = { 1: "轻微", 2: "较重", 3: "严重" } as const;

export const ZRoadNotice = z
  .object({
    kind: z.enum(Object.keys(ROAD_NOTICE_KINDS) as [keyof typeof ROAD_NOTICE_KINDS, ...(keyof typeof ROAD_NOTICE_KINDS)[]], {
      error: "请选择类型：拥堵、交通事件或道路施工",
    }),
    title: z.string({ error: "请填写标题" }).trim().min(4, "标题至少4个字").max(60, "标题不超过60字"),
    description: z.string({ error: "请填写说明" }).trim().min(10, "说明至少10个字：原因、影响和绕行建议").max(2000, "说明不超过2000字"),
    roads: z
      .array(z.string().trim().min(2, "道路名称至少2个字").max(30, "道路名称不超过30字"), { error: "请填写受影响的道路" })
      .min(1, "请至少填写一条受影响的道路")
      .max(20, "受影响的道路不超过20条"),
    district: ZDistrict,
    severity: z.number({ error: "请选择影响程度" }).int().min(1, "请选择影响程度").max(3, "请选择影响程度"),
    lat: z.number().min(31, "位置不在南通范围内").max(33, "位置不在南通范围内").optional(),
    lon: z.number().min(120, "位置不在南通范围内").max(122, "位置不在南通范围内").optional(),
    startsAt: z.coerce.date({ error: "请填写开始时间" }),
    endsAt: z.coerce.date({ error: "结束时间格式有误" }).nullable().optional(),
  })
  .refine((v) => !v.endsAt || v.endsAt > v.startsAt, { message: "结束时间须晚于开始时间", path: ["endsAt"] })
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: "位置须同时包含纬度和经度", path: ["lat"] });
export type TRoadNotice = z.input<typeof ZRoadNotice>;
