import { z } from "zod";
import { ZId } from "@/server/lib/validation";

export const ZAppId = z.object({ id: ZId });
export const ZReason = z.string().trim().min(2, "请填写理由，至少2个字").max(500, "理由不超过500字");

export const ZStaffAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("accept") }),
  z.object({ kind: z.literal("correction"), reason: ZReason }),
  z.object({ kind: z.literal("complete"), note: z.string().trim().min(2, "请填写办理结果，至少2个字").max(500, "办理结果不超过500字") }),
  z.object({ kind: z.literal("reject"), reason: ZReason }),
]);

export const ZRating = z.object({
  id: ZId,
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

/** Answers of a question page as posted (the page's own rules are checked by the service: form-schema.ts). */
export const ZAnswers = z.record(z.string().max(64), z.union([z.string().max(100_000), z.array(z.string().max(1000)).max(1000)]));

export const ZSavePage = z.object({
  id: ZId,
  pageId: z.string().max(64),
  answers: ZAnswers,
  files: z.array(z.object({ field: z.string().max(64), name: z.string().max(255), bytes: z.instanceof(Uint8Array) })).max(20),
  mode: z.enum(["continue", "draft"]),
});

export const ZSubmit = z.object({ id: ZId, idempotencyKey: z.string().uuid("请求标识无效，请刷新页面后重试") });
export const ZHandle = z.object({ id: ZId, action: ZStaffAction });
export const ZCloseFollowUp = z.object({ id: ZId, note: z.string().trim().min(2, "请填写整改情况").max(500, "整改情况不超过500字") });
