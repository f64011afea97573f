import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, auditLog, calendarDay, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { calendarFromRows, type HolidayCalendar } from "@/server/lib/working-days";
import { hasPermission, isRole, ROLE_NAMES, ROLES, type Role } from "@/server/auth/roles";
import { maskPhone } from "@/server/lib/mask";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";

export const PAGE_SIZE = 20;

/** Users for the admin list; phone masked, no real-name data beyond "verified or not". */
export async function listUsers(db: DB, input: { q?: string; role?: Role; page: number }) {
  const where: SQL[] = [];
  if (input.role) where.push(eq(accountUser.role, input.role));
  if (input.q) {
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const cond = or(ilike(accountUser.phone, like), ilike(accountUser.nickname, like));
    if (cond) where.push(cond);
  }
  const filter = where.length ? and(...where) : undefined;
  const rows = await db
    .select({
      id: accountUser.id,
      phone: accountUser.phone,
      nickname: accountUser.nickname,
      role: accountUser.role,
      departmentId: accountUser.departmentId,
      departmentName: orgDepartment.shortName,
      realNameVerifiedAt: accountUser.realNameVerifiedAt,
      lockedUntil: accountUser.lockedUntil,
      disabled: accountUser.disabled,
      createdAt: accountUser.createdAt,
    })
    .from(accountUser)
    .leftJoin(orgDepartment, eq(orgDepartment.id, accountUser.departmentId))
    .where(filter)
    .orderBy(desc(accountUser.createdAt), asc(accountUser.phone))
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(accountUser).where(filter);
  return {
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
    items: rows.map((r) => ({
      id: r.id,
      phoneMasked: maskPhone(r.phone),
      nickname: r.nickname,
      role: isRole(r.role) ? r.role : ROLES[0],
      roleName: isRole(r.role) ? ROLE_NAMES[r.role] : r.role,
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      realNameVerified: r.realNameVerifiedAt !== null,
      locked: r.lockedUntil !== null && r.lockedUntil > new Date(),
      disabled: r.disabled,
      createdAt: r.createdAt,
    })),
  };
}

/** Changes a user's role (staff need a department). Audited with from → to; admins cannot demote themselves. */
export async function changeUserRole(
  ctx: ServiceCtx,
  actor: SessionUser,
  input: { userId: string; role: Role; departmentId?: number | null },
) {
  const { db } = ctx;
  if (input.userId === actor.id) throw new AppError("BAD_REQUEST", "不能修改自己的角色，请由其他管理员操作");
  // Whoever handles a department's work belongs to a department; nobody else keeps one.
  const needsDepartment = hasPermission(input.role, "department.handle");
  if (needsDepartment && !input.departmentId) {
    throw new AppError("BAD_REQUEST", "部门办理人必须选择所属部门", { departmentId: ["请选择所属部门"] });
  }
  const departmentId = needsDepartment ? (input.departmentId ?? null) : null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ role: accountUser.role, departmentId: accountUser.departmentId })
      .from(accountUser)
      .where(eq(accountUser.id, input.userId))
      .for("update")
      .limit(1);
    if (!before) throw new AppError("NOT_FOUND", "用户不存在");
    if (departmentId !== null) {
      const [dept] = await tx.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.id, departmentId)).limit(1);
      if (!dept) throw new AppError("BAD_REQUEST", "所选部门不存在", { departmentId: ["所选部门不存在"] });
    }
    // A new role is a new session: the person signs in again (server/auth/config.ts checks the version).
    await tx
      .update(accountUser)
      .set({ role: input.role, departmentId, sessionVersion: sql`${accountUser.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(accountUser.id, input.userId));
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "admin.role_change",
      outcome: "success",
      targetType: "user",
      targetId: input.userId,
      detail: { from: before.role, to: input.role, fromDepartment: before.departmentId, toDepartment: departmentId },
    });
    return { role: input.role, departmentId };
  });
}

/**
 * 停用 / 启用 an account. A disabled account cannot sign in by any method and every session it has ends
 * on its next request (the session version is bumped too). Audited; admins cannot disable themselves.
 */
export async function setUserDisabled(ctx: ServiceCtx, actor: SessionUser, input: { userId: string; disabled: boolean }) {
  const { db } = ctx;
  if (input.userId === actor.id) throw new AppError("BAD_REQUEST", "不能停用自己的账号，请由其他管理员操作");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(accountUser)
      .set({ disabled: input.disabled, sessionVersion: sql`${accountUser.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(accountUser.id, input.userId))
      .returning({ id: accountUser.id });
    if (!row) throw new AppError("NOT_FOUND", "用户不存在");
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: input.disabled ? "admin.user_disable" : "admin.user_enable",
      outcome: "success",
      targetType: "user",
      targetId: input.userId,
    });
    return { disabled: input.disabled };
  });
}

/**
 * 解除锁定: clears the failed sign-in count and the lock (server/lib/lockout.ts), so the person can sign in
 * with the password again at once. Audited as admin.unlock with when the lock would have ended.
 */
export async function unlockUser(ctx: ServiceCtx, actor: SessionUser, input: { userId: string }, now = new Date()) {
  const { db } = ctx;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ lockedUntil: accountUser.lockedUntil, failedSignIns: accountUser.failedSignIns })
      .from(accountUser)
      .where(eq(accountUser.id, input.userId))
      .for("update")
      .limit(1);
    if (!before) throw new AppError("NOT_FOUND", "用户不存在");
    if (!before.lockedUntil || before.lockedUntil <= now) throw new AppError("CONFLICT", "该账号未被锁定，无需解锁");
    await tx
      .update(accountUser)
      .set({ failedSignIns: 0, failureWindowStartedAt: null, lockedUntil: null, updatedAt: now })
      .where(eq(accountUser.id, input.userId));
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "admin.unlock",
      outcome: "success",
      targetType: "user",
      targetId: input.userId,
      detail: { lockedUntil: before.lockedUntil.toISOString(), failedSignIns: before.failedSignIns },
    });
    return { unlocked: true as const };
  });
}

export async function listAuditLog(db: DB, input: { page: number; action?: string }) {
  const filter = input.action ? eq(auditLog.action, input.action) : undefined;
  const items = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      outcome: auditLog.outcome,
      ip: auditLog.ip,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(filter)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(auditLog).where(filter);
  return { total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE, items };
}

export async function listDepartments(db: DB) {
  return db
    .select({
      id: orgDepartment.id,
      code: orgDepartment.code,
      name: orgDepartment.name,
      shortName: orgDepartment.shortName,
      kind: orgDepartment.kind,
      phone: orgDepartment.phone,
    })
    .from(orgDepartment)
    .orderBy(asc(orgDepartment.id));
}

export async function listCalendarDays(db: DB, year: number) {
  return db
    .select({ date: calendarDay.date, kind: calendarDay.kind, name: calendarDay.name })
    .from(calendarDay)
    .where(and(gte(calendarDay.date, `${year}-01-01`), lte(calendarDay.date, `${year}-12-31`)))
    .orderBy(asc(calendarDay.date));
}

/** The holiday calendar every working-day deadline is computed from. */
export async function loadHolidayCalendar(db: DB): Promise<HolidayCalendar> {
  const rows = await db.select({ date: calendarDay.date, kind: calendarDay.kind }).from(calendarDay);
  return calendarFromRows(rows.map((r) => ({ date: r.date, kind: r.kind === "workday" ? "workday" : "holiday" })));
}
