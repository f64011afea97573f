import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { ROLES } from "@/server/auth/roles";
import * as admin from "./service";

const ZRole = z.enum(ROLES);

export const ZChangeRole = z.object({
  userId: z.string().uuid("用户编号无效"),
  role: ZRole,
  departmentId: z.coerce.number().int().positive().nullable().optional(),
});

const ZPageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });

export const adminRouter = createTRPCRouter({
  users: permissionProcedure("admin.users")
    .input(
      z.object({ q: z.string().trim().max(50).optional(), role: ZRole.optional(), page: z.number().int().min(1).max(10_000).default(1) }),
    )
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
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => admin.listUsers(ctx.db, input)),

  changeRole: permissionProcedure("admin.users")
    .input(ZChangeRole)
    .output(z.object({ role: ZRole, departmentId: z.number().nullable() }))
    .mutation(({ ctx, input }) => admin.changeUserRole(ctx, ctx.user, input)),

  auditLog: permissionProcedure("admin.audit")
    .input(z.object({ page: z.number().int().min(1).max(100_000).default(1), action: z.string().max(60).optional() }))
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
    .input(z.object({ year: z.number().int().min(2020).max(2100) }))
    .output(z.array(z.object({ date: z.string(), kind: z.string(), name: z.string() })))
    .query(({ ctx, input }) => admin.listCalendarDays(ctx.db, input.year)),
});
