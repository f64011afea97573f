import { z } from "zod";
import { ZId, zId } from "@/server/lib/validation";

/** A fresh key per booking attempt (the form's hidden field); a retry with the same key gets the same booking. */
export const ZIdempotencyKey = z
  .string({ error: "缺少请求编号，请刷新页面后重试" })
  .trim()
  .min(8, "请求编号无效，请刷新页面后重试")
  .max(100, "请求编号无效，请刷新页面后重试")
  .regex(/^[A-Za-z0-9_:.-]+$/, "请求编号无效，请刷新页面后重试");

export const ZBookInput = z.object({
  slotId: zId("请选择预约时段"),
  familyMemberId: ZId.nullish(),
  optionCode: z.string().trim().min(1).max(40).optional(),
  idempotencyKey: ZIdempotencyKey,
});
export type TBookInput = z.infer<typeof ZBookInput>;

export const BOOKING_STATUSES = ["active", "cancelled", "used", "no_show"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_NAMES: Record<BookingStatus, string> = {
  active: "待就诊/待使用",
  cancelled: "已取消",
  used: "已使用",
  no_show: "爽约",
};
