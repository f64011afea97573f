import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DB } from "@/server/db";
import { accountUser, alertsAlert, alertsFanoutJob, alertsSubscription, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/validation";
import { hasPermission } from "@/server/auth/roles";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import { drainFanout, fanoutProgress, pendingJobs } from "./fanout";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { type CapAlert, type ParsedCap, parseCapXml, toCapAtom, toCapXml } from "./cap";
import {
  ALERT_DEPARTMENT_CODES,
  type AlertState,
  type AlertType,
  type Area,
  type CapStatus,
  type MsgType,
  needsApproval,
  SEVERITIES,
  SEVERITY_LABELS,
  SEVERITY_RANK,
  type Severity,
} from "./labels";
import {
  ZAlertAction,
  ZAlertContent,
  ZCancelAlert,
  ZCreateDraft,
  ZEditDraft,
  ZPublicList,
  ZRejectAlert,
  ZSubscription,
  type TSubscription,
} from "./validation";

/**
 * 突发事件预警. Staff of 市应急管理局 or 市气象局 draft alerts; 蓝色 and 黄色 go out when submitted, 红色
 * and 橙色 wait for a second person of the same department (four-eyes rule, audited). Publishing an
 * update or a cancel supersedes the alert it references. Every publish queues one fan-out job in the
 * same transaction (fanout.ts sends the messages). Upstream systems post CAP 1.2 (`ingestCap`).
 */

export type AlertRow = typeof alertsAlert.$inferSelect;

/** What pages and the API show of an alert. */
export type AlertView = {
  id: number;
  identifier: string;
  sender: string;
  type: AlertType;
  event: string;
  severity: Severity;
  urgency: string;
  certainty: string;
  areas: Area[];
  headline: string;
  description: string;
  instruction: string;
  issuer: string;
  capStatus: CapStatus;
  msgType: MsgType;
  referencesId: number | null;
  state: AlertState;
  source: string;
  sentAt: Date | null;
  effectiveAt: Date;
  expiresAt: Date;
  supersededById: number | null;
  rejectionReason: string | null;
  version: number;
  sample: boolean;
};

export function toView(r: AlertRow): AlertView {
  return {
    id: r.id,
    identifier: r.identifier,
    sender: r.sender,
    type: r.type as AlertType,
    event: r.event,
    severity: r.severity as Severity,
    urgency: r.urgency,
    certainty: r.certainty,
    areas: r.areas as Area[],
    headline: r.headline,
    description: r.description,
    instruction: r.instruction,
    issuer: r.issuer,
    capStatus: r.capStatus as CapStatus,
    msgType: r.msgType as MsgType,
    referencesId: r.referencesId,
    state: r.state as AlertState,
    source: r.source,
    sentAt: r.sentAt,
    effectiveAt: r.effectiveAt,
    expiresAt: r.expiresAt,
    supersededById: r.supersededById,
    rejectionReason: r.rejectionReason,
    version: r.version,
    sample: r.sample,
  };
}

const a = alertsAlert;

// ---------------------------------------------------------------- who may issue

type Issuer = { departmentId: number; code: string; name: string };

/** The department a staff member issues alerts for; FORBIDDEN for anyone else. */
async function issuerOf(db: DB, user: SessionUser): Promise<Issuer> {
  if (!hasPermission(user.role, "alerts.issue")) throw new AppError("FORBIDDEN", "您没有权限发布预警");
  const [row] = await db
    .select({ departmentId: orgDepartment.id, code: orgDepartment.code, name: orgDepartment.name })
    .from(accountUser)
    .innerJoin(orgDepartment, eq(orgDepartment.id, accountUser.departmentId))
    .where(eq(accountUser.id, user.id));
  if (!row || !(ALERT_DEPARTMENT_CODES as readonly string[]).includes(row.code))
    throw new AppError("FORBIDDEN", "只有市应急管理局、市气象局的工作人员可以发布预警");
  return row;
}

/** Whether this person may use the alerts desk (for the staff home page's link). */
export async function canIssue(db: DB, user: SessionUser): Promise<boolean> {
  try {
    await issuerOf(db, user);
    return true;
  } catch {
    return false;
  }
}

async function loadOwn(db: DB, issuer: Issuer, id: number): Promise<AlertRow> {
  const [row] = await db.select().from(a).where(eq(a.id, id));
  if (!row || row.departmentId !== issuer.departmentId) throw new AppError("NOT_FOUND", "找不到该预警（或不属于本部门）");
  return row;
}

function senderOf(code: string) {
  return `${code}@nantong.gov.cn`;
}

function identifierFor(id: number, now: Date) {
  const d = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, "");
  return `NT-${d}-${String(id).padStart(6, "0")}`;
}

