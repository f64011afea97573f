import { randomUUID } from "node:crypto";
import { and, desc, eq, gte, ne, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  hotlineAttachment,
  hotlineCategory,
  hotlineEvent,
  hotlineSlaRule,
  hotlineSupporter,
  hotlineTicket,
  orgDepartment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { addWorkingDays, shanghaiDate } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import type { SessionUser } from "@/server/modules/account/service";
import { hasPermission } from "@/server/auth/roles";
import { parseInput } from "@/server/lib/validation";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { ZCreateTicket, ZSatisfaction, ZText, type CreateTicketInput } from "./validation";
import { queueSupporterNotices, sendSupporterSms } from "./supporter-notices";

export type ServiceCtx = { db: DB; ip?: string | null };

/**
 * Status model (国办 2021 loop 受理 → 直接答复 or 派单 → 办理 → 答复 → 办结 → 回访 → 评价):
 * new (受理) → closed (直接答复) | dispatched (派单) → accepted (签收/办理) → replied (答复) →
 * closed (回访满意/基本满意) | reopened (回访不满意) → dispatched; dispatched/accepted → returned (退单) → dispatched.
 */
export { STATUS_NAMES, type TicketStatus } from "./labels";
import { isTicketStatus, STATUS_NAMES, type TicketStatus } from "./labels";

/** Used when the SLA table has no row for a type (it is seeded; this is a safety net). */
export const DEFAULT_SLA_DAYS = 13;
export const CONFLICT_MESSAGE = "该工单已被他人处理，请刷新后查看最新状态";
export const NOT_FOUND_MESSAGE = "找不到该工单";

export const ticketColumns = {
  id: hotlineTicket.id,
  ticketNo: hotlineTicket.ticketNo,
  type: hotlineTicket.type,
  categoryId: hotlineTicket.categoryId,
  channel: hotlineTicket.channel,
  status: hotlineTicket.status,
  description: hotlineTicket.description,
  district: hotlineTicket.district,
  address: hotlineTicket.address,
  lat: hotlineTicket.lat,
  lng: hotlineTicket.lng,
  isPublic: hotlineTicket.isPublic,
  contactName: hotlineTicket.contactName,
  contactPhone: hotlineTicket.contactPhone,
  citizenUserId: hotlineTicket.citizenUserId,
  departmentId: hotlineTicket.departmentId,
  dueDate: hotlineTicket.dueDate,
  answer: hotlineTicket.answer,
  returnReason: hotlineTicket.returnReason,
  satisfaction: hotlineTicket.satisfaction,
  citizenRating: hotlineTicket.citizenRating,
  citizenComment: hotlineTicket.citizenComment,
  ratedAt: hotlineTicket.ratedAt,
  urgeCount: hotlineTicket.urgeCount,
  lastUrgedAt: hotlineTicket.lastUrgedAt,
  attributes: hotlineTicket.attributes,
  createdById: hotlineTicket.createdById,
  dispatchedAt: hotlineTicket.dispatchedAt,
  repliedAt: hotlineTicket.repliedAt,
  mergedIntoId: hotlineTicket.mergedIntoId,
  joinCount: hotlineTicket.joinCount,
  version: hotlineTicket.version,
  createdAt: hotlineTicket.createdAt,
  updatedAt: hotlineTicket.updatedAt,
  closedAt: hotlineTicket.closedAt,
};
export type Ticket = {
  [K in keyof typeof ticketColumns]:
    (typeof ticketColumns)[K]["_"]["data"] | ((typeof ticketColumns)[K]["_"]["notNull"] extends true ? never : null);
};

export function requireAgent(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.dispatch")) throw new AppError("FORBIDDEN", "您没有12345坐席权限");
}

export async function staffDepartment(db: DB, user: SessionUser): Promise<number> {
  if (!hasPermission(user.role, "department.handle")) throw new AppError("FORBIDDEN", "您没有办理工单的权限");
  const [row] = await db.select({ departmentId: accountUser.departmentId }).from(accountUser).where(eq(accountUser.id, user.id)).limit(1);
  if (!row?.departmentId) throw new AppError("FORBIDDEN", "您的账号未分配部门，请联系管理员");
  return row.departmentId;
}

export async function loadTicket(db: DB, id: number): Promise<Ticket> {
  const [row] = await db.select(ticketColumns).from(hotlineTicket).where(eq(hotlineTicket.id, id)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return row;
}

/** A staff member's or agent's opening of a citizen's ticket, shown to the citizen in “谁看过我的信息” (/me/privacy). */
export async function auditTicketRead(db: Pick<DB, "insert">, user: SessionUser, ticket: { id: number; citizenUserId: string | null }) {
  if (!ticket.citizenUserId || ticket.citizenUserId === user.id) return;
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    action: "hotline.ticket.view",
    targetType: "hotline_ticket",
    targetId: String(ticket.id),
    outcome: "success",
    detail: { ownerId: ticket.citizenUserId },
  });
}

