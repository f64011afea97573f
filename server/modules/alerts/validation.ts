import { z } from "zod";
import { ZId, ZVersion } from "@/server/lib/validation";
import { ALERT_TYPES, AREAS, CAP_STATUSES, SEVERITIES } from "./labels";

const ZAreas = z
  .array(z.enum(AREAS, { error: "影响区域无效：请选择南通全市或七个县（市、区）之一" }), { error: "请选择影响区域" })
  .min(1, "请至少选择一个影响区域（南通全市或县、市、区）")
  .max(AREAS.length, "影响区域重复")
  // "city" covers every division, so a city-wide alert names the city alone; duplicates collapse.
  .transform((a) => (a.includes("city") ? ["city" as const] : [...new Set(a)]));

const ZTime = (what: string) => z.date({ error: `请填写${what}（年-月-日 时:分）` });

/** The content of an alert, an update or (without the text fields) a cancel, as staff write it. */
export const ZAlertContent = z
  .object({
    type: z.enum(ALERT_TYPES, { error: "请选择预警类别：气象、地质灾害、防汛防旱、公共卫生、安全生产或社会安全" }),
    event: z.string({ error: "请填写事件名称" }).trim().min(2, "请填写事件名称，如 台风、暴雨、大雾").max(20, "事件名称不超过20字"),
    severity: z.enum(SEVERITIES, { error: "请选择预警级别：蓝色、黄色、橙色或红色" }),
    areas: ZAreas,
    headline: z
      .string({ error: "请填写标题" })
      .trim()
      .min(6, "请填写标题，至少6个字，如 南通市气象台发布台风橙色预警")
      .max(80, "标题不超过80字"),
    description: z
      .string({ error: "请填写预警内容" })
      .trim()
      .min(10, "请写明预警内容（至少10个字）：发生了什么、影响范围和时间")
      .max(2000, "预警内容不超过2000字"),
    instruction: z
      .string({ error: "请填写防御指南" })
      .trim()
      .min(10, "请写明防御指南（至少10个字）：公众应当怎么做")
      .max(2000, "防御指南不超过2000字"),
    capStatus: z.enum(CAP_STATUSES, { error: "信息性质无效：正式、演练或测试" }).default("actual"),
    effectiveAt: ZTime("生效时间"),
    expiresAt: ZTime("失效时间"),
  })
  .superRefine((a, ctx) => {
    if (a.expiresAt.getTime() <= a.effectiveAt.getTime())
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "失效时间须晚于生效时间" });
    if (a.expiresAt.getTime() - a.effectiveAt.getTime() > 15 * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "一条预警最长有效15天，期满仍需预警请发布更新" });
  });
export type TAlertContent = z.input<typeof ZAlertContent>;

/** A new draft: a fresh alert, or an update of a published alert (`referencesId`). */
export const ZCreateDraft = z.object({
  content: ZAlertContent,
  referencesId: ZId.optional(),
});

export const ZEditDraft = z.object({ id: ZId, version: ZVersion, content: ZAlertContent });

/** 解除: a cancel of a published alert, with the reason people will read. */
export const ZCancelAlert = z.object({
  referencesId: ZId,
  reason: z
    .string({ error: "请填写解除说明" })
    .trim()
    .min(6, "请写明解除说明（至少6个字），如 台风已远离我市")
    .max(500, "解除说明不超过500字"),
});

export const ZAlertAction = z.object({ id: ZId, version: ZVersion });
export const ZRejectAlert = z.object({
  id: ZId,
  version: ZVersion,
  reason: z.string({ error: "请填写退回理由" }).trim().min(4, "请写明退回理由（至少4个字）").max(500, "退回理由不超过500字"),
});

export const ZPublicList = z.object({
  scope: z.enum(["current", "past"], { error: "列表无效" }).default("current"),
  page: z.number().int().min(1).max(1000).default(1),
});

export const ZAlertId = z.object({ id: ZId });

export const ZSubscription = z.object({
  areas: z
    .array(z.enum(AREAS, { error: "地区无效" }), { error: "请选择地区" })
    .max(AREAS.length, "地区重复")
    .transform((a) => [...new Set(a)]),
  minSeverity: z.enum(SEVERITIES, { error: "请选择最低预警级别" }),
  byMessage: z.boolean(),
  bySms: z.boolean(),
});
export type TSubscription = z.input<typeof ZSubscription>;

/** Open data: `?since=` (ISO 8601) lists alerts sent since then, current or not. */
export const ZOpenQuery = z.object({
  since: z
    .string()
    .trim()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
      "since 须为 ISO 8601 时间，如 2026-12-01T00:00:00+08:00",
    )
    .optional(),
});
