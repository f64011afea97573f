import { z } from "zod";
import { INT4_MAX } from "@/server/lib/validation";

/** Parts of a health record a grant can open (and the names the pages use for them). */
export const RECORD_PARTS = ["checkups", "vaccinations", "family_doctor", "follow_ups"] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];
export const PART_NAMES: Record<RecordPart, string> = {
  checkups: "体检报告",
  vaccinations: "预防接种",
  family_doctor: "家庭医生签约",
  follow_ups: "慢病随访",
};

/** A grant lasts at most this many days (a new one can be given when it ends). */
export const MAX_GRANT_DAYS = 366;

export const ZGrantAccess = z.object({
  familyMemberId: z.coerce
    .number({ error: "请选择家庭成员" })
    .int("请选择家庭成员")
    .positive("请选择家庭成员")
    .max(INT4_MAX, "请选择家庭成员"),
  scopes: z
    .array(z.enum(RECORD_PARTS, { error: "请选择可以查看的内容" }), { error: "请至少选择一项可以查看的内容" })
    .min(1, "请至少选择一项可以查看的内容"),
  endsOn: z
    .string({ error: "请填写授权截止日期" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "截止日期格式应为 年-月-日，例如 2027-06-30"),
});
export type TGrantAccess = z.infer<typeof ZGrantAccess>;

export const ZPersonId = z.object({ personId: z.number().int().positive() });
