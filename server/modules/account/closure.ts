import { and, eq, isNotNull, lte, ne, notInArray, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountClosure,
  accountDevSmsOutbox,
  accountSmsCode,
  accountUser,
  applicationCase,
  booking,
  catalogueItem,
  hotlineTicket,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import { addWorkingDays, shanghaiDate } from "@/server/lib/working-days";
import { logger } from "@/server/lib/logger";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import { eraseApplicant } from "@/server/modules/applications/service";
import { cancelFutureBookingsOf, placesFreed } from "@/server/modules/booking/service";
import { consumeSmsCode, sendSmsCode, type ServiceCtx, type SessionUser } from "./service";
import { ownedRows, PERSONAL_TABLES } from "./personal-data";

/** The privacy notice promises erasure within 15 working days of the request. */
export const CLOSURE_WORKING_DAYS = 15;

export type PendingItem = { kind: "application" | "booking" | "ticket"; id: number; title: string; status: string; href: string };

/** What is still open, listed before the citizen confirms: pending applications, upcoming bookings, open tickets. */
export async function closurePreview(db: DB, userId: string, now = new Date()) {
  const [apps, bookings, tickets, cal, closure] = await Promise.all([
    db
      .select({ id: applicationCase.id, name: catalogueItem.name, status: applicationCase.status })
      .from(applicationCase)
      .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
      .where(and(eq(applicationCase.userId, userId), notInArray(applicationCase.status, ["completed", "rejected"]))),
    db
      .select({ id: booking.id, confirmationNo: booking.confirmationNo, serviceDate: booking.serviceDate })
      .from(booking)
      .where(and(eq(booking.userId, userId), eq(booking.status, "active"), sql`${booking.serviceDate} >= ${shanghaiDate(now)}`)),
    db
      .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo, type: hotlineTicket.type })
      .from(hotlineTicket)
      .where(and(eq(hotlineTicket.citizenUserId, userId), ne(hotlineTicket.status, "closed"))),
    loadHolidayCalendar(db),
    db.select().from(accountClosure).where(eq(accountClosure.userId, userId)),
  ]);
  const pending: PendingItem[] = [
    ...apps.map((a) => ({
      kind: "application" as const,
      id: a.id,
      title: a.name,
      status: a.status === "draft" ? "草稿（注销后删除）" : "办理中（注销后由承办部门继续办理）",
      href: `/me/applications/${a.id}`,
    })),
    ...bookings.map((b) => ({
      kind: "booking" as const,
      id: b.id,
      title: `预约 ${b.confirmationNo}（${b.serviceDate}）`,
      status: "未使用（确认注销时自动取消，名额释放给他人）",
      href: "/me/appointments",
    })),
    ...tickets.map((t) => ({
      kind: "ticket" as const,
      id: t.id,
      title: `12345${t.type} ${t.ticketNo}`,
      status: "未办结（注销后不再通知您）",
      href: `/me/requests/${t.id}`,
    })),
  ];
  return { pending, closeBy: addWorkingDays(now, CLOSURE_WORKING_DAYS, cal), requested: closure[0] ?? null };
}

/** Sends the re-authentication code for 注销账号 to the account's own phone. */
export async function sendClosureCode(ctx: ServiceCtx, user: SessionUser) {
  const [me] = await ctx.db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, user.id));
  if (!me) throw new AppError("NOT_FOUND", "账号不存在");
  return sendSmsCode(ctx, { phone: me.phone, purpose: "close" });
}

/**
 * 注销账号: after the SMS code sent to the account's phone (purpose "close") is checked, the request is
 * recorded, the account is disabled and every session ends (sessionVersion); the closure job erases the
 * personal data by the due date. Audited.
 */
