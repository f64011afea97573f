import { z } from "zod";

export const REQUEST_TYPES = ["咨询", "求助", "投诉", "建议", "举报", "其他"] as const;
export const CHANNELS = ["phone", "web", "mobile", "wechat", "open311"] as const;
export const SATISFACTION = ["满意", "基本满意", "不满意"] as const;
export const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;

export const ZCreateTicket = z.object({
  type: z.enum(REQUEST_TYPES, { error: "请选择诉求类型" }),
  categoryId: z.number({ error: "请选择诉求分类" }).int().positive("请选择诉求分类"),
  channel: z.enum(CHANNELS, { error: "渠道不正确" }).default("web"),
  description: z.string({ error: "请描述您的诉求" }).trim().min(5, "请描述您的诉求，至少5个字").max(4000, "诉求内容不超过4000字"),
  district: z.enum(DISTRICTS, { error: "请选择所在区县" }).optional(),
  address: z.string().trim().max(200, "地址不超过200字").optional(),
  lat: z.number().min(31, "位置不在南通范围内").max(33, "位置不在南通范围内").optional(),
  lng: z.number().min(120, "位置不在南通范围内").max(122, "位置不在南通范围内").optional(),
  isPublic: z.boolean().default(false),
  contactName: z.string().trim().max(50, "联系人不超过50字").optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "请输入正确的联系电话")
    .optional(),
  /** Answers to the category's extra attributes (Open311 service definitions), keyed by attribute code. */
  attributes: z.record(z.string().max(50), z.union([z.string().max(500), z.array(z.string().max(500)).max(20)])).optional(),
  idempotencyKey: z.string().trim().min(8, "提交标识无效").max(100, "提交标识无效"),
});
export type CreateTicketInput = z.input<typeof ZCreateTicket>;

export const ZText = (what: string, max = 2000) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(2, `请填写${what}，至少2个字`)
    .max(max, `${what}不超过${max}字`);
export const ZSatisfaction = z.enum(SATISFACTION, { error: "请选择回访结果：满意、基本满意或不满意" });
