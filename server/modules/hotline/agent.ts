import { and, asc, count, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  hotlineAttachment,
  hotlineCategory,
  hotlineEvent,
  hotlineExtension,
  hotlineSlaRule,
  hotlineTicket,
  orgDepartment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { addWorkingDays, shanghaiDate } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import type { SessionUser } from "@/server/modules/account/service";
import { hasPermission, isRole, rolesWith } from "@/server/auth/roles";
import { maskName } from "@/server/lib/mask";
import { audit } from "@/server/lib/audit";
import { ZPhoneNumber } from "@/server/lib/phone";
import { parseInput } from "@/server/lib/validation";
import { countQueues, isOverdue, listQueue, type QueueName, type QueueSort } from "./queues";
import { carryOnMerge, supportersForAgent } from "./supporters";
import {
  answerDirectly,
  CONFLICT_MESSAGE,
  createTicket,
  dispatchTicket,
  DEFAULT_SLA_DAYS,
  ensureFrom,
  findDuplicates,
  auditTicketRead,
  loadTicket,
  NOT_FOUND_MESSAGE,
  recordReturnVisit,
  requireAgent,
  slaDays,
  touch,
  transition,
  type ServiceCtx,
  type Ticket,
} from "./service";
import { z } from "zod";
import { REQUEST_TYPES, ZAgentIntake, ZClassify, ZText } from "./validation";

/**
 * The 12345 agent console (坐席工作台): caller lookup, intake on behalf of a caller, classification,
 * direct answers, dispatch, duplicates and merge, 催办, return visits and extension decisions.
 * Reading needs `agent.console` (agents and admins); acting needs `hotline.dispatch` (agents only:
 * admins see the console read-only).
 */

export function requireConsole(user: SessionUser) {
  if (!hasPermission(user.role, "agent.console")) throw new AppError("FORBIDDEN", "您没有12345坐席工作台权限");
}

/** The number the agent types while on the call: spaces and dashes are dropped, then the one phone rule applies. */
/** Addressed to the agent: what to check and what to do next. */
export const CALLER_PHONE_MESSAGE =
  "请输入正确的来电号码：核对来电显示，输入11位手机号或带区号的固定电话（如 0513-85123456），再按 Enter 查询";
export const ZCallerPhone = z
  .string({ error: "请输入来电号码" })
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(ZPhoneNumber(CALLER_PHONE_MESSAGE));

const historyColumns = {
  id: hotlineTicket.id,
  ticketNo: hotlineTicket.ticketNo,
  type: hotlineTicket.type,
  status: hotlineTicket.status,
  channel: hotlineTicket.channel,
  description: hotlineTicket.description,
  categoryName: hotlineCategory.name,
  departmentName: orgDepartment.shortName,
  dueDate: hotlineTicket.dueDate,
  satisfaction: hotlineTicket.satisfaction,
  createdAt: hotlineTicket.createdAt,
};

/**
 * 来电查询: the caller's account (if the phone is registered: masked name, real-name status) and the
 * requests made from that phone (as contact phone) or by that account, newest first.
 */
export async function lookupCaller(ctx: ServiceCtx, user: SessionUser, rawPhone: string) {
  requireConsole(user);
  const phone = parseInput(ZCallerPhone, rawPhone);
  const { db } = ctx;
  const [acct] = await db
    .select({
      id: accountUser.id,
      nickname: accountUser.nickname,
      realName: accountUser.realName,
      realNameVerifiedAt: accountUser.realNameVerifiedAt,
      role: accountUser.role,
      createdAt: accountUser.createdAt,
    })
    .from(accountUser)
    .where(eq(accountUser.phone, phone))
    .limit(1);
  const account = acct
    ? {
        name: maskName(acct.realNameVerifiedAt ? acct.realName : acct.nickname),
        realNameVerified: acct.realNameVerifiedAt !== null,
        isEnterprise: hasPermission(isRole(acct.role) ? acct.role : null, "enterprise.act"),
        registeredAt: acct.createdAt,
      }
    : null;
  const history = await db
    .select(historyColumns)
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineTicket.departmentId))
    .where(
      acct ? or(eq(hotlineTicket.contactPhone, phone), eq(hotlineTicket.citizenUserId, acct.id)) : eq(hotlineTicket.contactPhone, phone),
    )
    .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id))
    .limit(50);
  return { phone, account, history };
}

