import { and, asc, count, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { hotlineAttachment, hotlineCategory, hotlineExtension, hotlineTicket, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/validation";
import { shanghaiDate, workingDaysBetween } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import type { SessionUser } from "@/server/modules/account/service";
import {
  acceptTicket,
  CONFLICT_MESSAGE,
  auditTicketRead,
  departmentTicket,
  ensureFrom,
  replyTicket,
  returnTicket,
  staffDepartment,
  ticketEvents,
  touch,
  type ServiceCtx,
} from "./service";
import { IS_ANSWERED_BY_DEPARTMENT, isOverdue, listDepartmentQueue, queueRowColumns } from "./queues";
import { ZExtensionRequest } from "./validation";
import type { TicketStatus } from "./labels";

/**
 * The department desk (/staff/tickets): the department's work orders by tab, one order with its
 * history, and the four things a department does — 签收, 答复 (办理结果), 申请延期, 退单. Every action
 * is version-checked through service.ts (transition/touch), so a second clerk acting on a stale page
 * gets CONFLICT and nothing is lost. Another department's order is NOT_FOUND (departmentTicket).
 */

export const ZStaffTab = z.enum(["dispatched", "accepted", "overdue", "replied"]);
export type StaffTab = z.infer<typeof ZStaffTab>;
export const STAFF_TABS: Record<StaffTab, string> = {
  dispatched: "待签收",
  accepted: "办理中",
  overdue: "超期",
  replied: "已答复",
};

export const STAFF_PAGE_SIZE = 20;
/** "已答复" shows what the department answered in the last 30 days. */
export const REPLIED_WINDOW_DAYS = 30;
/** An extension may move the deadline by at most this many working days. */
export const MAX_EXTENSION_WORKING_DAYS = 30;

/** The department still holds the order in these statuses: it may 申请延期 or 退单 (签收 and 答复 each have their own). */
export const OPEN_AT_DEPARTMENT: readonly TicketStatus[] = ["dispatched", "accepted"];

/** `YYYY-MM-DD` + 1 day. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function repliedSince(now: Date): Date {
  return new Date(now.getTime() - REPLIED_WINDOW_DAYS * 86_400_000);
}

/** One page of a department tab, with the counts of every tab for the badges. */
export async function listStaffQueue(ctx: ServiceCtx, user: SessionUser, input: { tab: StaffTab; page: number }, now = new Date()) {
  const { db } = ctx;
  const departmentId = await staffDepartment(db, user);
  const today = shanghaiDate(now);
  const page = Math.max(1, Math.min(10_000, Math.floor(input.page) || 1));
  const offset = (page - 1) * STAFF_PAGE_SIZE;
  const t = hotlineTicket;
  const since = repliedSince(now);

  const [counts, items] = await Promise.all([
    staffCounts(db, departmentId, today, since),
    (async () => {
      if (input.tab === "overdue") return listDepartmentQueue(db, departmentId, { overdueOnly: true, limit: STAFF_PAGE_SIZE, offset, now });
      const base = db
        .select({ ...queueRowColumns, repliedAt: t.repliedAt })
        .from(t)
        .innerJoin(hotlineCategory, eq(hotlineCategory.id, t.categoryId))
        .leftJoin(orgDepartment, eq(orgDepartment.id, t.departmentId));
      if (input.tab === "replied") {
        return base
          .where(and(eq(t.departmentId, departmentId), IS_ANSWERED_BY_DEPARTMENT, gte(t.repliedAt, since)))
          .orderBy(desc(t.repliedAt), desc(t.id))
          .limit(STAFF_PAGE_SIZE)
          .offset(offset);
      }
      return base
        .where(and(eq(t.departmentId, departmentId), eq(t.status, input.tab)))
        .orderBy(asc(t.dueDate), asc(t.id))
        .limit(STAFF_PAGE_SIZE)
        .offset(offset);
    })(),
  ]);
  return {
    tab: input.tab,
    page,
    pageSize: STAFF_PAGE_SIZE,
    today,
    total: counts[input.tab],
    counts,
    items: items.map((r) => ({
      id: r.id,
      ticketNo: r.ticketNo,
      type: r.type,
      status: r.status,
      description: r.description.length > 80 ? `${r.description.slice(0, 80)}…` : r.description,
      district: r.district,
      address: r.address,
      categoryName: r.categoryName,
      dueDate: r.dueDate,
      urgeCount: r.urgeCount,
      version: r.version,
      createdAt: r.createdAt,
      overdue: isOverdue(r, now),
    })),
  };
}

async function staffCounts(db: DB, departmentId: number, today: string, since: Date): Promise<Record<StaffTab, number>> {
  const t = hotlineTicket;
  const [byStatus, [overdue], [replied]] = await Promise.all([
    db
      .select({ status: t.status, n: count() })
      .from(t)
      .where(and(eq(t.departmentId, departmentId), inArray(t.status, ["dispatched", "accepted"])))
      .groupBy(t.status),
    db
      .select({ n: count() })
      .from(t)
      .where(and(eq(t.departmentId, departmentId), inArray(t.status, ["dispatched", "accepted"]), lt(t.dueDate, today))),
    db
      .select({ n: count() })
      .from(t)
      .where(and(eq(t.departmentId, departmentId), IS_ANSWERED_BY_DEPARTMENT, gte(t.repliedAt, since))),
  ]);
  const of = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  return { dispatched: of("dispatched"), accepted: of("accepted"), overdue: Number(overdue?.n ?? 0), replied: Number(replied?.n ?? 0) };
}

/** One of the department's orders: details, photos, history and extension requests. */
export async function getStaffTicket(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  const { db } = ctx;
  const ticket = await departmentTicket(db, user, id);
  await auditTicketRead(db, user, ticket);
  const [category, events, photos, extensions] = await Promise.all([
    db.select({ name: hotlineCategory.name }).from(hotlineCategory).where(eq(hotlineCategory.id, ticket.categoryId)).limit(1),
    ticketEvents(db, id),
    db
      .select({
        id: hotlineAttachment.id,
        fileName: hotlineAttachment.fileName,
        mimeType: hotlineAttachment.mimeType,
        sizeBytes: hotlineAttachment.sizeBytes,
      })
      .from(hotlineAttachment)
      .where(eq(hotlineAttachment.ticketId, id))
      .orderBy(asc(hotlineAttachment.createdAt)),
    db
      .select({
        id: hotlineExtension.id,
        newDueDate: hotlineExtension.newDueDate,
        extraDays: hotlineExtension.extraDays,
        reason: hotlineExtension.reason,
        status: hotlineExtension.status,
        decisionNote: hotlineExtension.decisionNote,
        createdAt: hotlineExtension.createdAt,
        decidedAt: hotlineExtension.decidedAt,
      })
      .from(hotlineExtension)
      .where(eq(hotlineExtension.ticketId, id))
      .orderBy(desc(hotlineExtension.createdAt), desc(hotlineExtension.id)),
  ]);
  const open = OPEN_AT_DEPARTMENT.some((st) => st === ticket.status);
  const pendingExtension = extensions.find((e) => e.status === "pending") ?? null;
  return {
    ticket: {
      id: ticket.id,
      ticketNo: ticket.ticketNo,
      type: ticket.type,
      channel: ticket.channel,
      status: ticket.status,
      description: ticket.description,
      district: ticket.district,
      address: ticket.address,
      lat: ticket.lat,
      lng: ticket.lng,
      contactName: ticket.contactName,
      contactPhone: ticket.contactPhone,
      dueDate: ticket.dueDate,
      answer: ticket.answer,
      urgeCount: ticket.urgeCount,
      lastUrgedAt: ticket.lastUrgedAt,
      attributes: ticket.attributes,
      dispatchedAt: ticket.dispatchedAt,
      repliedAt: ticket.repliedAt,
      createdAt: ticket.createdAt,
      version: ticket.version,
    },
    categoryName: category[0]?.name ?? "",
    overdue: isOverdue(ticket, now),
    events: events.map((e) => ({ at: e.at, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, actorRole: e.actorRole })),
    photos,
    extensions,
    pendingExtension,
    /** What the department may do now (the page shows one form per allowed action). */
    actions: {
      accept: ticket.status === "dispatched",
      reply: ticket.status === "accepted",
      requestExtension: open && ticket.dueDate !== null && pendingExtension === null,
      return: open,
    },
    /** Still in the department's hands (签收 or 办理中). */
    open,
    /** The earliest date an extension may ask for: the day after the current deadline. */
    extensionMinDate: ticket.dueDate ? nextDay(ticket.dueDate) : null,
  };
}

/** The page carries the version it showed: a stale page is a conflict, not a silent overwrite. */
async function checkedTicket(ctx: ServiceCtx, user: SessionUser, id: number, version: number) {
  const t = await departmentTicket(ctx.db, user, id);
  if (t.version !== version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  return t;
}

/** 签收. */
export async function staffAccept(ctx: ServiceCtx, user: SessionUser, id: number, version: number, now = new Date()) {
  await checkedTicket(ctx, user, id, version);
  return acceptTicket(ctx, user, id, now);
}

/** 答复 with the 办理结果 (the citizen sees it; the agent then makes the return visit). */
export async function staffReply(ctx: ServiceCtx, user: SessionUser, id: number, version: number, reply: string, now = new Date()) {
  return replyTicket(ctx, user, id, version, reply, now);
}

/** 退单 with a reason: the order goes back to the agents' 退单 queue. */
export async function staffReturn(ctx: ServiceCtx, user: SessionUser, id: number, version: number, reason: string, now = new Date()) {
  return returnTicket(ctx, user, id, version, reason, now);
}

/**
 * 申请延期: a pending hotline_extension row (requested due date, working days added, reason) and an
 * event on the ticket, in one transaction behind the version check — one pending request at a time.
 * An agent approves or rejects it (agent side).
 */
export async function requestExtension(
  ctx: ServiceCtx,
  user: SessionUser,
  id: number,
  version: number,
  raw: { newDueDate: string; reason: string },
  now = new Date(),
) {
  const input = parseInput(ZExtensionRequest, raw);
  const t = await departmentTicket(ctx.db, user, id);
  ensureFrom(t, [...OPEN_AT_DEPARTMENT], version);
  if (!t.dueDate) throw new AppError("CONFLICT", "该工单没有办理时限，无需申请延期");
  const requested = new Date(`${input.newDueDate}T12:00:00+08:00`);
  if (Number.isNaN(requested.getTime()) || shanghaiDate(requested) !== input.newDueDate) {
    throw new AppError("BAD_REQUEST", "请选择正确的日期", { newDueDate: ["请选择正确的日期"] });
  }
  if (input.newDueDate <= t.dueDate) {
    throw new AppError("BAD_REQUEST", `延期后的日期必须晚于当前办理时限 ${t.dueDate}`, {
      newDueDate: [`延期后的日期必须晚于当前办理时限 ${t.dueDate}`],
    });
  }
  const cal = await loadHolidayCalendar(ctx.db);
  const extraDays = workingDaysBetween(new Date(`${t.dueDate}T12:00:00+08:00`), requested, cal);
  if (extraDays < 1)
    throw new AppError("BAD_REQUEST", "延期后的日期须包含至少一个工作日", {
      newDueDate: ["延期后的日期须包含至少一个工作日（节假日不计）"],
    });
  if (extraDays > MAX_EXTENSION_WORKING_DAYS) {
    throw new AppError("BAD_REQUEST", `一次最多申请延期${MAX_EXTENSION_WORKING_DAYS}个工作日`, {
      newDueDate: [`一次最多申请延期${MAX_EXTENSION_WORKING_DAYS}个工作日，请选择更早的日期`],
    });
  }
  return ctx.db.transaction(async (tx) => {
    // The version-checked touch first: it locks the ticket row, so a concurrent request waits and then conflicts.
    const r = await touch(
      { db: tx, ip: ctx.ip },
      user,
      t,
      version,
      {},
      "extension.request",
      `申请延期至 ${input.newDueDate}（${extraDays}个工作日）：${input.reason}`,
      now,
    );
    const [pending] = await tx
      .select({ id: hotlineExtension.id })
      .from(hotlineExtension)
      .where(and(eq(hotlineExtension.ticketId, id), eq(hotlineExtension.status, "pending")))
      .limit(1);
    if (pending) throw new AppError("CONFLICT", "该工单已有一份待审批的延期申请，请等待坐席审批");
    const [row] = await tx
      .insert(hotlineExtension)
      .values({
        ticketId: id,
        requestedById: user.id,
        extraDays,
        reason: input.reason,
        status: "pending",
        newDueDate: input.newDueDate,
        createdAt: now,
      })
      .returning({ id: hotlineExtension.id });
    return { ...r, extensionId: row!.id, extraDays, newDueDate: input.newDueDate };
  });
}
