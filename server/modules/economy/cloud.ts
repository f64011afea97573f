import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountMessage,
  accountUser,
  economyCloudApplication,
  economyCloudApplicationEvent,
  economyCloudOffering,
  orgDepartment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/parse-input";
import { shanghaiDate } from "@/server/lib/working-days";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { hasPermission } from "@/server/auth/roles";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import {
  CLOUD_STATUSES,
  ZCloudApplication,
  ZCloudDecision,
  type CloudStatus,
  type TCloudApplicationInput,
  type TCloudDecision,
} from "./validation";

/**
 * 中小企业云服务: the offering catalogue, an enterprise's applications (idempotent; one open
 * application per offering) and their handling by 市工信局 (受理 → 开通 | 不予通过), each change an
 * optimistic `UPDATE … WHERE version = ?` with an event row, an audit entry and a message to the
 * enterprise in one transaction.
 */

/** The department that handles cloud applications (南通市工业和信息化局). */
export const CLOUD_DEPARTMENT_CODE = "gxj";
export const CLOUD_NOT_FOUND = "找不到该云服务申请";
export const CLOUD_CONFLICT = "该申请已被他人处理，请刷新后查看最新状态";
export const CLOUD_PAGE_SIZE = 20;

export const cloudOfferingUrl = (id: number) => `/economy/cloud/${id}`;
export const myCloudApplicationUrl = (id: number) => `/me/cloud/${id}`;

const offeringColumns = {
  id: economyCloudOffering.id,
  code: economyCloudOffering.code,
  name: economyCloudOffering.name,
  category: economyCloudOffering.category,
  provider: economyCloudOffering.provider,
  summary: economyCloudOffering.summary,
  description: economyCloudOffering.description,
  monthlyPriceFen: economyCloudOffering.monthlyPriceFen,
  priceNote: economyCloudOffering.priceNote,
  subsidyNote: economyCloudOffering.subsidyNote,
};

/** The active offerings in catalogue order. */
export async function listCloudOfferings(db: DB, opts: { category?: string } = {}) {
  return db
    .select(offeringColumns)
    .from(economyCloudOffering)
    .where(and(eq(economyCloudOffering.active, true), opts.category ? eq(economyCloudOffering.category, opts.category) : undefined))
    .orderBy(asc(economyCloudOffering.sortOrder), asc(economyCloudOffering.id));
}