function contentColumns(c: ReturnType<typeof ZAlertContent.parse>) {
  return {
    type: c.type,
    event: c.event,
    severity: c.severity,
    severityRank: SEVERITY_RANK[c.severity],
    areas: c.areas,
    headline: c.headline,
    description: c.description,
    instruction: c.instruction,
    capStatus: c.capStatus,
    effectiveAt: c.effectiveAt,
    expiresAt: c.expiresAt,
  };
}

/** The published alert an update or cancel refers to; it must still be the live version. */
async function liveOriginal(db: Pick<DB, "select">, id: number, issuer: Issuer | null, forUpdate = false): Promise<AlertRow> {
  const q = db.select().from(a).where(eq(a.id, id));
  const [row] = forUpdate ? await q.for("update") : await q;
  if (!row || row.state !== "published" || row.msgType === "cancel") throw new AppError("NOT_FOUND", "找不到要更新或解除的原预警");
  if (issuer && row.departmentId !== issuer.departmentId) throw new AppError("FORBIDDEN", "只能更新或解除本部门发布的预警");
  if (row.supersededById !== null) throw new AppError("CONFLICT", "原预警已被更新或解除，请在最新的一条上操作");
  return row;
}

// ---------------------------------------------------------------- staff desk

export async function createDraft(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZCreateDraft, raw);
  const issuer = await issuerOf(ctx.db, user);
  if (input.referencesId) await liveOriginal(ctx.db, input.referencesId, issuer);
  const [row] = await ctx.db
    .insert(a)
    .values({
      identifier: `draft-${randomUUID()}`,
      sender: senderOf(issuer.code),
      ...contentColumns(input.content),
      issuer: issuer.name,
      departmentId: issuer.departmentId,
      msgType: input.referencesId ? "update" : "alert",
      referencesId: input.referencesId ?? null,
      state: "draft",
      createdById: user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    action: "alerts.draft",
    targetType: "alert",
    targetId: String(row!.id),
    outcome: "success",
    ip: ctx.ip,
    detail: { severity: row!.severity, msgType: row!.msgType },
  });
  return toView(row!);
}

export async function editDraft(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZEditDraft, raw);
  const issuer = await issuerOf(ctx.db, user);
  const row = await loadOwn(ctx.db, issuer, input.id);
  if (row.state !== "draft" && row.state !== "rejected") throw new AppError("CONFLICT", "只有草稿或被退回的预警可以修改");
  const [updated] = await ctx.db
    .update(a)
    .set({ ...contentColumns(input.content), state: "draft", rejectionReason: null, updatedAt: now, version: sql`${a.version} + 1` })
    .where(and(eq(a.id, input.id), eq(a.version, input.version)))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "该预警刚被其他人修改，请刷新页面后重试");
  return toView(updated);
}

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

/** Marks `row` published (and what it references superseded) and queues its fan-out, in the caller's transaction. */
async function publishTx(tx: Tx, row: AlertRow, patch: Partial<typeof a.$inferInsert>, now: Date): Promise<AlertRow> {
  if (row.expiresAt.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "该预警的失效时间已过，不能发布；请修改失效时间");
  if (row.referencesId !== null) await liveOriginal(tx, row.referencesId, null, true);
  const [published] = await tx
    .update(a)
    .set({
      ...patch,
      state: "published",
      identifier: row.identifier.startsWith("draft-") ? identifierFor(row.id, now) : row.identifier,
      sentAt: now,
      updatedAt: now,
      version: sql`${a.version} + 1`,
    })
    .where(and(eq(a.id, row.id), eq(a.version, row.version)))
    .returning();
  if (!published) throw new AppError("CONFLICT", "该预警刚被其他人处理，请刷新页面后重试");
  if (row.referencesId !== null) await tx.update(a).set({ supersededById: row.id, updatedAt: now }).where(eq(a.id, row.referencesId));
  await tx.insert(alertsFanoutJob).values({ alertId: row.id, createdAt: now }).onConflictDoNothing();
  return published;
}