/**
 * 显示姓名: the caller's full name (real name once verified, else the nickname) for the agent on the call.
 * The console shows it masked; reading it whole is written to the audit log with the account as owner, so
 * the citizen sees it in “谁看过我的信息” (/me/privacy).
 */
export async function revealCallerName(ctx: ServiceCtx, user: SessionUser, rawPhone: string) {
  requireConsole(user);
  const phone = parseInput(ZCallerPhone, rawPhone);
  const [acct] = await ctx.db
    .select({
      id: accountUser.id,
      nickname: accountUser.nickname,
      realName: accountUser.realName,
      verifiedAt: accountUser.realNameVerifiedAt,
    })
    .from(accountUser)
    .where(eq(accountUser.phone, phone))
    .limit(1);
  if (!acct) throw new AppError("NOT_FOUND", "该号码未注册智慧南通账号，没有可显示的姓名：请直接询问来电人如何称呼");
  const name = (acct.verifiedAt ? acct.realName : acct.nickname) ?? null;
  if (acct.id !== user.id) {
    await audit(ctx.db, {
      actorId: user.id,
      actorRole: user.role,
      action: "hotline.caller.reveal",
      targetType: "account_user",
      targetId: acct.id,
      outcome: "success",
      ip: ctx.ip ?? null,
      detail: { ownerId: acct.id },
    });
  }
  return { name };
}

/** 代为登记: a request taken on the phone (channel 电话, actor = the agent). */
export async function createForCaller(ctx: ServiceCtx, agent: SessionUser, input: z.input<typeof ZAgentIntake>, now = new Date()) {
  requireAgent(agent);
  // The caller's own account (a citizen or enterprise registered with this phone) gets the request in
  // 我的诉求 and can follow and rate it; staff/agent/admin accounts are never linked.
  const phone = typeof input.contactPhone === "string" ? input.contactPhone.trim() : "";
  const [owner] = phone
    ? await ctx.db
        .select({ id: accountUser.id })
        .from(accountUser)
        .where(and(eq(accountUser.phone, phone), inArray(accountUser.role, rolesWith("hotline.submit"))))
        .limit(1)
    : [];
  return createTicket(ctx, agent, { ...input, channel: "phone" }, now, { citizenUserId: owner?.id ?? null });
}

/** What the intake and classification forms offer: types, the category tree, departments, SLA days. */
export async function formOptions(db: DB) {
  const cats = await db
    .select({
      id: hotlineCategory.id,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
    })
    .from(hotlineCategory)
    .orderBy(asc(hotlineCategory.sortOrder), asc(hotlineCategory.id));
  const groups = cats
    .filter((c) => c.parentId === null)
    .map((g) => ({
      id: g.id,
      name: g.name,
      children: cats
        .filter((c) => c.parentId === g.id)
        .map((c) => ({ id: c.id, name: c.name, departmentId: c.departmentId, needsLocation: c.needsLocation })),
    }))
    .filter((g) => g.children.length > 0);
  const departments = await db
    .select({ id: orgDepartment.id, name: orgDepartment.name, shortName: orgDepartment.shortName, kind: orgDepartment.kind })
    .from(orgDepartment)
    .orderBy(asc(orgDepartment.id));
  const sla = await db.select({ type: hotlineSlaRule.requestType, days: hotlineSlaRule.workingDays }).from(hotlineSlaRule);
  const slaDaysByType: Record<string, number> = Object.fromEntries(
    REQUEST_TYPES.map((t) => [t, sla.find((r) => r.type === t)?.days ?? DEFAULT_SLA_DAYS]),
  );
  return { types: [...REQUEST_TYPES], categories: groups, departments, slaDays: slaDaysByType };
}

