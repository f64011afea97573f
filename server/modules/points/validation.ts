import { z } from "zod";

/** What a module passes to `awardPoints`. */
export const ZAward = z.object({
  userId: z.uuid({ error: "用户标识无效" }),
  delta: z
    .number({ error: "积分须为整数" })
    .int("积分须为整数")
    .refine((n) => n !== 0, "积分变动不能为0")
    .refine((n) => Math.abs(n) <= 100_000, "单次积分变动不超过100000分"),
  reason: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, "积分原因代码无效"),
  sourceModule: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, "来源模块代码无效"),
  sourceRef: z.string().max(200).optional(),
  idempotencyKey: z.string().min(8, "幂等标识无效").max(200, "幂等标识无效"),
  dailyCap: z
    .object({
      key: z.string().min(1).max(40),
      limit: z.number().int().positive(),
      /** China calendar day, YYYY-MM-DD */
      day: z.iso.date({ error: "日期格式应为 YYYY-MM-DD" }),
    })
    .optional(),
});
export type AwardInput = z.input<typeof ZAward>;
