import { z } from "zod";

export const ZAppId = z.object({ id: z.number().int().positive() });
export const ZReason = z.string().trim().min(2, "请填写理由，至少2个字").max(500, "理由不超过500字");

export const ZStaffAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept") }),
  z.object({ kind: z.literal("correction"), reason: ZReason }),
  z.object({ kind: z.literal("complete"), note: z.string().trim().min(2, "请填写办理结果，至少2个字").max(500, "办理结果不超过500字") }),
  z.object({ kind: z.literal("reject"), reason: ZReason }),
]);

export const ZRating = z.object({
  id: z.number().int().positive(),
  score: z.coerce.number({ error: "请选择评价等级" }).int().min(1, "请选择评价等级").max(5, "请选择评价等级"),
  comment: z.string().trim().max(500, "评价内容不超过500字").optional(),
  reason: z.string().trim().max(500, "原因不超过500字").optional(),
});

export const ZTrack = z.object({
  serialNo: z
    .string({ error: "请输入申办流水号" })
    .trim()
    .toUpperCase()
    .regex(/^NT\d{16}$/, "申办流水号是“NT”加16位数字，如 NT2026112200000012"),
  phoneLast4: z
    .string({ error: "请输入手机号后四位" })
    .trim()
    .regex(/^\d{4}$/, "请输入申请人手机号的后四位数字"),
});

export const ZQueueTab = z.enum(["pending", "processing", "correction", "closed", "overdue", "followups"]);
