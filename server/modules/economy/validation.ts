import { z } from "zod";
import { ZFormId, zId } from "@/server/lib/validation";
import { AREAS, FLAG_CODES, INDUSTRY_CODES, SIZE_CODES } from "./reference";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" that exists (2026-02-30 does not). */
export const ZIsoDate = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .regex(ISO_DATE, `${what}格式应为 年-月-日，如 2018-05-20`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${what}不是有效的日期`);

export const ZIndustryCode = z.enum(INDUSTRY_CODES, { error: "请选择所属行业" });
export const ZEnterpriseSize = z.enum(SIZE_CODES, { error: "请选择企业规模：微型、小型、中型或大型" });
export const ZArea = z.enum(AREAS, { error: "请选择企业所在的区（县、市）" });
export const ZEnterpriseFlag = z.enum(FLAG_CODES, { error: "企业资质选项无效" });

/**
 * 企业画像, and the questionnaire for enterprises without one (the same questions). The founding date
 * may not be in the future.
 */
export const ZEnterpriseProfile = z.object({
  industryCode: ZIndustryCode,
  size: ZEnterpriseSize,
  district: ZArea,
  foundedOn: ZIsoDate("成立日期").refine((s) => s >= "1900-01-01", "成立日期不早于1900年"),
  flags: z
    .array(ZEnterpriseFlag)
    .max(FLAG_CODES.length, "企业资质选项过多")
    .default([])
    .transform((f) => [...new Set(f)]),
  employees: z
    .number({ error: "从业人数应为整数" })
    .int("从业人数应为整数")
    .min(0, "从业人数不能为负数")
    .max(1_000_000, "从业人数过大")
    .optional(),
});
export type TEnterpriseProfile = z.output<typeof ZEnterpriseProfile>;
export type TEnterpriseProfileInput = z.input<typeof ZEnterpriseProfile>;

/** The questionnaire is the profile's questions, answered once without saving. */
export const ZPolicyQuestionnaire = ZEnterpriseProfile;

/** Structured eligibility of a policy (seed data and admin edits are checked against it). */
export const ZPolicyEligibility = z
  .object({
    industries: z.array(ZIndustryCode).min(1).optional(),
    excludedIndustries: z.array(ZIndustryCode).min(1).optional(),
    sizes: z.array(ZEnterpriseSize).min(1).optional(),
    districts: z.array(ZArea).min(1).optional(),
    minYears: z.number().int().min(0).optional(),
    maxYears: z.number().int().min(0).optional(),
    requiredFlags: z.array(ZEnterpriseFlag).min(1).optional(),
    anyFlags: z.array(ZEnterpriseFlag).min(2).optional(),
    excludedFlags: z.array(ZEnterpriseFlag).min(1).optional(),
  })
  .strict()
  .refine((e) => e.minYears === undefined || e.maxYears === undefined || e.minYears <= e.maxYears, "成立年限的下限不能大于上限");
export type TPolicyEligibility = z.output<typeof ZPolicyEligibility>;

export const ZPolicyListQuery = z.object({
  q: z.string().trim().max(100, "关键词不超过100字").optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

const ZPhone = z
  .string({ error: "请填写联系电话" })
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "请输入正确的联系电话，如 13800000000 或 0513-85123456");

export const ZIdempotencyKey = z
  .string({ error: "提交标识无效，请刷新页面后重试" })
  .trim()
  .min(8, "提交标识无效，请刷新页面后重试")
  .max(100, "提交标识无效，请刷新页面后重试");

/** 中小企业云服务 application form. */
export const ZCloudApplication = z.object({
  offeringId: zId("请选择要申请的云服务"),
  contactName: z.string({ error: "请填写联系人姓名" }).trim().min(1, "请填写联系人姓名").max(50, "联系人姓名不超过50字"),
  contactPhone: ZPhone,
  requirement: z
    .string({ error: "请说明贵企业的需求" })
    .trim()
    .min(10, "请说明贵企业的需求，至少10个字（如用户数、数据量、期望开通时间）")
    .max(2000, "需求说明不超过2000字"),
  idempotencyKey: ZIdempotencyKey,
});
export type TCloudApplicationInput = z.input<typeof ZCloudApplication>;

export const CLOUD_STATUSES = {
  submitted: "已提交",
  accepted: "已受理",
  approved: "已开通",
  rejected: "未通过",
  withdrawn: "已撤回",
} as const;
export type CloudStatus = keyof typeof CLOUD_STATUSES;

export const ZCloudDecision = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), note: z.string().trim().max(500, "备注不超过500字").optional() }),
  z.object({
    action: z.literal("approve"),
    note: z.string({ error: "请填写开通说明" }).trim().min(2, "请填写开通说明（如账号开通方式、服务期限）").max(500, "开通说明不超过500字"),
  }),
  z.object({
    action: z.literal("reject"),
    note: z.string({ error: "请填写不予通过的理由" }).trim().min(2, "请填写不予通过的理由，企业会看到它").max(500, "理由不超过500字"),
  }),
]);
export type TCloudDecision = z.input<typeof ZCloudDecision>;

/** 信用南通 query: a name (Chinese, pinyin or initials) or an 18-character 统一社会信用代码. */
export const ZCreditQuery = z.object({
  q: z
    .string({ error: "请输入企业名称或统一社会信用代码" })
    .trim()
    .min(1, "请输入企业名称或统一社会信用代码")
    .max(100, "查询内容不超过100字"),
});

export const CREDIT_LISTS = { red: "红榜", black: "黑榜" } as const;
export type CreditList = keyof typeof CREDIT_LISTS;
export const ZCreditListQuery = z.object({
  list: z.enum(["red", "black"], { error: "请选择红榜或黑榜" }),
  category: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const EDUCATION_LEVELS = ["初中及以下", "高中/中专/技校", "大专", "本科", "硕士", "博士"] as const;

export const ZJobQuery = z.object({
  q: z.string().trim().max(100, "关键词不超过100字").optional(),
  district: ZArea.optional(),
  fairId: ZFormId.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

const ZYearMonth = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${what}格式应为 年-月，如 2020-07`);

