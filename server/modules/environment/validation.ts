import { z } from "zod";

export const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;

const conc = (name: string, max: number) =>
  z
    .number({ error: `${name}须为数字` })
    .min(0, `${name}不能为负数`)
    .max(max, `${name}超出仪器量程（>${max}），请核对单位`)
    .nullable()
    .optional();

/** One hourly reading from a monitoring feed (units as HJ 633: μg/m³, CO in mg/m³). */
export const ZAirReading = z.object({
  station: z.string({ error: "请提供站点编码 station" }).trim().min(1, "请提供站点编码 station").max(40, "站点编码过长"),
  time: z.iso.datetime({ offset: true, error: "time 须为带时区的 ISO 8601 时间，如 2026-12-02T08:00:00+08:00" }),
  so2: conc("SO2", 10_000),
  no2: conc("NO2", 10_000),
  pm10: conc("PM10", 5_000),
  co: conc("CO", 200),
  o3: conc("O3", 5_000),
  pm25: conc("PM2.5", 5_000),
});
export const ZAirIngest = z.object({
  readings: z.array(ZAirReading, { error: "请提供 readings 数组" }).min(1, "readings 不能为空").max(1000, "一次最多提交1000条读数"),
});
export type TAirIngest = z.input<typeof ZAirIngest>;

export const ZArticle = z.object({
  title: z.string({ error: "请填写标题" }).trim().min(4, "标题至少4个字").max(60, "标题不超过60字"),
  category: z.string({ error: "请选择栏目" }).trim().min(2, "请选择栏目").max(20, "栏目不超过20字"),
  summary: z.string({ error: "请填写摘要" }).trim().min(10, "摘要至少10个字").max(200, "摘要不超过200字"),
  body: z.string({ error: "请填写正文" }).trim().min(200, "正文至少200字，请写清楚要点").max(20_000, "正文不超过20000字"),
  keywords: z.array(z.string().trim().min(1).max(20, "关键词每个不超过20字")).max(12, "关键词不超过12个").default([]),
  source: z
    .string({ error: "请填写来源" })
    .trim()
    .min(2, "请注明来源（标准、文件名称），自编内容请填“示例内容”")
    .max(300, "来源不超过300字"),
});
export type TArticleInput = z.input<typeof ZArticle>;

export const GREEN_ACTION_KINDS = ["walk", "cycle", "bus", "metro"] as const;
export const ZGreenAction = z.object({
  kind: z.enum(GREEN_ACTION_KINDS, { error: "请选择出行方式：步行、骑行、公交或地铁" }),
  distanceKm: z.number({ error: "请填写出行距离（公里）" }).positive("出行距离须大于0").max(100, "单次出行距离不超过100公里，请核对"),
  /** the China day it happened, YYYY-MM-DD (today or up to 6 days back) */
  day: z.iso.date({ error: "日期格式应为 YYYY-MM-DD" }).optional(),
  idempotencyKey: z.string().trim().min(8, "提交标识无效").max(100, "提交标识无效"),
});
export type TGreenAction = z.input<typeof ZGreenAction>;

export const ZFootprint = z.object({
  electricityKwh: z.number().min(0, "用电量不能为负数").max(1_000_000, "年用电量过大，请核对").default(0),
  naturalGasM3: z.number().min(0, "用气量不能为负数").max(100_000, "年用气量过大，请核对").default(0),
  lpgKg: z.number().min(0, "液化气用量不能为负数").max(10_000, "液化气用量过大，请核对").default(0),
  carKm: z.number().min(0, "驾车里程不能为负数").max(500_000, "驾车里程过大，请核对").default(0),
  carFuel: z.enum(["petrol", "diesel", "electric", "hybrid"], { error: "请选择车辆能源类型" }).default("petrol"),
  /** litres (or kWh for electric) per 100 km; defaults per fuel when absent */
  carConsumption: z.number().positive("百公里能耗须大于0").max(60, "百公里能耗过大，请核对").optional(),
  busKm: z.number().min(0, "公交里程不能为负数").max(500_000, "公交里程过大，请核对").default(0),
  metroKm: z.number().min(0, "地铁里程不能为负数").max(500_000, "地铁里程过大，请核对").default(0),
  railKm: z.number().min(0, "高铁里程不能为负数").max(500_000, "高铁里程过大，请核对").default(0),
  flightKm: z.number().min(0, "飞行里程不能为负数").max(2_000_000, "飞行里程过大，请核对").default(0),
});
export type TFootprintInput = z.input<typeof ZFootprint>;

export const ENV_REPORT_KINDS = { noise: "噪声", air: "废气", water: "水污染", waste: "固体废物" } as const;
export const ZEnvReport = z.object({
  kind: z.enum(Object.keys(ENV_REPORT_KINDS) as [keyof typeof ENV_REPORT_KINDS, ...(keyof typeof ENV_REPORT_KINDS)[]], {
    error: "请选择问题类型：噪声、废气、水污染或固体废物",
  }),
  description: z
    .string({ error: "请描述问题" })
    .trim()
    .min(10, "请描述问题，至少10个字：什么时间、什么地点、什么现象")
    .max(2000, "描述不超过2000字"),
  district: z.enum(DISTRICTS, { error: "请选择所在区县" }),
  address: z.string({ error: "请填写发生地点" }).trim().min(4, "请填写发生地点，如 崇川区工农路57号").max(200, "地址不超过200字"),
  lat: z.number().min(31, "位置不在南通范围内").max(33, "位置不在南通范围内").optional(),
  lng: z.number().min(120, "位置不在南通范围内").max(122, "位置不在南通范围内").optional(),
  contactName: z.string({ error: "请填写联系人姓名" }).trim().min(1, "请填写联系人姓名").max(50, "联系人姓名不超过50字"),
  contactPhone: z
    .string({ error: "请填写联系电话" })
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "请输入正确的联系电话，如 13800000000 或 0513-85123456"),
  isPublic: z.boolean().default(false),
  idempotencyKey: z.string().trim().min(8, "提交标识无效").max(100, "提交标识无效"),
});
export type TEnvReport = z.input<typeof ZEnvReport>;