/** The due date a dispatch now would get for this request type (working days across holidays). */
export async function dueDatePreview(db: DB, type: string, now = new Date()) {
  const days = await slaDays(db, type);
  return { type, workingDays: days, dueDate: addWorkingDays(now, days, await loadHolidayCalendar(db)) };
}

/** Everything the agent's ticket page shows. */
export async function agentTicket(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  requireConsole(user);
  const { db } = ctx;
  const ticket = await loadTicket(db, id);
  await auditTicketRead(db, user, ticket);
  const [cat] = await db
    .select({ name: hotlineCategory.name, parentId: hotlineCategory.parentId, departmentId: hotlineCategory.departmentId })
    .from(hotlineCategory)
    .where(eq(hotlineCategory.id, ticket.categoryId))
    .limit(1);
  const [parent] = cat?.parentId
    ? await db.select({ name: hotlineCategory.name }).from(hotlineCategory).where(eq(hotlineCategory.id, cat.parentId)).limit(1)
    : [];
  const [dept] = ticket.departmentId
    ? await db.select({ name: orgDepartment.shortName }).from(orgDepartment).where(eq(orgDepartment.id, ticket.departmentId)).limit(1)
    : [];
  const events = await db
    .select({
      id: hotlineEvent.id,
      at: hotlineEvent.at,
      actorRole: hotlineEvent.actorRole,
      actorName: accountUser.nickname,
      fromStatus: hotlineEvent.fromStatus,
      toStatus: hotlineEvent.toStatus,
      note: hotlineEvent.note,
    })
    .from(hotlineEvent)
    .leftJoin(accountUser, eq(accountUser.id, hotlineEvent.actorId))
    .where(eq(hotlineEvent.ticketId, id))
    .orderBy(asc(hotlineEvent.id));
  const attachments = await db
    .select({
      id: hotlineAttachment.id,
      fileName: hotlineAttachment.fileName,
      mimeType: hotlineAttachment.mimeType,
      sizeBytes: hotlineAttachment.sizeBytes,
    })
    .from(hotlineAttachment)
    // The request's own photos; joiners' photos are listed with each joiner (supporters).
    .where(and(eq(hotlineAttachment.ticketId, id), isNull(hotlineAttachment.supporterId)))
    .orderBy(asc(hotlineAttachment.createdAt));
  const dups = ticket.mergedIntoId === null && ticket.status !== "closed" ? await findDuplicates(db, ticket, now) : [];
  const versions = dups.length
    ? await db
        .select({ id: hotlineTicket.id, version: hotlineTicket.version })
        .from(hotlineTicket)
        .where(
          inArray(
            hotlineTicket.id,
            dups.map((d) => d.id),
          ),
        )
    : [];
  const duplicates = dups.map((d) => ({ ...d, version: versions.find((v) => v.id === d.id)?.version ?? 0 }));
  const extensions = await db
    .select({
      id: hotlineExtension.id,
      extraDays: hotlineExtension.extraDays,
      reason: hotlineExtension.reason,
      status: hotlineExtension.status,
      decisionNote: hotlineExtension.decisionNote,
      newDueDate: hotlineExtension.newDueDate,
      createdAt: hotlineExtension.createdAt,
      decidedAt: hotlineExtension.decidedAt,
    })
    .from(hotlineExtension)
    .where(eq(hotlineExtension.ticketId, id))
    .orderBy(desc(hotlineExtension.createdAt));
  const [mergedInto] = ticket.mergedIntoId
    ? await db
        .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo })
        .from(hotlineTicket)
        .where(eq(hotlineTicket.id, ticket.mergedIntoId))
        .limit(1)
    : [];
  const merged = await db
    .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo })
    .from(hotlineTicket)
    .where(eq(hotlineTicket.mergedIntoId, id))
    .orderBy(asc(hotlineTicket.id));
  return {
    ticket,
    categoryName: cat?.name ?? "",
    categoryGroupName: parent?.name ?? null,
    suggestedDepartmentId: cat?.departmentId ?? null,
    departmentName: dept?.name ?? null,
    overdue: isOverdue(ticket, now),
    canUrge: canUrge(ticket, await loadHolidayCalendar(db), now),
    events,
    attachments,
    duplicates,
    extensions,
    pendingExtension: extensions.find((e) => e.status === "pending") ?? null,
    mergedInto: mergedInto ?? null,
    merged,
    supporters: await supportersForAgent(db, id),
    canAct: hasPermission(user.role, "hotline.dispatch"),
  };
}