/** A ticket of the staff member's department; any other ticket is "not found" (no existence leak). */
export async function departmentTicket(db: DB, user: SessionUser, id: number): Promise<Ticket> {
  const departmentId = await staffDepartment(db, user);
  const [row] = await db
    .select(ticketColumns)
    .from(hotlineTicket)
    .where(and(eq(hotlineTicket.id, id), eq(hotlineTicket.departmentId, departmentId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return row;
}

/** A stale version (someone acted since the page was loaded) is a conflict before anything else. */
export function ensureFrom(t: Ticket, allowed: TicketStatus[], version = t.version) {
  if (version !== t.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  if (!isTicketStatus(t.status) || !allowed.includes(t.status)) {
    const name = isTicketStatus(t.status) ? STATUS_NAMES[t.status] : t.status;
    throw new AppError("CONFLICT", `该工单当前为“${name}”，不能执行此操作，请刷新后查看最新状态`);
  }
}

/**
 * The one way a ticket changes: `UPDATE … WHERE id = ? AND version = ?` (optimistic concurrency: a
 * second agent acting on the same version updates 0 rows and gets CONFLICT), then the event row and,
 * for agent/staff actions, the audit entry — all in one transaction.
 */
export async function transition(
  ctx: ServiceCtx,
  user: SessionUser,
  t: Ticket,
  version: number,
  to: TicketStatus,
  set: Partial<typeof hotlineTicket.$inferInsert>,
  action: string,
  note: string,
  now: Date,
): Promise<{ status: TicketStatus; version: number }> {
  if (version !== t.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  const result = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(hotlineTicket)
      .set({ ...set, status: to, version: sql`${hotlineTicket.version} + 1`, updatedAt: now })
      .where(and(eq(hotlineTicket.id, t.id), eq(hotlineTicket.version, version)))
      .returning({ version: hotlineTicket.version });
    if (!updated) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    await tx
      .insert(hotlineEvent)
      .values({ ticketId: t.id, at: now, actorId: user.id, actorRole: user.role, fromStatus: t.status, toStatus: to, note });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: `hotline.${action}`,
      outcome: "success",
      targetType: "hotline_ticket",
      targetId: String(t.id),
      detail: { from: t.status, to },
    });
    // Joiners and followers (附议/关注) hear of a dispatch, an answer and the close: once per change.
    const sms =
      to === t.status
        ? []
        : await queueSupporterNotices(tx, to, {
            id: t.id,
            description: t.description,
            categoryId: set.categoryId ?? t.categoryId,
            answer: set.answer !== undefined ? set.answer : t.answer,
            mergedIntoId: set.mergedIntoId !== undefined ? set.mergedIntoId : t.mergedIntoId,
            departmentId: set.departmentId !== undefined ? set.departmentId : t.departmentId,
          });
    return { status: to, version: updated.version, sms };
  });
  await sendSupporterSms(ctx.db, result.sms);
  // A public request's change (answer, close, merge, made private…) shows on /12345/public and its own page at once.
  if (t.isPublic || set.isPublic !== undefined) revalidatePublic(PAGE_TAGS.hotlinePublic, PAGE_TAGS.hotlineRequest(t.id));
  return { status: result.status, version: result.version };
}

/**
 * 附议 count: recounted from hotline_supporter (joined rows) in the caller's transaction. A counter on the
 * ticket, not a change of its state — no version bump (an agent's open page stays valid), no event.
 */
export async function syncJoinCount(db: Pick<DB, "update">, id: number): Promise<number> {
  const [row] = await db
    .update(hotlineTicket)
    .set({
      joinCount: sql`(select count(*)::int from ${hotlineSupporter} where ${hotlineSupporter.ticketId} = ${id} and ${hotlineSupporter.joined})`,
    })
    .where(eq(hotlineTicket.id, id))
    .returning({ joinCount: hotlineTicket.joinCount });
  return row?.joinCount ?? 0;
}

/**
 * A version-checked change that keeps the status (改分类, 催办, 延期批准…): same optimistic UPDATE as
 * `transition`, an event row with from = to = the current status, and the audit entry.
 */
export async function touch(
  ctx: ServiceCtx,
  user: SessionUser,
  t: Ticket,
  version: number,
  set: Partial<typeof hotlineTicket.$inferInsert>,
  action: string,
  note: string,
  now: Date,
): Promise<{ status: TicketStatus; version: number }> {
  if (!isTicketStatus(t.status)) throw new AppError("INTERNAL", `unknown ticket status ${t.status}`);
  return transition(ctx, user, t, version, t.status, set, action, note, now);
}

/**
 * Creates a request: a citizen on the web/mobile/WeChat (actor = citizen), an agent on a call on
 * behalf of the caller (actor = agent, channel phone), or an anonymous channel such as Open311
 * (actor = null; `opts.scope` names the client, e.g. the Open311 key). A retry with the same idempotency
 * key returns the first ticket: (scope, key) is unique — scope is the citizen or agent, or the channel.
 */
export async function createTicket(
  ctx: ServiceCtx,
  actor: SessionUser | null,
  raw: CreateTicketInput,
  now = new Date(),
  opts: {
    scope?: string;
    citizenUserId?: string | null;
    /** Files already written to storage: their rows go in with the ticket, in its transaction (both or neither). */
    attachments?: Omit<typeof hotlineAttachment.$inferInsert, "ticketId">[];
  } = {},
): Promise<{ id: number; ticketNo: string; created: boolean }> {
  const { db } = ctx;
  const input = parseInput(ZCreateTicket, raw);
  const isAgent = actor !== null && hasPermission(actor.role, "hotline.dispatch");
  if (actor && !isAgent && !hasPermission(actor.role, "hotline.submit")) throw new AppError("FORBIDDEN", "您的账号不能提交12345诉求");
  // A citizen's own request is theirs; a call taken by an agent belongs to the caller's account when
  // the caller has one (opts.citizenUserId, found by phone), so it shows in their 我的诉求 too.
  const citizenUserId = actor && !isAgent ? actor.id : isAgent ? (opts.citizenUserId ?? null) : null;
  const channel = isAgent ? "phone" : input.channel === "phone" ? "web" : input.channel;
  const [category] = await db
    .select({ id: hotlineCategory.id, needsLocation: hotlineCategory.needsLocation })
    .from(hotlineCategory)
    .where(eq(hotlineCategory.id, input.categoryId))
    .limit(1);
  if (!category) throw new AppError("BAD_REQUEST", "请选择诉求分类", { categoryId: ["请选择诉求分类"] });
  if (category.needsLocation && !input.address && (input.lat === undefined || input.lng === undefined)) {
    throw new AppError("BAD_REQUEST", "该类诉求需要填写发生地点", { address: ["请填写发生地点或在地图上选点"] });
  }
  if ((input.lat === undefined) !== (input.lng === undefined)) throw new AppError("BAD_REQUEST", "地图位置不完整，请重新选点");

  // The key is unique per submitter: the citizen, the agent taking the call, or the channel.
  const idempotencyScope = actor ? actor.id : (opts.scope ?? channel);
  const existing = async () => {
    const [row] = await db
      .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo })
      .from(hotlineTicket)
      .where(and(eq(hotlineTicket.idempotencyScope, idempotencyScope), eq(hotlineTicket.idempotencyKey, input.idempotencyKey)))
      .limit(1);
    return row;
  };
  const prior = await existing();
  if (prior) return { ...prior, created: false };

  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(hotlineTicket)
        .values({
          ticketNo: `pending-${randomUUID()}`,
          type: input.type,
          categoryId: input.categoryId,
          channel,
          status: "new",
          description: input.description,
          district: input.district ?? null,
          address: input.address || null,
          lat: input.lat ?? null,
          lng: input.lng ?? null,
          isPublic: input.isPublic,
          attributes: input.attributes ?? null,
          contactName: input.contactName || null,
          contactPhone: input.contactPhone || null,
          citizenUserId,
          createdById: actor?.id ?? null,
          idempotencyScope,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: hotlineTicket.id });
      // 12345 + yyyymmdd (China date) + 6 digits of the id: unique unless one day saw ≥ 1,000,000 requests.
      const ticketNo = `12345${shanghaiDate(now).replaceAll("-", "")}${String(row!.id % 1_000_000).padStart(6, "0")}`;
      await tx.update(hotlineTicket).set({ ticketNo }).where(eq(hotlineTicket.id, row!.id));
      await tx.insert(hotlineEvent).values({
        ticketId: row!.id,
        at: now,
        actorId: actor?.id ?? null,
        actorRole: actor?.role ?? null,
        fromStatus: null,
        toStatus: "new",
        note: isAgent ? "坐席代为登记（电话）" : "受理诉求",
      });
      if (opts.attachments?.length) await tx.insert(hotlineAttachment).values(opts.attachments.map((a) => ({ ...a, ticketId: row!.id })));
      if (isAgent)
        await audit(tx, {
          actorId: actor.id,
          actorRole: actor.role,
          ip: ctx.ip,
          action: "hotline.create",
          outcome: "success",
          targetType: "hotline_ticket",
          targetId: String(row!.id),
        });
      return { id: row!.id, ticketNo, created: true };
    });
  } catch (e) {
    // A concurrent retry with the same key lost the race on the unique index: return the winner.
    const winner = await existing();
    if (winner) return { ...winner, created: false };
    throw e;
  }
}

