import { z } from "zod";
import { SATISFACTION_WORDS } from "./labels";
import { ZId, ZVersion, zId } from "@/server/lib/validation";
import { ZPhoneNumber } from "@/server/lib/phone";

export const REQUEST_TYPES = ["咨询", "求助", "投诉", "建议", "举报", "其他"] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const CHANNELS = ["phone", "web", "mobile", "wechat", "open311"] as const;
export const WEB_CHANNELS = ["web", "mobile", "wechat"] as const;
export const SATISFACTION = SATISFACTION_WORDS;
export const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;

/** Photos a form may carry (twice the limit, so the service can say "at most 6" rather than the schema failing). */
const MAX_PHOTO_UPLOADS = 12;

export const ZCreateTicket = z.object({
  type: z.enum(REQUEST_TYPES, { error: "请选择诉求类型" }),
  categoryId: zId("请选择诉求分类"),
  channel: z.enum(CHANNELS, { error: "渠道不正确" }).default("web"),
  description: z.string({ error: "请描述您的诉求" }).trim().min(5, "请描述您的诉求，至少5个字").max(4000, "诉求内容不超过4000字"),
  district: z.enum(DISTRICTS, { error: "请选择所在区县" }).optional(),
  address: z.string().trim().max(200, "地址不超过200字").optional(),
  lat: z.number().min(31, "位置不在南通范围内").max(33, "位置不在南通范围内").optional(),
  lng: z.number().min(120, "位置不在南通范围内").max(122, "位置不在南通范围内").optional(),
  isPublic: z.boolean().default(false),
  contactName: z.string().trim().max(50, "联系人不超过50字").optional(),
  contactPhone: ZPhoneNumber("请输入正确的联系电话").optional(),
  /** Answers to the category's extra attributes (Open311 service definitions), keyed by attribute code. */
  attributes: z.record(z.string().max(50), z.union([z.string().max(500), z.array(z.string().max(500)).max(20)])).optional(),
  idempotencyKey: z.string().trim().min(8, "提交标识无效").max(100, "提交标识无效"),
});
export type CreateTicketInput = z.input<typeof ZCreateTicket>;

/** The citizen's own request: contact name and phone are required (the department calls back). */
export const ZCitizenSubmit = ZCreateTicket.extend({
  channel: z.enum(WEB_CHANNELS, { error: "渠道不正确" }).default("web"),
  contactName: z.string({ error: "请填写联系人姓名" }).trim().min(1, "请填写联系人姓名").max(50, "联系人姓名不超过50字"),
  contactPhone: z
    .string({ error: "请填写联系电话" })
    .trim()
    .min(1, "请填写联系电话，承办部门会通过它联系您")
    .pipe(ZPhoneNumber("请输入正确的联系电话，如 13800000000 或 0513-85123456")),
});

/**
 * What the 12345 form posts to `hotline.citizen.submit`: typed and bounded only. The field rules
 * (ZCitizenSubmit, the category, the photos) are checked by the service in one pass, so every problem
 * of every field and photo comes back together instead of the first schema failure hiding the rest.
 */
/** Uploaded bytes as the form or a service hands them over (any Uint8Array). */
const ZBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "文件无效");

export const ZCitizenSubmitForm = z.object({
  type: z.string().max(20).optional(),
  categoryId: z.number().optional(),
  description: z.string().max(10_000).optional(),
  district: z.string().max(20).optional(),
  address: z.string().max(1000).optional(),
  lat: z.number().optional(),
  lng: z.number().optional(),
  isPublic: z.boolean().default(false),
  contactName: z.string().max(200).optional(),
  contactPhone: z.string().max(50).optional(),
  channel: z.enum(WEB_CHANNELS).default("web"),
  idempotencyKey: z.string().max(100),
  photos: z
    .array(z.object({ name: z.string().max(255), bytes: ZBytes }))
    .max(MAX_PHOTO_UPLOADS, "照片最多6张")
    .default([]),
});
/**
 * What submitRequest takes: the form's fields, and — from other modules' own forms that file through it
 * (随手拍, environmental reports) — the category's extra attributes.
 */