/** The latest state of a ticket, for the conflict message (what someone else did in the meantime). */
export async function latestState(ctx: ServiceCtx, user: SessionUser, id: number) {
  requireConsole(user);
  const t = await loadTicket(ctx.db, id);
  const [last] = await ctx.db
    .select({ at: hotlineEvent.at, note: hotlineEvent.note, toStatus: hotlineEvent.toStatus, actorName: accountUser.nickname })
    .from(hotlineEvent)
    .leftJoin(accountUser, eq(accountUser.id, hotlineEvent.actorId))
    .where(eq(hotlineEvent.ticketId, id))
    .orderBy(desc(hotlineEvent.id))
    .limit(1);
  return { status: t.status, version: t.version, lastEvent: last ?? null };
}

/** 分类: change type and/or category while the ticket is in the agent's hands. */
export async function classifyTicket(
  ctx: ServiceCtx,
  agent: SessionUser,
  id: number,
  version: number,
  input: { type: string; categoryId: number },
  now = new Date(),
) {
  requireAgent(agent);
  const v = parseInput(ZClassify.pick({ type: true, categoryId: true }), input);
  const { db } = ctx;
  const t = await loadTicket(db, id);
  ensureFrom(t, ["new", "returned", "reopened"], version);
  const [cat] = await db
    .select({ id: hotlineCategory.id, name: hotlineCategory.name, parentId: hotlineCategory.parentId })
    .from(hotlineCategory)
    .where(eq(hotlineCategory.id, v.categoryId))
    .limit(1);
  if (!cat || cat.parentId === null)
    throw new AppError("BAD_REQUEST", "请选择具体的诉求分类", { categoryId: ["请选择具体的诉求分类（第二级）"] });
  if (v.type === t.type && v.categoryId === t.categoryId)
    throw new AppError("BAD_REQUEST", "类型和分类都没有变化", { categoryId: ["类型和分类都没有变化"] });
  const changes = [v.type !== t.type ? `类型 ${t.type} → ${v.type}` : null, v.categoryId !== t.categoryId ? `分类改为“${cat.name}”` : null]
    .filter(Boolean)
    .join("，");
  return touch(ctx, agent, t, version, { type: v.type, categoryId: v.categoryId }, "classify", `重新分类：${changes}`, now);
}

export { answerDirectly, dispatchTicket, recordReturnVisit };

/**
 * 合并: `dupId` (still in the agent's hands) is closed as a duplicate of `primaryId` with a note; the
 * primary gets an event. Both versions are checked; either conflict rolls back both.
 */
