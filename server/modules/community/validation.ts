import { z } from "zod";
import { ZId, zId } from "@/server/lib/validation";
import { ZIdempotencyKey } from "@/server/modules/booking/validation";
import { ZPersonName } from "@/server/modules/family/validation";

export const CARE_SERVICE_CODES = ["cleaning", "meals", "escort"] as const;
export type CareService = (typeof CARE_SERVICE_CODES)[number];
export const CARE_SERVICES: Record<CareService, string> = { cleaning: "助洁（上门保洁）", meals: "助餐（送餐上门）", escort: "陪同就医" };

export const CARE_STATUSES = ["submitted", "accepted", "in_service", "completed", "cancelled", "declined"] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export const CARE_STATUS_NAMES: Record<CareStatus, string> = {
  submitted: "已提交",
  accepted: "已受理",
  in_service: "服务中",
  completed: "已完成",
  cancelled: "已取消",
  declined: "未受理",
};

/** Home-care services are for people aged 60 and over. */
export const CARE_MIN_AGE = 60;

const ZPhone = z
  .string({ error: "请输入联系电话" })
  .trim()
  .regex(/^1[3-9]\d{9}$/, "请输入11位手机号，例如 13800000001");

export const ZCareRequest = z.object({
  familyMemberId: ZId.nullish(),
  centreId: zId("请选择社区服务中心"),
  serviceType: z.enum(CARE_SERVICE_CODES, { error: "请选择服务项目" }),
  scheduledAt: z.date({ error: "请选择服务时间" }),
  address: z.string({ error: "请输入服务地址" }).trim().min(5, "请填写详细地址，例如 崇川区XX路XX号X幢X室").max(100, "地址不超过100字"),
  contactPhone: ZPhone,
  note: z.string().trim().max(200, "备注不超过200字").optional(),
  idempotencyKey: ZIdempotencyKey,
});
export type TCareRequest = z.infer<typeof ZCareRequest>;

export const ELDER_CARD_FIELDS = ["name", "emergencyContacts", "bloodType", "allergies", "community"] as const;
export type ElderCardField = (typeof ELDER_CARD_FIELDS)[number];
export const ELDER_CARD_FIELD_NAMES: Record<ElderCardField, string> = {
  name: "姓名",
  emergencyContacts: "紧急联系人",
  bloodType: "血型",
  allergies: "过敏史",
  community: "所在社区",
};
export const BLOOD_TYPES = ["A", "B", "AB", "O", "A Rh阴性", "B Rh阴性", "AB Rh阴性", "O Rh阴性"] as const;

export const ZEmergencyContact = z.object({
  name: ZPersonName,
  relation: z.string({ error: "请输入与老人的关系" }).trim().min(1, "请输入与老人的关系，例如 儿子").max(10, "关系不超过10个字"),
  phone: ZPhone,
});

export const ZElderCard = z
  .object({
    familyMemberId: ZId.nullish(),
    visibleFields: z.array(z.enum(ELDER_CARD_FIELDS)).min(1, "请至少选择一项在名片上显示的信息"),
    displayName: z.string().trim().min(1, "请输入名片上显示的称呼").max(20, "称呼不超过20个字").optional(),
    emergencyContacts: z.array(ZEmergencyContact).max(3, "紧急联系人最多3位").default([]),
    bloodType: z.enum(BLOOD_TYPES, { error: "请选择血型" }).optional(),
    allergies: z.string().trim().max(200, "过敏史不超过200字").optional(),
    communityName: z.string().trim().max(50, "社区名称不超过50字").optional(),
  })
  .superRefine((c, ctx) => {
    const need = (field: ElderCardField, ok: boolean, path: string, message: string) => {
      if (c.visibleFields.includes(field) && !ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    need("emergencyContacts", c.emergencyContacts.length > 0, "emergencyContacts", "选择显示紧急联系人时，请至少填写一位");
    need("bloodType", Boolean(c.bloodType), "bloodType", "选择显示血型时，请选择血型");
    need("allergies", Boolean(c.allergies), "allergies", "选择显示过敏史时，请填写过敏史（没有可填“无”）");
    need("community", Boolean(c.communityName), "communityName", "选择显示所在社区时，请填写社区名称");
  });
export type TElderCard = z.input<typeof ZElderCard>;