export async function requestClosure(ctx: ServiceCtx, user: SessionUser, code: string, now = new Date()) {
  const { db } = ctx;
  const [me] = await db
    .select({ phone: accountUser.phone, disabled: accountUser.disabled })
    .from(accountUser)
    .where(eq(accountUser.id, user.id));
  if (!me || me.disabled) throw new AppError("FORBIDDEN", "账号已停用");
  if (user.role !== "citizen" && user.role !== "enterprise") {
    throw new AppError("FORBIDDEN", "工作人员账号由管理员停用，不能自行注销");
  }
  await consumeSmsCode(db, me.phone, "close", code, now);
  const closeBy = addWorkingDays(now, CLOSURE_WORKING_DAYS, await loadHolidayCalendar(db));
  let freed: number[] = [];
  await db.transaction(async (tx) => {
    await tx.insert(accountClosure).values({ userId: user.id, requestedAt: now, dueDate: closeBy }).onConflictDoNothing();
    await tx
      .update(accountUser)
      .set({ disabled: true, sessionVersion: sql`${accountUser.sessionVersion} + 1`, updatedAt: now })
      .where(eq(accountUser.id, user.id));
    // Places booked for days to come are given back now, so others can take them.
    freed = await cancelFutureBookingsOf(tx, user.id, now);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "account.closure_request",
      targetType: "account_user",
      targetId: user.id,
      outcome: "success",
      ip: ctx.ip,
      detail: { closeBy, cancelledBookings: freed.length },
    });
  });
  placesFreed(freed);
  return { closeBy, cancelledBookings: freed.length };
}

/**
 * Erases or anonymises every personal field of one account, table by table (PERSONAL_TABLES): the
 * account row stays as an empty shell (others' records reference it) with a placeholder phone, so the
 * number can register again. Audit rows stay (they hold no name or phone).
 */
export async function eraseAccount(db: DB, userId: string, now = new Date()): Promise<void> {
  let freed: number[] = [];
  await db.transaction(async (tx) => {
    const [me] = await tx
      .select({ phone: accountUser.phone, realName: accountUser.realName, idNumberHash: accountUser.idNumberHash })
      .from(accountUser)
      .where(eq(accountUser.id, userId))
      .for("update");
    if (!me) return;
    const who = { userId, idNumberHash: me.idNumberHash };
    freed = await cancelFutureBookingsOf(tx, userId, now);
    await eraseApplicant(tx, userId, me);
    // Order matters: rows pointing at family members are anonymised (set null) before these are deleted.
    const ordered = [...PERSONAL_TABLES].sort((a, b) => Number(a.erase === "delete") - Number(b.erase === "delete"));
    for (const t of ordered) {
      if (t.name === "account_user" || t.name === "application_case" || t.erase === "keep") continue;
      if (t.erase === "delete") await tx.delete(t.table).where(ownedRows(t, who));
      else if (t.anonymise) await tx.update(t.table).set(t.anonymise).where(ownedRows(t, who));
    }
    await tx.delete(accountSmsCode).where(eq(accountSmsCode.phone, me.phone));
    await tx.delete(accountDevSmsOutbox).where(eq(accountDevSmsOutbox.phone, me.phone));
    await tx
      .update(accountUser)
      .set({
        phone: `closed:${userId}`,
        nickname: "已注销用户",
        passwordHash: null,
        realName: null,
        idNumberEnc: null,
        idNumberHash: null,
        realNameVerifiedAt: null,
        enterpriseName: null,
        enterpriseUscc: null,
        failedSignIns: 0,
        failureWindowStartedAt: null,
        lockedUntil: null,
        lastSignInAt: null,
        disabled: true,
        sessionVersion: sql`${accountUser.sessionVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(accountUser.id, userId));
    await tx.update(accountClosure).set({ status: "done", completedAt: now }).where(eq(accountClosure.userId, userId));
    await audit(tx, { action: "account.closed", targetType: "account_user", targetId: userId, outcome: "success" });
  });
  placesFreed(freed);
}

/** Erases every requested closure (all pending ones, not only those due: the due date is a deadline). */
export async function processClosures(db: DB, now = new Date()): Promise<number> {
  const due = await db
    .select({ userId: accountClosure.userId })
    .from(accountClosure)
    .where(and(eq(accountClosure.status, "pending"), isNotNull(accountClosure.dueDate), lte(accountClosure.requestedAt, now)));
  for (const c of due) await eraseAccount(db, c.userId, now);
  return due.length;
}

/** The closure job: once per cluster at a time, every `everyMs` (default hourly) and at start. */
export function startClosureJob(db: DB, everyMs = 3_600_000): () => void {
  const run = () =>
    runOncePerCluster("account-closure", () => processClosures(db)).then(
      (r) => {
        if (r.ran && r.value > 0) logger.info({ closed: r.value }, "account closures erased");
      },
      (e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, "account closure job failed"),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
