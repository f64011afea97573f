import { z } from "zod";

export const FAMILY_RELATIONS = ["child", "parent", "spouse", "grandparent", "other"] as const;
export const RELATION_NAMES: Record<(typeof FAMILY_RELATIONS)[number], string> = {
  child: "子女",
  parent: "父母",
  spouse: "配偶",
  grandparent: "祖父母/外祖父母",
  other: "其他亲属",
};

export const ZPersonName = z
  .string({ error: "请输入姓名" })
  .trim()
  .min(2, "请输入与身份证一致的姓名")
  .max(30, "姓名不超过30个字")
  .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, "姓名只能包含汉字、字母和间隔号“·”");

export const ZOptionalPhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, "请输入11位手机号，例如 13800000001")
  .optional();

export const ZAddFamilyMember = z.object({
  relation: z.enum(FAMILY_RELATIONS, { error: "请选择与您的关系" }),
  name: ZPersonName,
  idNumber: z.string({ error: "请输入身份证号" }).trim().min(1, "请输入身份证号"),
  phone: ZOptionalPhone,
});
export type TAddFamilyMember = z.infer<typeof ZAddFamilyMember>;

/** Who a booking or request is for: the signed-in person (no id) or one of their family members. */
export const ZPersonRef = z.object({ familyMemberId: z.number().int().positive().nullish() });
export type TPersonRef = z.infer<typeof ZPersonRef>;