/** One of the citizen's own requests with its timeline; anyone else's is NOT_FOUND. */
export async function getOwnTicket(ctx: ServiceCtx, user: SessionUser, id: number) {
  const { db } = ctx;
  const [ticket] = await db
    .select(ticketColumns)
    .from(hotlineTicket)
    .where(and(eq(hotlineTicket.id, id), eq(hotlineTicket.citizenUserId, user.id)))
    .limit(1);
  if (!ticket) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const events = await db
    .select({ at: hotlineEvent.at, fromStatus: hotlineEvent.fromStatus, toStatus: hotlineEvent.toStatus, note: hotlineEvent.note })
    .from(hotlineEvent)
    .where(eq(hotlineEvent.ticketId, id))
    .orderBy(hotlineEvent.id);
  const [dept] = ticket.departmentId
    ? await db.select({ name: orgDepartment.shortName }).from(orgDepartment).where(eq(orgDepartment.id, ticket.departmentId))
    : [];
  return { ticket, events, departmentName: dept?.name ?? null };
}

/** 直接答复: the agent answers on the spot (typically 咨询) and the ticket closes with the answer. */
export async function answerDirectly(ctx: ServiceCtx, agent: SessionUser, id: number, version: number, answer: string, now = new Date()) {
  requireAgent(agent);
  const text = parseInput(ZText("答复内容"), answer);
  const t = await loadTicket(ctx.db, id);
  ensureFrom(t, ["new", "returned", "reopened"], version);
  return transition(ctx, agent, t, version, "closed", { answer: text, closedAt: now }, "answer", `直接答复：${text}`, now);
}

