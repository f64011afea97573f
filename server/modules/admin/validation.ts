import { z } from "zod";
import { ROLES } from "@/server/auth/roles";
import { zId } from "@/server/lib/validation";

export const ZRole = z.enum(ROLES, { error: "请选择角色" });

export const ZChangeRole = z.object({
  userId: z.string().uuid("用户编号无效"),
  role: ZRole,
  departmentId: zId("请选择部门").nullable().optional(),
});

export const ZUnlockUser = z.object({ userId: z.string().uuid("用户编号无效") });

export const ZSetDisabled = z.object({
  userId: z.string().uuid("用户编号无效"),
  disabled: z.boolean(),
});

export const ZUserQuery = z.object({
  q: z.string().trim().max(50, "搜索词不超过50个字").optional(),
  role: ZRole.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});

export const ZAuditQuery = z.object({ page: z.number().int().min(1).max(100_000).default(1), action: z.string().max(60).optional() });

export const ZCalendarQuery = z.object({ year: z.number().int().min(2020).max(2100) });