export async function getCloudOffering(db: DB, id: number) {
  const [row] = await db
    .select(offeringColumns)
    .from(economyCloudOffering)
    .where(and(eq(economyCloudOffering.id, id), eq(economyCloudOffering.active, true)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该云服务，它可能已下架");
  return row;
}

function requireEnterprise(user: SessionUser) {
  if (!hasPermission(user.role, "enterprise.act")) throw new AppError("FORBIDDEN", "只有企业账号可以申请中小企业云服务，请用企业账号登录");
}

const applicationColumns = {
  id: economyCloudApplication.id,
  applicationNo: economyCloudApplication.applicationNo,
  offeringId: economyCloudApplication.offeringId,
  offeringName: economyCloudOffering.name,
  provider: economyCloudOffering.provider,
  enterpriseName: economyCloudApplication.enterpriseName,
  enterpriseUscc: economyCloudApplication.enterpriseUscc,
  contactName: economyCloudApplication.contactName,
  contactPhone: economyCloudApplication.contactPhone,
  requirement: economyCloudApplication.requirement,
  status: economyCloudApplication.status,
  statusNote: economyCloudApplication.statusNote,
  handledAt: economyCloudApplication.handledAt,
  version: economyCloudApplication.version,
  createdAt: economyCloudApplication.createdAt,
  updatedAt: economyCloudApplication.updatedAt,
};
type ApplicationRow = {
  [K in keyof typeof applicationColumns]:
    (typeof applicationColumns)[K]["_"]["data"] | ((typeof applicationColumns)[K]["_"]["notNull"] extends true ? never : null);
};

const withStatusName = <T extends { status: string }>(r: T) => ({ ...r, statusName: CLOUD_STATUSES[r.status as CloudStatus] ?? r.status });

/**
 * An enterprise applies for an offering. The form's idempotency key makes a retry return the first
 * application (`created: false`); a second open application for the same offering is a conflict.
 */
export async function applyForCloudService(ctx: ServiceCtx, user: SessionUser, raw: TCloudApplicationInput, now = new Date()) {
  requireEnterprise(user);
  const { db } = ctx;
  const key = typeof raw.idempotencyKey === "string" ? raw.idempotencyKey.trim() : "";
  const prior = async () => {
    const [row] = await db
      .select({ id: economyCloudApplication.id, applicationNo: economyCloudApplication.applicationNo })
      .from(economyCloudApplication)
      .where(and(eq(economyCloudApplication.userId, user.id), eq(economyCloudApplication.idempotencyKey, key)))
      .limit(1);
    return row;
  };
  if (key) {
    const p = await prior();
    if (p) return { ...p, created: false };
  }
  const input = parseInput(ZCloudApplication, raw);
  const [account] = await db
    .select({ name: accountUser.enterpriseName, uscc: accountUser.enterpriseUscc })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!account?.name || !account.uscc) throw new AppError("BAD_REQUEST", "请先在“我的”中登记企业名称和统一社会信用代码，再申请云服务");
  const [offering] = await db
    .select({ id: economyCloudOffering.id, name: economyCloudOffering.name })
    .from(economyCloudOffering)
    .where(and(eq(economyCloudOffering.id, input.offeringId), eq(economyCloudOffering.active, true)))
    .limit(1);
  if (!offering) throw new AppError("BAD_REQUEST", "请选择目录中的云服务", { offeringId: ["请选择目录中的云服务"] });

  const open = async () => {
    const [row] = await db
      .select({ applicationNo: economyCloudApplication.applicationNo })
      .from(economyCloudApplication)
      .where(
        and(
          eq(economyCloudApplication.userId, user.id),
          eq(economyCloudApplication.offeringId, offering.id),
          inArray(economyCloudApplication.status, ["submitted", "accepted"]),
        ),
      )
      .limit(1);
    return row;
  };
  const openConflict = (no: string) => new AppError("CONFLICT", `贵企业已申请“${offering.name}”（申请号 ${no}），正在办理中，无需重复申请`);
  const existing = await open();
  if (existing) {
    // A parallel send of this very form may have committed since the first look: that is a retry, not a conflict.
    const p = await prior();
    if (p) return { ...p, created: false };
    throw openConflict(existing.applicationNo);
  }

  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(economyCloudApplication)
        .values({
          applicationNo: `pending-${user.id}-${input.idempotencyKey}`,
          offeringId: offering.id,
          userId: user.id,
          enterpriseName: account.name!,
          enterpriseUscc: account.uscc!,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          requirement: input.requirement,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: economyCloudApplication.id });
      // YFW + China date + 6 digits of the id
      const applicationNo = `YFW${shanghaiDate(now).replaceAll("-", "")}${String(row!.id % 1_000_000).padStart(6, "0")}`;
      await tx.update(economyCloudApplication).set({ applicationNo }).where(eq(economyCloudApplication.id, row!.id));
      await tx.insert(economyCloudApplicationEvent).values({
        applicationId: row!.id,
        at: now,
        actorId: user.id,
        actorRole: user.role,
        fromStatus: null,
        toStatus: "submitted",
        note: "企业提交申请",
      });
      return { id: row!.id, applicationNo, created: true };
    });
  } catch (e) {
    // Lost a race: the same key (a retry) → the first application; the same offering → conflict.
    const p = await prior();
    if (p) return { ...p, created: false };
    const o = await open();
    if (o) throw openConflict(o.applicationNo);
    throw e;
  }
}

/** The enterprise's own applications, newest first. */
export async function listMyCloudApplications(ctx: ServiceCtx, user: SessionUser) {
  requireEnterprise(user);
  const rows = await ctx.db
    .select(applicationColumns)
    .from(economyCloudApplication)
    .innerJoin(economyCloudOffering, eq(economyCloudOffering.id, economyCloudApplication.offeringId))
    .where(eq(economyCloudApplication.userId, user.id))
    .orderBy(desc(economyCloudApplication.createdAt), desc(economyCloudApplication.id))
    .limit(100);
  return rows.map(withStatusName);
}