export type TCitizenSubmission = z.input<typeof ZCitizenSubmitForm> & Pick<CreateTicketInput, "attributes">;

/** A request an agent takes on the phone for the caller (the channel is always 电话). */
const AGENT_DESCRIPTION = "请记录诉求内容，至少5个字：来电人反映的事情、时间、地点和涉及对象";
/**
 * 代为登记 by an agent on the call: the same fields as a citizen's request, with errors addressed to the
 * agent — what to check with the caller, or where to look — rather than to the citizen.
 */
export const ZAgentIntake = ZCreateTicket.omit({ channel: true, attributes: true }).extend({
  type: z.enum(REQUEST_TYPES, { error: "请选择诉求类型：按来电人的意图选（咨询、求助、投诉、建议、举报），类型决定办理时限" }),
  categoryId: zId("请选择诉求分类：可在“快速查找分类”里输入关键词（如“噪声”），分类决定承办部门"),
  description: z
    .string({ error: AGENT_DESCRIPTION })
    .trim()
    .min(5, AGENT_DESCRIPTION)
    .max(4000, "诉求内容不超过4000字：请概括要点，细节可在派单前补充"),
  contactName: z.string().trim().max(50, "来电人称呼不超过50字，例如“张先生”").optional(),
  contactPhone: ZPhoneNumber("请输入正确的联系电话：向来电人复述核对，11位手机号或带区号的固定电话（如 0513-85123456）").optional(),
});

const RATING_MESSAGE = "请选择评价：满意、基本满意或不满意";
/** The citizen's rating on the one 12345 scale (labels.ts CITIZEN_RATINGS): 3 满意, 2 基本满意, 1 不满意. */
export const ZRate = z.object({
  id: ZId,
  rating: z.number({ error: RATING_MESSAGE }).int(RATING_MESSAGE).min(1, RATING_MESSAGE).max(3, RATING_MESSAGE),
  comment: z.string().trim().max(500, "评价内容不超过500字").optional(),
});

export const ZPage = z.object({ page: z.number().int().min(1).max(100_000).default(1) }).default({ page: 1 });

export const ZText = (what: string, max = 2000) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(2, `请填写${what}，至少2个字`)
    .max(max, `${what}不超过${max}字`);
export const ZSatisfaction = z.enum(SATISFACTION, { error: "请选择回访结果：满意、基本满意或不满意" });
/** An optional remark (催办, 回访, 延期审批): kept to its first 500 characters. */
const ZNote = z.string().max(2000, "备注不超过2000字").optional();

/** The ticket and the version the page showed (optimistic concurrency). */
export const ZTicketRef = z.object({ id: ZId, version: ZVersion });

export const ZClassify = ZTicketRef.extend({ type: z.enum(REQUEST_TYPES, { error: "请选择诉求类型" }), categoryId: zId("请选择诉求分类") });
export const ZAnswer = ZTicketRef.extend({ answer: ZText("答复内容") });
export const ZDispatch = ZTicketRef.extend({ departmentId: zId("请选择承办部门") });
export const ZRevisit = ZTicketRef.extend({ result: ZSatisfaction, note: ZNote });
export const ZUrge = ZTicketRef.extend({ note: ZNote });
export const ZMerge = z.object({
  dupId: ZId,
  dupVersion: ZVersion,
  primaryId: zId("请选择要合并到的工单"),
  primaryVersion: zId("请选择要合并到的工单"),
});
export const ZDecideExtension = z.object({
  extensionId: ZId,
  ticketVersion: ZVersion,
  decision: z.enum(["approve", "reject"], { error: "请选择同意或不同意延期" }),
  note: ZNote,
});

export const ZExtensionRequest = z.object({
  newDueDate: z.string({ error: "请选择申请延期到的日期" }).regex(/^\d{4}-\d{2}-\d{2}$/, "请选择申请延期到的日期（年-月-日）"),
  reason: z.string({ error: "请填写延期理由" }).trim().min(5, "请填写延期理由，至少5个字").max(500, "延期理由不超过500字"),
});