export async function mergeTicket(
  ctx: ServiceCtx,
  agent: SessionUser,
  dupId: number,
  dupVersion: number,
  primaryId: number,
  primaryVersion: number,
  now = new Date(),
) {
  requireAgent(agent);
  if (dupId === primaryId) throw new AppError("BAD_REQUEST", "不能把工单合并到它自己", { primaryId: ["请选择另一张工单"] });
  return ctx.db.transaction(async (tx) => {
    const inner: ServiceCtx = { db: tx, ip: ctx.ip };
    const dup = await loadTicket(inner.db, dupId);
    const primary = await loadTicket(inner.db, primaryId).catch(() => {
      throw new AppError("BAD_REQUEST", "找不到要合并到的工单", { primaryId: ["找不到要合并到的工单"] });
    });
    ensureFrom(dup, ["new", "returned", "reopened"], dupVersion);
    if (primaryVersion !== primary.version) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    if (primary.mergedIntoId !== null)
      throw new AppError("BAD_REQUEST", `工单 ${primary.ticketNo} 本身已被合并，请合并到它所合并的工单`, { primaryId: ["该工单已被合并"] });
    if (primary.categoryId !== dup.categoryId)
      throw new AppError("BAD_REQUEST", "只能合并同一分类的重复诉求", { primaryId: ["分类不同，不能合并"] });
    // 附议/关注 go with the request: the duplicate's joiners, followers and its own citizen now support the primary.
    await carryOnMerge(tx, dup, primary);
    const d = await transition(
      inner,
      agent,
      dup,
      dupVersion,
      "closed",
      { mergedIntoId: primary.id, closedAt: now, answer: `与工单 ${primary.ticketNo} 为同一诉求，已合并办理。` },
      "merge",
      `合并至工单 ${primary.ticketNo}（重复诉求）`,
      now,
    );
    const p = await touch(inner, agent, primary, primaryVersion, {}, "merge-primary", `合并重复工单 ${dup.ticketNo}`, now);
    return { dup: d, primary: p };
  });
}

function canUrge(t: Pick<Ticket, "status" | "dueDate">, cal: Awaited<ReturnType<typeof loadHolidayCalendar>>, now: Date): boolean {
  if (!["dispatched", "accepted"].includes(t.status) || !t.dueDate) return false;
  // Overdue, or due by the next working day (临期).
  return t.dueDate <= addWorkingDays(now, 1, cal);
}

/** 催办: an open order at a department that is overdue or due by the next working day. */
export async function urgeTicket(ctx: ServiceCtx, agent: SessionUser, id: number, version: number, note?: string, now = new Date()) {
  requireAgent(agent);
  const t = await loadTicket(ctx.db, id);
  ensureFrom(t, ["dispatched", "accepted"], version);
  if (!canUrge(t, await loadHolidayCalendar(ctx.db), now))
    throw new AppError("BAD_REQUEST", `该工单办理时限为 ${t.dueDate}，尚未临期，暂不能催办`);
  const text = note?.trim() ? note.trim().slice(0, 500) : "";
  const overdue = t.dueDate! < shanghaiDate(now);
  return touch(
    ctx,
    agent,
    t,
    version,
    { urgeCount: t.urgeCount + 1, lastUrgedAt: now },
    "urge",
    `催办（第${t.urgeCount + 1}次，${overdue ? "已超期" : "临期"}）${text ? `：${text}` : ""}`,
    now,
  );
}

/** Pending extension requests from departments, oldest first. */
export async function listPendingExtensions(ctx: ServiceCtx, user: SessionUser, opts: { limit?: number } = {}) {
  requireConsole(user);
  return ctx.db
    .select({
      id: hotlineExtension.id,
      ticketId: hotlineExtension.ticketId,
      ticketNo: hotlineTicket.ticketNo,
      ticketStatus: hotlineTicket.status,
      ticketVersion: hotlineTicket.version,
      dueDate: hotlineTicket.dueDate,
      departmentName: orgDepartment.shortName,
      categoryName: hotlineCategory.name,
      extraDays: hotlineExtension.extraDays,
      reason: hotlineExtension.reason,
      requestedBy: accountUser.nickname,
      createdAt: hotlineExtension.createdAt,
    })
    .from(hotlineExtension)
    .innerJoin(hotlineTicket, eq(hotlineTicket.id, hotlineExtension.ticketId))
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineTicket.departmentId))
    .leftJoin(accountUser, eq(accountUser.id, hotlineExtension.requestedById))
    .where(eq(hotlineExtension.status, "pending"))
    .orderBy(asc(hotlineExtension.createdAt), asc(hotlineExtension.id))
    .limit(Math.min(opts.limit ?? 50, 200));
}