/** Work-history entries a résumé can have. */
export const MAX_WORK_HISTORY = 10;

export const ZResume = z.object({
  fullName: z.string({ error: "请填写姓名" }).trim().min(2, "请填写姓名，至少2个字").max(30, "姓名不超过30字"),
  phone: ZPhone,
  education: z.enum(EDUCATION_LEVELS, { error: "请选择最高学历" }),
  major: z.string().trim().max(50, "专业不超过50字").optional(),
  experienceYears: z.number({ error: "请填写工作年限" }).int("工作年限应为整数").min(0, "工作年限不能为负数").max(60, "工作年限不超过60年"),
  intendedPosition: z.string({ error: "请填写求职意向" }).trim().min(2, "请填写求职意向，如 数控车工、会计").max(50, "求职意向不超过50字"),
  intendedDistrict: ZArea.optional(),
  skills: z.string({ error: "请填写技能特长" }).trim().min(2, "请填写技能特长，至少2个字").max(500, "技能特长不超过500字"),
  selfIntro: z.string().trim().max(1000, "自我介绍不超过1000字").default(""),
  workHistory: z
    .array(
      z
        .object({
          company: z.string({ error: "请填写单位名称" }).trim().min(2, "请填写单位名称").max(100, "单位名称不超过100字"),
          title: z.string({ error: "请填写职位" }).trim().min(1, "请填写职位").max(50, "职位不超过50字"),
          from: ZYearMonth("开始时间"),
          to: ZYearMonth("结束时间").optional(),
          duties: z.string().trim().max(500, "工作内容不超过500字").optional(),
        })
        .refine((w) => !w.to || w.to >= w.from, { message: "结束时间不能早于开始时间", path: ["to"] }),
    )
    .max(MAX_WORK_HISTORY, `工作经历最多${MAX_WORK_HISTORY}段`)
    .default([]),
});
export type TResumeInput = z.input<typeof ZResume>;
export type TResume = z.output<typeof ZResume>;