/** Working days allowed for a request type, from the SLA table. */
export async function slaDays(db: DB, type: string): Promise<number> {
  const [row] = await db
    .select({ days: hotlineSlaRule.workingDays })
    .from(hotlineSlaRule)
    .where(eq(hotlineSlaRule.requestType, type))
    .limit(1);
  return row?.days ?? DEFAULT_SLA_DAYS;
}

/** 派单: to a department, due in the type's SLA working days counted from the day after dispatch. */
export async function dispatchTicket(
  ctx: ServiceCtx,
  agent: SessionUser,
  id: number,
  version: number,
  departmentId: number,
  now = new Date(),
) {
  requireAgent(agent);
  const { db } = ctx;
  const t = await loadTicket(db, id);
  ensureFrom(t, ["new", "returned", "reopened"], version);
  const [dept] = await db
    .select({ id: orgDepartment.id, name: orgDepartment.shortName })
    .from(orgDepartment)
    .where(eq(orgDepartment.id, departmentId))
    .limit(1);
  if (!dept) throw new AppError("BAD_REQUEST", "请选择承办部门", { departmentId: ["请选择承办部门"] });
  const dueDate = addWorkingDays(now, await slaDays(db, t.type), await loadHolidayCalendar(db));
  const r = await transition(
    ctx,
    agent,
    t,
    version,
    "dispatched",
    { departmentId: dept.id, dueDate, dispatchedAt: now, returnReason: null },
    "dispatch",
    `派单至${dept.name}，办理时限 ${dueDate}`,
    now,
  );
  return { ...r, dueDate };
}

/** 签收 by the assigned department. Only dispatched tickets; version is whatever the clerk sees now. */
export async function acceptTicket(ctx: ServiceCtx, staff: SessionUser, id: number, now = new Date()) {
  const t = await departmentTicket(ctx.db, staff, id);
  ensureFrom(t, ["dispatched"]);
  return transition(ctx, staff, t, t.version, "accepted", {}, "accept", "部门签收", now);
}