/** 提交: blue/yellow (and cancels) go out at once; red/orange wait for a second person's approval. */
export async function submit(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZAlertAction, raw);
  const issuer = await issuerOf(ctx.db, user);
  const row = await loadOwn(ctx.db, issuer, input.id);
  if (row.version !== input.version) throw new AppError("CONFLICT", "该预警刚被其他人修改，请刷新页面后重试");
  if (row.state !== "draft") throw new AppError("CONFLICT", row.state === "pending" ? "该预警已提交，正在等待审批" : "该预警已处理");
  if (row.expiresAt.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "该预警的失效时间已过，不能发布；请修改失效时间");
  const approval = needsApproval(row.severity as Severity) && row.msgType !== "cancel";
  const result = await ctx.db.transaction(async (tx) => {
    if (approval) {
      const [pending] = await tx
        .update(a)
        .set({ state: "pending", submittedById: user.id, updatedAt: now, version: sql`${a.version} + 1` })
        .where(and(eq(a.id, row.id), eq(a.version, row.version), eq(a.state, "draft")))
        .returning();
      if (!pending) throw new AppError("CONFLICT", "该预警刚被其他人处理，请刷新页面后重试");
      await audit(tx, {
        actorId: user.id,
        actorRole: user.role,
        action: "alerts.submit",
        targetType: "alert",
        targetId: String(row.id),
        outcome: "success",
        ip: ctx.ip,
        detail: { severity: row.severity, awaiting: "approval" },
      });
      return pending;
    }
    const published = await publishTx(tx, row, { submittedById: user.id }, now);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "alerts.publish",
      targetType: "alert",
      targetId: String(row.id),
      outcome: "success",
      ip: ctx.ip,
      detail: { severity: row.severity, msgType: row.msgType, identifier: published.identifier },
    });
    return published;
  });
  if (result.state === "published") revalidatePublic(PAGE_TAGS.alerts);
  return toView(result);
}

/** 审批通过 (four-eyes): another person of the same department than the one who wrote or submitted it. */
export async function approve(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZAlertAction, raw);
  const issuer = await issuerOf(ctx.db, user);
  const row = await loadOwn(ctx.db, issuer, input.id);
  if (row.state !== "pending") throw new AppError("CONFLICT", "该预警不在待审批状态");
  if (row.version !== input.version) throw new AppError("CONFLICT", "该预警刚被其他人修改，请刷新页面后重试");
  if (row.createdById === user.id || row.submittedById === user.id) {
    await audit(ctx.db, {
      actorId: user.id,
      actorRole: user.role,
      action: "alerts.approve",
      targetType: "alert",
      targetId: String(row.id),
      outcome: "failure",
      ip: ctx.ip,
      detail: { reason: "four-eyes" },
    });
    throw new AppError("FORBIDDEN", "红色、橙色预警须由起草人以外的另一名工作人员审批");
  }
  const published = await ctx.db.transaction(async (tx) => {
    const p = await publishTx(tx, row, { approvedById: user.id }, now);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "alerts.approve",
      targetType: "alert",
      targetId: String(row.id),
      outcome: "success",
      ip: ctx.ip,
      detail: { severity: row.severity, msgType: row.msgType, identifier: p.identifier, submittedBy: row.submittedById },
    });
    return p;
  });
  revalidatePublic(PAGE_TAGS.alerts);
  return toView(published);
}

export async function reject(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZRejectAlert, raw);
  const issuer = await issuerOf(ctx.db, user);
  const row = await loadOwn(ctx.db, issuer, input.id);
  if (row.state !== "pending") throw new AppError("CONFLICT", "该预警不在待审批状态");
  if (row.submittedById === user.id) throw new AppError("FORBIDDEN", "不能退回自己提交的预警；如需修改，请等待审批人处理");
  const [updated] = await ctx.db
    .update(a)
    .set({ state: "rejected", rejectionReason: input.reason, updatedAt: now, version: sql`${a.version} + 1` })
    .where(and(eq(a.id, row.id), eq(a.version, input.version), eq(a.state, "pending")))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "该预警刚被其他人处理，请刷新页面后重试");
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    action: "alerts.reject",
    targetType: "alert",
    targetId: String(row.id),
    outcome: "success",
    ip: ctx.ip,
  });
  return toView(updated);
}