export async function countPendingExtensions(db: DB): Promise<number> {
  const [r] = await db.select({ n: count() }).from(hotlineExtension).where(eq(hotlineExtension.status, "pending"));
  return Number(r?.n ?? 0);
}

/**
 * 延期审批: approve (the due date moves by the requested working days, counted from the current due
 * date) or reject (a reason is required). Both are events on the ticket; the ticket's version is checked.
 */
export async function decideExtension(
  ctx: ServiceCtx,
  agent: SessionUser,
  extensionId: number,
  ticketVersion: number,
  decision: "approve" | "reject",
  note?: string,
  now = new Date(),
) {
  requireAgent(agent);
  const reason = decision === "reject" ? parseInput(ZText("不同意延期的理由", 500), note ?? "") : note?.trim().slice(0, 500) || null;
  return ctx.db.transaction(async (tx) => {
    const inner: ServiceCtx = { db: tx, ip: ctx.ip };
    const [ext] = await tx.select().from(hotlineExtension).where(eq(hotlineExtension.id, extensionId)).limit(1);
    if (!ext) throw new AppError("NOT_FOUND", "找不到该延期申请");
    if (ext.status !== "pending") throw new AppError("CONFLICT", "该延期申请已被处理，请刷新后查看最新状态");
    const t = await loadTicket(inner.db, ext.ticketId);
    ensureFrom(t, ["dispatched", "accepted"], ticketVersion);
    let newDueDate: string | null = null;
    let r;
    if (decision === "approve") {
      const from = t.dueDate && t.dueDate > shanghaiDate(now) ? new Date(`${t.dueDate}T12:00:00+08:00`) : now;
      newDueDate = addWorkingDays(from, ext.extraDays, await loadHolidayCalendar(inner.db));
      r = await touch(
        inner,
        agent,
        t,
        ticketVersion,
        { dueDate: newDueDate },
        "extension-approve",
        `同意延期${ext.extraDays}个工作日，办理时限 ${t.dueDate ?? "—"} → ${newDueDate}${reason ? `（${reason}）` : ""}`,
        now,
      );
    } else {
      r = await touch(inner, agent, t, ticketVersion, {}, "extension-reject", `不同意延期：${reason}`, now);
    }
    const [updated] = await tx
      .update(hotlineExtension)
      .set({
        status: decision === "approve" ? "approved" : "rejected",
        decidedById: agent.id,
        decidedAt: now,
        decisionNote: reason,
        newDueDate,
      })
      .where(and(eq(hotlineExtension.id, extensionId), eq(hotlineExtension.status, "pending")))
      .returning({ id: hotlineExtension.id });
    if (!updated) throw new AppError("CONFLICT", "该延期申请已被处理，请刷新后查看最新状态");
    return { ...r, newDueDate };
  });
}

/** Tab counts for the console (queue counts + pending extensions). */
export async function queueCounts(ctx: ServiceCtx, user: SessionUser, now = new Date()) {
  requireConsole(user);
  const counts = await countQueues(ctx.db, { now });
  return { ...counts, extensions: await countPendingExtensions(ctx.db) };
}

/** One page of a queue. */
export async function queueList(
  ctx: ServiceCtx,
  user: SessionUser,
  queue: QueueName,
  opts: { limit?: number; offset?: number; now?: Date; sort?: QueueSort } = {},
) {
  requireConsole(user);
  const now = opts.now ?? new Date();
  const rows = await listQueue(ctx.db, queue, { ...opts, now });
  return rows.map((r) => ({ ...r, overdue: isOverdue(r, now) }));
}

export { NOT_FOUND_MESSAGE, CONFLICT_MESSAGE };