export const ZStaffReply = ZTicketRef.extend({ reply: ZText("办理结果") });
export const ZStaffReturn = ZTicketRef.extend({ reason: ZText("退单理由", 500) });
export const ZStaffExtension = ZTicketRef.extend(ZExtensionRequest.shape);

export const ZSlaUpdate = z.object({
  requestType: z.enum(REQUEST_TYPES, { error: "请选择诉求类型" }),
  workingDays: z
    .number({ error: "请填写工作日天数" })
    .int("工作日天数应为整数")
    .min(1, "办理时限至少1个工作日")
    .max(60, "办理时限不超过60个工作日"),
});

export const ZCreateOpen311Key = z.object({
  name: z
    .string({ error: "请填写使用方名称" })
    .trim()
    .min(2, "请填写使用方名称，至少2个字，如“某某区网格化平台（张工）”")
    .max(100, "使用方名称不超过100字"),
});
export const ZRevokeOpen311Key = z.object({ id: zId("密钥编号无效") });

export const PROPOSAL_STATUSES = ["pending", "published", "rejected"] as const;

export const ZProposal = z.object({
  articleId: ZId.optional(),
  baseVersion: ZVersion.optional(),
  title: z.string({ error: "请填写标题" }).trim().min(2, "请填写标题，至少2个字").max(100, "标题不超过100字"),
  body: z.string({ error: "请填写正文" }).trim().min(10, "请填写正文，至少10个字").max(10_000, "正文不超过10000字"),
  keywords: z.string().trim().max(300, "关键词不超过300字").default(""),
  catalogueItemIds: z.array(zId("事项编号无效")).max(20, "最多关联20个事项").default([]),
  categoryId: zId("请选择有效的诉求分类").nullable().optional(),
});

export const ZDecisionNote = z
  .string({ error: "请填写驳回理由" })
  .trim()
  .min(2, "请填写驳回理由，至少2个字")
  .max(500, "驳回理由不超过500字");

export const ZKbSearch = z.object({
  q: z.string().max(500, "搜索词不超过500字").default(""),
  limit: z.number().int().min(1).max(50).default(20),
});
export const ZRejectProposal = z.object({ id: ZId, reason: ZDecisionNote });
export const ZArchiveArticle = z.object({ id: ZId, version: ZVersion });
export const ZProposalQuery = z.object({ status: z.enum(PROPOSAL_STATUSES).default("pending") });

export const PRESET_IDS = ["week", "lastWeek", "month", "last30", "custom"] as const;
/** The statistics range: a preset, or a custom from/to checked by the service (all problems per field). */
export const ZStatsRange = z.object({
  preset: z.enum(PRESET_IDS, { error: "请选择统计时段" }).default("week"),
  from: z.string().max(20, "日期格式应为 年-月-日，例如 2026-11-01").optional(),
  to: z.string().max(20, "日期格式应为 年-月-日，例如 2026-11-01").optional(),
});

// ——— 附议 / 关注 and the suggestion step (supporters.ts) ———

/** Where the citizen's problem is: the category and a point or an address (the suggestion step on /12345). */
export const ZSuggestQuery = z.object({
  categoryId: zId("请选择诉求分类"),
  lat: z.number().min(31).max(33).optional(),
  lng: z.number().min(120).max(122).optional(),
  address: z.string().trim().max(200).optional(),
});

/** 附议 ("我也遇到了"): an optional note and one photo; `sms` asks for an SMS beside the message on each change. */
export const ZJoin = z.object({
  ticketId: zId("请选择要附议的诉求"),
  note: z.string().trim().max(500, "补充说明不超过500字").optional(),
  sms: z.boolean().default(false),
  photos: z
    .array(z.object({ name: z.string().max(255), bytes: ZBytes }))
    .max(MAX_PHOTO_UPLOADS)
    .default([]),
});
export type TJoin = z.input<typeof ZJoin>;

/** 关注: follow a public request's progress (message, and SMS when asked). */
export const ZFollow = z.object({ ticketId: zId("请选择要关注的诉求"), sms: z.boolean().default(false) });
export const ZUnfollow = z.object({ ticketId: zId("请选择要取消关注的诉求") });
