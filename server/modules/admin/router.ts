import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import * as admin from "./service";
import { ZAuditQuery, ZCalendarQuery, ZChangeRole, ZRole, ZSetDisabled, ZUnlockUser, ZUserQuery } from "./validation";

const ZPageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });

export const adminRouter = createTRPCRouter({
  users: permissionProcedure("admin.users")
    .input(ZUserQuery)
    .output(
      ZPageOf(
        z.object({
          id: z.string(),
          phoneMasked: z.string(),
          nickname: z.string(),
          role: ZRole,
          roleName: z.string(),
          departmentId: z.number().nullable(),
          departmentName: z.string().nullable(),
          realNameVerified: z.boolean(),
          locked: z.boolean(),
          disabled: z.boolean(),
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => admin.listUsers(ctx.db, input)),

  changeRole: permissionProcedure("admin.users")
    .input(ZChangeRole)
    .output(z.object({ role: ZRole, departmentId: z.number().nullable() }))
    .mutation(({ ctx, input }) => admin.changeUserRole(ctx, ctx.user, input)),

  unlock: permissionProcedure("admin.users")
    .input(ZUnlockUser)
    .output(z.object({ unlocked: z.literal(true) }))
    .mutation(({ ctx, input }) => admin.unlockUser(ctx, ctx.user, input)),

  setDisabled: permissionProcedure("admin.users")
    .input(ZSetDisabled)
    .output(z.object({ disabled: z.boolean() }))
    .mutation(({ ctx, input }) => admin.setUserDisabled(ctx, ctx.user, input)),

  auditLog: permissionProcedure("admin.audit")
    .input(ZAuditQuery)
    .output(
      ZPageOf(
        z.object({
          id: z.number(),
          at: z.date(),
          actorId: z.string().nullable(),
          actorRole: z.string().nullable(),
          action: z.string(),
          targetType: z.string().nullable(),
          targetId: z.string().nullable(),
          outcome: z.string(),
          ip: z.string().nullable(),
          detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => admin.listAuditLog(ctx.db, input)),

  departments: permissionProcedure("admin.console")
    .output(
      z.array(
        z.object({
          id: z.number(),
          code: z.string(),
          name: z.string(),
          shortName: z.string(),
          kind: z.string(),
          phone: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => admin.listDepartments(ctx.db)),

  calendar: permissionProcedure("admin.calendar")
    .input(ZCalendarQuery)
    .output(z.array(z.object({ date: z.string(), kind: z.string(), name: z.string() })))
    .query(({ ctx, input }) => admin.listCalendarDays(ctx.db, input.year)),
});