/** 解除: publishes a cancel of a live alert at once (stopping a warning needs no second person). */
export async function cancel(ctx: ServiceCtx, user: SessionUser, raw: unknown, now = new Date()) {
  const input = parseInput(ZCancelAlert, raw);
  const issuer = await issuerOf(ctx.db, user);
  const original = await liveOriginal(ctx.db, input.referencesId, issuer);
  const result = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(a)
      .values({
        identifier: `draft-${randomUUID()}`,
        sender: senderOf(issuer.code),
        type: original.type,
        event: original.event,
        severity: original.severity,
        severityRank: original.severityRank,
        urgency: "Past",
        certainty: original.certainty,
        areas: original.areas,
        headline: `${original.event}${SEVERITY_LABELS[original.severity as Severity].colour}预警解除`,
        description: input.reason,
        instruction: "预警已解除，请继续关注官方发布的最新信息。",
        issuer: issuer.name,
        departmentId: issuer.departmentId,
        capStatus: original.capStatus,
        msgType: "cancel",
        referencesId: original.id,
        state: "draft",
        effectiveAt: now,
        expiresAt: original.expiresAt.getTime() > now.getTime() ? original.expiresAt : new Date(now.getTime() + 3_600_000),
        createdById: user.id,
        submittedById: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const published = await publishTx(tx, row!, {}, now);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "alerts.cancel",
      targetType: "alert",
      targetId: String(original.id),
      outcome: "success",
      ip: ctx.ip,
      detail: { cancelId: published.id },
    });
    return published;
  });
  revalidatePublic(PAGE_TAGS.alerts);
  return toView(result);
}

export type DeskRow = AlertView & { createdByName: string | null; submittedByName: string | null; approvedByName: string | null };

/** The department's alerts: work in progress first, then the last 50 published. */
export async function desk(db: DB, user: SessionUser, now = new Date()) {
  const issuer = await issuerOf(db, user);
  const createdBy = alias(accountUser, "created_by");
  const submittedBy = alias(accountUser, "submitted_by");
  const approvedBy = alias(accountUser, "approved_by");
  const select = (where: SQL | undefined, order: SQL[], limit: number) =>
    db
      .select({ row: a, createdByName: createdBy.nickname, submittedByName: submittedBy.nickname, approvedByName: approvedBy.nickname })
      .from(a)
      .leftJoin(createdBy, eq(createdBy.id, a.createdById))
      .leftJoin(submittedBy, eq(submittedBy.id, a.submittedById))
      .leftJoin(approvedBy, eq(approvedBy.id, a.approvedById))
      .where(and(eq(a.departmentId, issuer.departmentId), where))
      .orderBy(...order)
      .limit(limit);
  const [open, published] = await Promise.all([
    select(inArray(a.state, ["draft", "pending", "rejected"]), [desc(a.updatedAt)], 100),
    select(eq(a.state, "published"), [desc(a.sentAt)], 50),
  ]);
  const toDesk = (r: (typeof open)[number]): DeskRow => ({
    ...toView(r.row),
    createdByName: r.createdByName,
    submittedByName: r.submittedByName,
    approvedByName: r.approvedByName,
  });
  return {
    department: issuer.name,
    userId: user.id,
    open: open.map(toDesk),
    published: published.map(toDesk).map((r) => ({ ...r, live: isLive(r, now) })),
  };
}

export async function deskItem(db: DB, user: SessionUser, id: number, now = new Date()) {
  const issuer = await issuerOf(db, user);
  const row = await loadOwn(db, issuer, id);
  const view = toView(row);
  return {
    ...view,
    createdById: row.createdById,
    submittedById: row.submittedById,
    canApprove: row.state === "pending" && row.createdById !== user.id && row.submittedById !== user.id,
    live: isLive(view, now),
    fanout: await fanoutProgress(db, row.id),
  };
}

// ---------------------------------------------------------------- public