/** 答复: the department's result, shown to the citizen; the agent then makes the return visit. */
export async function replyTicket(ctx: ServiceCtx, staff: SessionUser, id: number, version: number, reply: string, now = new Date()) {
  const text = parseInput(ZText("办理结果"), reply);
  const t = await departmentTicket(ctx.db, staff, id);
  ensureFrom(t, ["accepted"], version);
  return transition(ctx, staff, t, version, "replied", { answer: text, repliedAt: now }, "reply", `答复：${text}`, now);
}

/** 退单: a misrouted order goes back to the agent queue with the reason; the department is cleared. */
export async function returnTicket(ctx: ServiceCtx, staff: SessionUser, id: number, version: number, reason: string, now = new Date()) {
  const text = parseInput(ZText("退单理由", 500), reason);
  const t = await departmentTicket(ctx.db, staff, id);
  ensureFrom(t, ["dispatched", "accepted"], version);
  return transition(
    ctx,
    staff,
    t,
    version,
    "returned",
    { departmentId: null, dueDate: null, returnReason: text },
    "return",
    `退单：${text}`,
    now,
  );
}

/** 回访 + 评价: 满意/基本满意 closes the ticket; 不满意 reopens it for another dispatch. */
export async function recordReturnVisit(
  ctx: ServiceCtx,
  agent: SessionUser,
  id: number,
  version: number,
  result: string,
  note?: string,
  now = new Date(),
) {
  requireAgent(agent);
  const satisfaction = parseInput(ZSatisfaction, result);
  const t = await loadTicket(ctx.db, id);
  ensureFrom(t, ["replied"], version);
  const text = `回访：${satisfaction}${note?.trim() ? `（${note.trim().slice(0, 500)}）` : ""}`;
  if (satisfaction === "不满意") return transition(ctx, agent, t, version, "reopened", { satisfaction }, "revisit", text, now);
  return transition(ctx, agent, t, version, "closed", { satisfaction, closedAt: now }, "revisit", text, now);
}

/** Great-circle distance in metres. */
export function haversineMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

export const DUPLICATE_RADIUS_M = 500;
export const DUPLICATE_DAYS = 7;

/**
 * Possible duplicates of `ticket`: same category, created within the last 7 days before it (or
 * before `now`), within 500 m or at the same address, not merged, not itself. Uses the
 * (category_id, created_at) index, then filters distance in memory (a category's week is small).
 */
export async function findDuplicates(
  db: DB,
  ticket: Pick<Ticket, "id" | "categoryId" | "lat" | "lng" | "address" | "createdAt">,
  now = new Date(),
) {
  const since = new Date(Math.min(now.getTime(), ticket.createdAt.getTime()) - DUPLICATE_DAYS * 86_400_000);
  const rows = await db
    .select({
      id: hotlineTicket.id,
      ticketNo: hotlineTicket.ticketNo,
      status: hotlineTicket.status,
      description: hotlineTicket.description,
      address: hotlineTicket.address,
      lat: hotlineTicket.lat,
      lng: hotlineTicket.lng,
      createdAt: hotlineTicket.createdAt,
      mergedIntoId: hotlineTicket.mergedIntoId,
    })
    .from(hotlineTicket)
    .where(and(eq(hotlineTicket.categoryId, ticket.categoryId), gte(hotlineTicket.createdAt, since), ne(hotlineTicket.id, ticket.id)))
    .orderBy(desc(hotlineTicket.createdAt))
    .limit(500);
  const norm = (s: string | null) => (s ?? "").replace(/\s+/g, "");
  const out: ((typeof rows)[number] & { distanceM: number | null })[] = [];
  for (const r of rows) {
    if (r.mergedIntoId !== null) continue;
    const distanceM =
      ticket.lat !== null && ticket.lng !== null && r.lat !== null && r.lng !== null
        ? haversineMeters(ticket.lat, ticket.lng, r.lat, r.lng)
        : null;
    const sameAddress = norm(ticket.address) !== "" && norm(ticket.address) === norm(r.address);
    if (sameAddress || (distanceM !== null && distanceM <= DUPLICATE_RADIUS_M)) out.push({ ...r, distanceM });
  }
  return out.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0));
}

/** The ticket's full history for agents/staff. */
export async function ticketEvents(db: DB, id: number) {
  return db
    .select({
      id: hotlineEvent.id,
      at: hotlineEvent.at,
      actorId: hotlineEvent.actorId,
      actorRole: hotlineEvent.actorRole,
      fromStatus: hotlineEvent.fromStatus,
      toStatus: hotlineEvent.toStatus,
      note: hotlineEvent.note,
    })
    .from(hotlineEvent)
    .where(eq(hotlineEvent.ticketId, id))
    .orderBy(hotlineEvent.id);
}
