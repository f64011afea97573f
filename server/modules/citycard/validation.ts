import { z } from "zod";
import { ZId } from "@/server/lib/validation";

export const CARD_FUNCTIONS = {
  social_security: "社保",
  bus: "公交",
  bike: "公共自行车",
  medical: "就医（居民健康卡）",
  library: "图书借阅",
  tourism: "旅游景点",
  housing_fund: "公积金查询",
} as const;
export type CardFunction = keyof typeof CARD_FUNCTIONS;

export const TX_TYPE_CODES = ["topup", "bus", "metro", "bike", "library", "medical", "retail", "refund"] as const;
export type TxType = (typeof TX_TYPE_CODES)[number];
export const TX_TYPES: Record<TxType, string> = {
  topup: "充值",
  bus: "公交",
  metro: "地铁",
  bike: "公共自行车",
  library: "图书馆",
  medical: "医疗",
  retail: "商户消费",
  refund: "退款",
};

export const CARD_STATUS_NAMES = { active: "正常", lost: "已挂失", cancelled: "已注销" } as const;

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日，例如 2026-11-01");

export const ZCardTxFilter = z
  .object({
    from: ZDate.optional(),
    to: ZDate.optional(),
    type: z.enum(TX_TYPE_CODES, { error: "请选择交易类型" }).optional(),
    page: z.number().int().min(1).max(1000).default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "开始日期不能晚于结束日期", path: ["to"] });
export type TCardTxFilter = z.input<typeof ZCardTxFilter>;

export const ZCardTransactionIngest = z.object({
  cardNo: z.string().trim().min(8).max(32),
  type: z.enum(TX_TYPE_CODES),
  amountFen: z
    .number()
    .int()
    .refine((n) => n !== 0, "金额不能为0"),
  place: z.string().trim().min(1).max(100),
  externalRef: z.string().trim().min(4).max(100),
  occurredAt: z.date(),
});
export type TCardTransactionIngest = z.infer<typeof ZCardTransactionIngest>;

export const ZCounterRestore = z.object({
  cardNo: z.string({ error: "请输入卡号" }).trim().min(8, "请输入完整卡号").max(32, "卡号过长"),
  idNumber: z.string({ error: "请输入持卡人身份证号" }).trim().min(1, "请输入持卡人身份证号"),
  outletId: ZId.optional(),
  note: z.string().trim().max(200, "备注不超过200字").optional(),
});
export type TCounterRestore = z.infer<typeof ZCounterRestore>;