function isLive(r: Pick<AlertView, "state" | "msgType" | "supersededById" | "expiresAt">, now: Date) {
  return r.state === "published" && r.msgType !== "cancel" && r.supersededById === null && r.expiresAt.getTime() > now.getTime();
}

/** Published, not superseded or cancelled, not expired: the banner's set (including alerts not yet in effect). */
const LIVE = (now: Date) =>
  and(eq(a.state, "published"), isNull(a.supersededById), ne(a.msgType, "cancel"), gt(a.expiresAt, now), eq(a.capStatus, "actual"));

/** Alerts in effect now, or soon (effective later, not expired), most severe first. */
export async function liveAlerts(db: DB, now = new Date()) {
  const rows = await db.select().from(a).where(LIVE(now)).orderBy(desc(a.severityRank), desc(a.sentAt)).limit(20);
  return rows.map(toView);
}

export const PUBLIC_PAGE_SIZE = 20;

/** /alerts: current (live) or past (expired, superseded or cancelled) alerts; cancels show on their original. */
export async function publicList(db: DB, raw: unknown, now = new Date()) {
  const input = parseInput(ZPublicList, raw);
  if (input.scope === "current") {
    const items = await liveAlerts(db, now);
    return { items, total: items.length, page: 1, pageSize: PUBLIC_PAGE_SIZE, generatedAt: now.getTime() };
  }
  const where = and(
    eq(a.state, "published"),
    ne(a.msgType, "cancel"),
    eq(a.capStatus, "actual"),
    or(lte(a.expiresAt, now), sql`${a.supersededById} is not null`),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(a)
      .where(where)
      .orderBy(desc(a.sentAt), desc(a.id))
      .limit(PUBLIC_PAGE_SIZE)
      .offset((input.page - 1) * PUBLIC_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(a)
      .where(where),
  ]);
  return { items: rows.map(toView), total: count?.n ?? 0, page: input.page, pageSize: PUBLIC_PAGE_SIZE, generatedAt: now.getTime() };
}

/** One published alert with what it updated and what superseded it (an update, or a cancel with its reason). */
export async function publicDetail(db: DB, id: number, now = new Date()) {
  const [row] = await db
    .select()
    .from(a)
    .where(and(eq(a.id, id), eq(a.state, "published")));
  if (!row || row.msgType === "cancel") throw new AppError("NOT_FOUND", "找不到该预警");
  const [prev, next] = await Promise.all([
    row.referencesId ? db.select().from(a).where(eq(a.id, row.referencesId)) : Promise.resolve([]),
    row.supersededById ? db.select().from(a).where(eq(a.id, row.supersededById)) : Promise.resolve([]),
  ]);
  const view = toView(row);
  return {
    alert: view,
    live: isLive(view, now),
    inEffect: isLive(view, now) && row.effectiveAt.getTime() <= now.getTime(),
    updates: prev[0] ? toView(prev[0]) : null,
    supersededBy: next[0] ? toView(next[0]) : null,
  };
}

// ---------------------------------------------------------------- subscriptions

export const DEFAULT_SUBSCRIPTION = { areas: [] as Area[], minSeverity: "yellow" as Severity, byMessage: true, bySms: false };

export async function getSubscription(db: DB, user: SessionUser) {
  const [row] = await db.select().from(alertsSubscription).where(eq(alertsSubscription.userId, user.id));
  if (!row) return { ...DEFAULT_SUBSCRIPTION, subscribed: false };
  return {
    areas: row.areas as Area[],
    minSeverity: SEVERITIES[row.minSeverityRank - 1] ?? "blue",
    byMessage: row.byMessage,
    bySms: row.bySms,
    subscribed: true,
  };
}

/** Saves (or, with no area or no channel, ends) a person's subscription. */
export async function saveSubscription(ctx: ServiceCtx, user: SessionUser, raw: TSubscription | unknown, now = new Date()) {
  if (!hasPermission(user.role, "account.self")) throw new AppError("FORBIDDEN", "您没有权限订阅预警");
  const input = parseInput(ZSubscription, raw);
  if (input.areas.length === 0 || (!input.byMessage && !input.bySms)) {
    await ctx.db.delete(alertsSubscription).where(eq(alertsSubscription.userId, user.id));
    return { ...input, subscribed: false };
  }
  const values = {
    userId: user.id,
    areas: input.areas.includes("city") ? ["city"] : input.areas,
    minSeverityRank: SEVERITY_RANK[input.minSeverity],
    byMessage: input.byMessage,
    bySms: input.bySms,
    updatedAt: now,
  };
  await ctx.db
    .insert(alertsSubscription)
    .values(values)
    .onConflictDoUpdate({ target: alertsSubscription.userId, set: { ...values, userId: undefined } });
  return { ...input, areas: values.areas as Area[], subscribed: true };
}