async function events(db: DB, applicationId: number) {
  return db
    .select({
      at: economyCloudApplicationEvent.at,
      fromStatus: economyCloudApplicationEvent.fromStatus,
      toStatus: economyCloudApplicationEvent.toStatus,
      note: economyCloudApplicationEvent.note,
      actorRole: economyCloudApplicationEvent.actorRole,
    })
    .from(economyCloudApplicationEvent)
    .where(eq(economyCloudApplicationEvent.applicationId, applicationId))
    .orderBy(asc(economyCloudApplicationEvent.at), asc(economyCloudApplicationEvent.id));
}

/** One of the enterprise's own applications with its history; another enterprise's is "not found". */
export async function getMyCloudApplication(ctx: ServiceCtx, user: SessionUser, id: number) {
  requireEnterprise(user);
  const [row] = await ctx.db
    .select(applicationColumns)
    .from(economyCloudApplication)
    .innerJoin(economyCloudOffering, eq(economyCloudOffering.id, economyCloudApplication.offeringId))
    .where(and(eq(economyCloudApplication.id, id), eq(economyCloudApplication.userId, user.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", CLOUD_NOT_FOUND);
  return { ...withStatusName(row), events: await events(ctx.db, id) };
}

// ——— 市工信局 ———

/** The handler's department must be 市工信局; anyone else gets FORBIDDEN. */
export async function requireCloudHandler(db: DB, user: SessionUser): Promise<void> {
  if (!hasPermission(user.role, "economy.cloud.handle")) throw new AppError("FORBIDDEN", "您没有办理云服务申请的权限");
  const [row] = await db
    .select({ code: orgDepartment.code })
    .from(accountUser)
    .innerJoin(orgDepartment, eq(orgDepartment.id, accountUser.departmentId))
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (row?.code !== CLOUD_DEPARTMENT_CODE) throw new AppError("FORBIDDEN", "中小企业云服务申请由市工信局办理，您所在部门不能办理");
}

/** 市工信局's queue: applications in one status (default 待受理), oldest first, a page at a time. */
export async function listCloudQueue(ctx: ServiceCtx, user: SessionUser, opts: { status?: CloudStatus; page?: number } = {}) {
  await requireCloudHandler(ctx.db, user);
  const status = opts.status ?? "submitted";
  const page = Math.max(1, Math.min(1000, Math.trunc(opts.page ?? 1)));
  const where = eq(economyCloudApplication.status, status);
  const [total] = await ctx.db.select({ n: count() }).from(economyCloudApplication).where(where);
  const rows = await ctx.db
    .select(applicationColumns)
    .from(economyCloudApplication)
    .innerJoin(economyCloudOffering, eq(economyCloudOffering.id, economyCloudApplication.offeringId))
    .where(where)
    .orderBy(asc(economyCloudApplication.createdAt), asc(economyCloudApplication.id))
    .limit(CLOUD_PAGE_SIZE)
    .offset((page - 1) * CLOUD_PAGE_SIZE);
  return { status, page, pageSize: CLOUD_PAGE_SIZE, total: total?.n ?? 0, items: rows.map(withStatusName) };
}

export async function getCloudApplicationForHandler(ctx: ServiceCtx, user: SessionUser, id: number) {
  await requireCloudHandler(ctx.db, user);
  const [row] = await ctx.db
    .select(applicationColumns)
    .from(economyCloudApplication)
    .innerJoin(economyCloudOffering, eq(economyCloudOffering.id, economyCloudApplication.offeringId))
    .where(eq(economyCloudApplication.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", CLOUD_NOT_FOUND);
  return { ...withStatusName(row), events: await events(ctx.db, id) };
}

const DECISIONS: Record<TCloudDecision["action"], { from: CloudStatus[]; to: CloudStatus; title: string }> = {
  accept: { from: ["submitted"], to: "accepted", title: "您的云服务申请已受理" },
  approve: { from: ["submitted", "accepted"], to: "approved", title: "您申请的云服务已开通" },
  reject: { from: ["submitted", "accepted"], to: "rejected", title: "您的云服务申请未通过" },
};

/** 受理 / 开通 / 不予通过, checked against the version the handler saw. */
export async function decideCloudApplication(
  ctx: ServiceCtx,
  user: SessionUser,
  id: number,
  version: number,
  raw: TCloudDecision,
  now = new Date(),
) {
  await requireCloudHandler(ctx.db, user);
  const decision = parseInput(ZCloudDecision, raw);
  const rule = DECISIONS[decision.action];
  const current = await getCloudApplicationForHandler(ctx, user, id);
  if (current.version !== version) throw new AppError("CONFLICT", CLOUD_CONFLICT);
  if (!rule.from.includes(current.status as CloudStatus))
    throw new AppError("CONFLICT", `该申请当前为“${current.statusName}”，不能执行此操作，请刷新后查看最新状态`);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(economyCloudApplication)
      .set({
        status: rule.to,
        statusNote: decision.note ?? null,
        handledById: user.id,
        handledAt: now,
        version: sql`${economyCloudApplication.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(economyCloudApplication.id, id), eq(economyCloudApplication.version, version)))
      .returning({ version: economyCloudApplication.version, userId: economyCloudApplication.userId });
    if (!updated) throw new AppError("CONFLICT", CLOUD_CONFLICT);
    await tx.insert(economyCloudApplicationEvent).values({
      applicationId: id,
      at: now,
      actorId: user.id,
      actorRole: user.role,
      fromStatus: current.status,
      toStatus: rule.to,
      note: decision.note ?? null,
    });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: `economy.cloud.${decision.action}`,
      outcome: "success",
      targetType: "economy_cloud_application",
      targetId: String(id),
      detail: { from: current.status, to: rule.to },
    });
    await tx.insert(accountMessage).values({
      userId: updated.userId,
      title: rule.title,
      body: `“${current.offeringName}”申请（${current.applicationNo}）${CLOUD_STATUSES[rule.to]}${decision.note ? `：${decision.note}` : "。"}`,
      link: myCloudApplicationUrl(id),
    });
    return { status: rule.to, version: updated.version };
  });
}

/** The enterprise withdraws an application that has not been accepted yet. */
export async function withdrawCloudApplication(ctx: ServiceCtx, user: SessionUser, id: number, version: number, now = new Date()) {
  const current = await getMyCloudApplication(ctx, user, id);
  if (current.version !== version) throw new AppError("CONFLICT", CLOUD_CONFLICT);
  if (current.status !== "submitted") throw new AppError("CONFLICT", `该申请当前为“${current.statusName}”，不能撤回`);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(economyCloudApplication)
      .set({ status: "withdrawn", version: sql`${economyCloudApplication.version} + 1`, updatedAt: now })
      .where(
        and(eq(economyCloudApplication.id, id), eq(economyCloudApplication.version, version), eq(economyCloudApplication.userId, user.id)),
      )
      .returning({ version: economyCloudApplication.version });
    if (!updated) throw new AppError("CONFLICT", CLOUD_CONFLICT);
    await tx.insert(economyCloudApplicationEvent).values({
      applicationId: id,
      at: now,
      actorId: user.id,
      actorRole: user.role,
      fromStatus: "submitted",
      toStatus: "withdrawn",
      note: "企业撤回申请",
    });
    return { status: "withdrawn" as const, version: updated.version };
  });
}

export type CloudApplication = ApplicationRow & { statusName: string };

/** Search documents for the global search: every active offering. */
export async function cloudSearchDocuments(db: DB): Promise<SearchDocument[]> {
  const rows = await listCloudOfferings(db);
  return rows.map((o) => ({
    kind: "economy.cloud",
    id: String(o.id),
    title: o.name,
    url: cloudOfferingUrl(o.id),
    body: excerpt(`${o.provider} · ${o.summary}`),
    keywords: [o.category, "中小企业云服务", "上云"],
  }));
}