// ---------------------------------------------------------------- CAP in and out

async function withReferences(db: DB, rows: AlertRow[]): Promise<Map<number, AlertRow>> {
  const ids = [...new Set(rows.map((r) => r.referencesId).filter((x): x is number => x !== null))];
  if (ids.length === 0) return new Map();
  const refs = await db.select().from(a).where(inArray(a.id, ids));
  return new Map(refs.map((r) => [r.id, r]));
}

function capOf(r: AlertRow, ref: AlertRow | undefined, origin: string): CapAlert & { link: string } {
  return {
    identifier: r.identifier,
    sender: r.sender,
    sentAt: r.sentAt ?? r.createdAt,
    capStatus: r.capStatus as CapStatus,
    msgType: r.msgType as MsgType,
    references: ref ? { sender: ref.sender, identifier: ref.identifier, sentAt: ref.sentAt ?? ref.createdAt } : null,
    type: r.type as AlertType,
    event: r.event,
    severity: r.severity as Severity,
    urgency: r.urgency,
    certainty: r.certainty,
    effectiveAt: r.effectiveAt,
    expiresAt: r.expiresAt,
    issuer: r.issuer,
    headline: r.headline,
    description: r.description,
    instruction: r.instruction,
    areas: r.areas,
    web: `${origin}/alerts/${r.msgType === "cancel" && r.referencesId ? r.referencesId : r.id}`,
    link: `${origin}/alerts/${r.msgType === "cancel" && r.referencesId ? r.referencesId : r.id}`,
  };
}

/** One published alert as CAP 1.2 XML. */
export async function capXmlOf(db: DB, id: number, origin: string) {
  const [row] = await db
    .select()
    .from(a)
    .where(and(eq(a.id, id), eq(a.state, "published")));
  if (!row) throw new AppError("NOT_FOUND", "找不到该预警");
  const refs = await withReferences(db, [row]);
  return toCapXml(capOf(row, row.referencesId ? refs.get(row.referencesId) : undefined, origin));
}

/** The Atom feed of live alerts (and, with `since`, everything sent since then, cancels included). */
export async function capFeed(db: DB, origin: string, opts: { since?: Date } = {}, now = new Date()) {
  const rows = opts.since
    ? await db
        .select()
        .from(a)
        .where(and(eq(a.state, "published"), gt(a.sentAt, opts.since)))
        .orderBy(desc(a.sentAt))
        .limit(500)
    : await db.select().from(a).where(LIVE(now)).orderBy(desc(a.severityRank), desc(a.sentAt)).limit(100);
  const refs = await withReferences(db, rows);
  return toCapAtom({
    id: `${origin}/api/open/v1/alerts.cap`,
    self: `${origin}/api/open/v1/alerts.cap`,
    updated: rows[0]?.sentAt ?? now,
    entries: rows.map((r) => capOf(r, r.referencesId ? refs.get(r.referencesId) : undefined, origin)),
  });
}

/** Open data JSON: live alerts, or with `since` every alert sent since then. */
export async function openAlerts(db: DB, opts: { since?: Date } = {}, now = new Date()) {
  const rows = opts.since
    ? await db
        .select()
        .from(a)
        .where(and(eq(a.state, "published"), gt(a.sentAt, opts.since)))
        .orderBy(desc(a.sentAt))
        .limit(500)
    : await db.select().from(a).where(LIVE(now)).orderBy(desc(a.severityRank), desc(a.sentAt)).limit(100);
  const refs = await withReferences(db, rows);
  return rows.map((r) => {
    const ref = r.referencesId ? refs.get(r.referencesId) : undefined;
    return {
      id: r.id,
      identifier: r.identifier,
      sender: r.sender,
      sent: r.sentAt?.toISOString() ?? null,
      status: r.capStatus,
      msgType: r.msgType,
      references: ref ? { id: ref.id, identifier: ref.identifier, sender: ref.sender } : null,
      type: r.type,
      event: r.event,
      severity: r.severity,
      severityText: `${SEVERITY_LABELS[r.severity as Severity].colour}（${SEVERITY_LABELS[r.severity as Severity].grade}·${SEVERITY_LABELS[r.severity as Severity].meaning}）`,
      areas: r.areas,
      headline: r.headline,
      description: r.description,
      instruction: r.instruction,
      issuer: r.issuer,
      effective: r.effectiveAt.toISOString(),
      expires: r.expiresAt.toISOString(),
      inEffect: isLive(toView(r), now) && r.effectiveAt.getTime() <= now.getTime(),
      supersededById: r.supersededById,
    };
  });
}

/**
 * An upstream warning system's CAP 1.2 message (authenticated by the route with an ingest key):
 * parsed strictly, refused when expired or a duplicate, matched to the alert it updates or cancels,
 * then published at once (the upstream system has its own approval) and fanned out like a staff alert.
 */
export async function ingestCap(ctx: ServiceCtx, xml: string, source: { keyName: string }, now = new Date()) {
  const cap: ParsedCap = parseCapXml(xml);
  if (cap.expiresAt.getTime() <= now.getTime())
    throw new AppError("BAD_REQUEST", `预警已过期（<expires> ${cap.expiresAt.toISOString()} 早于当前时间），不予接收`);
  const [dup] = await ctx.db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.sender, cap.sender), eq(a.identifier, cap.identifier)));
  if (dup) throw new AppError("CONFLICT", `该预警已接收（sender ${cap.sender}，identifier ${cap.identifier}），编号 ${dup.id}`);
  let referencesId: number | null = null;
  if (cap.msgType !== "alert") {
    const ref = cap.references[cap.references.length - 1]!;
    const [orig] = await ctx.db
      .select({ id: a.id })
      .from(a)
      .where(and(eq(a.sender, ref.sender), eq(a.identifier, ref.identifier), eq(a.state, "published")));
    if (!orig) throw new AppError("NOT_FOUND", `<references> 指向的原预警不存在：${ref.sender},${ref.identifier}`);
    referencesId = orig.id;
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [draft] = await tx
      .insert(a)
      .values({
        identifier: cap.identifier,
        sender: cap.sender,
        type: cap.type,
        event: cap.event,
        severity: cap.severity,
        severityRank: SEVERITY_RANK[cap.severity],
        urgency: cap.urgency,
        certainty: cap.certainty,
        areas: cap.areas,
        headline: cap.headline,
        description: cap.description,
        instruction: cap.instruction,
        issuer: cap.issuer,
        capStatus: cap.capStatus,
        msgType: cap.msgType,
        referencesId,
        state: "draft",
        source: "ingest",
        effectiveAt: cap.effectiveAt,
        expiresAt: cap.expiresAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const published = await publishTx(tx, draft!, {}, now);
    // CAP's own `sent` is the time of record for an upstream message.
    await tx.update(a).set({ sentAt: cap.sentAt }).where(eq(a.id, published.id));
    await audit(tx, {
      action: "alerts.ingest",
      targetType: "alert",
      targetId: String(published.id),
      outcome: "success",
      ip: ctx.ip,
      detail: { key: source.keyName, identifier: cap.identifier, msgType: cap.msgType, severity: cap.severity },
    });
    return { ...published, sentAt: cap.sentAt };
  });
  revalidatePublic(PAGE_TAGS.alerts);
  return toView(row);
}

export { drainFanout };

/**
 * Sends what publishing queued, once per cluster at a time (runOncePerCluster: another instance already
 * draining makes this return at once; its loop picks up new deliveries). Called after the response of a
 * publish has gone (server actions and the ingest route use Next's after()). What an instance that died
 * mid-drain left is finished by the sweeper (./jobs.ts).
 */
export async function kickFanout(db: DB): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const r = await runOncePerCluster("alerts-fanout", () => drainFanout(db));
    if (!r.ran || (await pendingJobs(db)) === 0) return;
  }
}
