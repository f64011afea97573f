import { PUBLIC_COUNT_CAP, ratingName } from "./labels";
import { and, count, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { DB } from "@/server/db";
import { accountUser, hotlineAttachment, hotlineCategory, hotlineSlaRule, hotlineTicket, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { putFile, removeFiles } from "@/server/lib/storage";
import { INVALID_INPUT_MESSAGE, parseInput, zodFieldErrors } from "@/server/lib/validation";
import { addWorkingDays, shanghaiDate, isWorkingDay } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import { hasPermission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import {
  CONFLICT_MESSAGE,
  DEFAULT_SLA_DAYS,
  NOT_FOUND_MESSAGE,
  createTicket,
  getOwnTicket,
  slaDays,
  staffDepartment,
  touch,
  type ServiceCtx,
} from "./service";
import { REQUEST_TYPES, ZCitizenSubmit, ZRate, type RequestType, type TCitizenSubmission } from "./validation";
import { maskPersonalData } from "./privacy";
import { PHOTO_MIME, checkPhotos, photoFileName } from "./photos";

/**
 * The citizen's and the public's side of 12345: the form's category tree and SLA table, submitting
 * (idempotent, with photos), the citizen's own requests and rating, the public list of answered
 * public requests and hot topics. Agents' and departments' work lives in their own modules.
 */

export const PAGE_SIZE = 10;

// ——— reference data for the form ———

export type CategoryLeaf = { id: number; name: string; departmentName: string | null; needsLocation: boolean };
export type CategoryGroup = { id: number; name: string; departmentName: string | null; children: CategoryLeaf[] };

/** The two-level category tree, groups and leaves in their sort order, with the department each maps to. */
export async function categoryTree(db: DB): Promise<CategoryGroup[]> {
  const rows = await db
    .select({
      id: hotlineCategory.id,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      needsLocation: hotlineCategory.needsLocation,
      departmentName: orgDepartment.shortName,
    })
    .from(hotlineCategory)
    .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineCategory.departmentId))
    .orderBy(hotlineCategory.sortOrder, hotlineCategory.id);
  const groups: CategoryGroup[] = rows
    .filter((r) => r.parentId === null)
    .map((g) => ({ id: g.id, name: g.name, departmentName: g.departmentName, children: [] }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const r of rows) {
    if (r.parentId === null) continue;
    byId.get(r.parentId)?.children.push({ id: r.id, name: r.name, departmentName: r.departmentName, needsLocation: r.needsLocation });
  }
  return groups.filter((g) => g.children.length > 0);
}

/** Working days per request type, in the order of the form's types (missing rows get the default). */
export async function slaTable(db: DB): Promise<{ type: RequestType; workingDays: number }[]> {
  const rows = await db.select({ type: hotlineSlaRule.requestType, days: hotlineSlaRule.workingDays }).from(hotlineSlaRule);
  return REQUEST_TYPES.map((type) => ({ type, workingDays: rows.find((r) => r.type === type)?.days ?? DEFAULT_SLA_DAYS }));
}

/**
 * 办理时限速查 for clerks: whether today is a working day, and the deadline each request type gets if
 * it is received today (the SLA table's working days, counted from the next day across the holiday calendar).
 */
export async function deadlinePreview(db: DB, now = new Date()) {
  const [sla, cal] = await Promise.all([slaTable(db), loadHolidayCalendar(db)]);
  const today = shanghaiDate(now);
  return {
    today,
    todayIsWorkingDay: isWorkingDay(today, cal),
    rows: sla.map((r) => ({ type: r.type, days: r.workingDays, deadline: addWorkingDays(now, r.workingDays, cal) })),
  };
}
export type DeadlinePreview = Awaited<ReturnType<typeof deadlinePreview>>;

/** The contact fields prefilled for the signed-in person: the verified real name (else empty) and the phone. */
export async function contactDefaults(db: DB, user: SessionUser): Promise<{ name: string; phone: string }> {
  const [u] = await db
    .select({ phone: accountUser.phone, realName: accountUser.realName, verifiedAt: accountUser.realNameVerifiedAt })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!u) throw new AppError("UNAUTHORIZED", "请先登录");
  return { name: u.verifiedAt && u.realName ? u.realName : "", phone: u.phone };
}

// ——— submit ———

function canSubmit(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.submit"))
    throw new AppError("FORBIDDEN", "您的账号不能在此提交12345诉求，坐席请在坐席工作台代为登记");
}

/**
 * A citizen's (or enterprise's) request from the web, mobile or WeChat form. Every field and every
 * photo is checked first and all problems come back together (per field); nothing is stored then.
 * The form's hidden idempotency key makes a double submit or a retry return the first ticket; photos
 * are stored only by the submission that created it.
 */
export async function submitRequest(
  ctx: ServiceCtx,
  user: SessionUser,
  raw: TCitizenSubmission,
  now = new Date(),
): Promise<{ id: number; ticketNo: string; created: boolean }> {
  canSubmit(user);
  const { db } = ctx;
  const key = typeof raw.idempotencyKey === "string" ? raw.idempotencyKey.trim() : "";
  if (key) {
    const [prior] = await db
      .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo })
      .from(hotlineTicket)
      .where(and(eq(hotlineTicket.idempotencyScope, user.id), eq(hotlineTicket.idempotencyKey, key)))
      .limit(1);
    if (prior) return { ...prior, created: false };
  }

  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, msg: string) => (fieldErrors[field] ??= []).push(msg);
  const { photos: rawPhotos = [], ...fields } = raw;
  const parsed = ZCitizenSubmit.safeParse(fields);
  if (!parsed.success)
    for (const [field, messages] of Object.entries(zodFieldErrors(parsed.error))) for (const m of messages) add(field, m);
  const photos = checkPhotos(rawPhotos);
  if (!photos.ok) for (const m of photos.errors) add("photos", m);

  const categoryId = parsed.success ? parsed.data.categoryId : typeof fields.categoryId === "number" ? fields.categoryId : null;
  if (categoryId !== null && !fieldErrors.categoryId) {
    const [cat] = await db
      .select({ parentId: hotlineCategory.parentId, needsLocation: hotlineCategory.needsLocation })
      .from(hotlineCategory)
      .where(eq(hotlineCategory.id, categoryId))
      .limit(1);
    if (!cat || cat.parentId === null) add("categoryId", "请选择具体的诉求分类");
    else if (cat.needsLocation && !fields.address?.trim() && (fields.lat === undefined || fields.lng === undefined))
      add("address", "这类诉求需要发生地点：请填写详细地址，或使用“使用我的位置”");
  }
  if ((fields.lat === undefined) !== (fields.lng === undefined)) add("location", "位置不完整，请重新获取或清除位置");
  if (fieldErrors.lat || fieldErrors.lng) {
    add("location", (fieldErrors.lat ?? fieldErrors.lng)![0]!);
    delete fieldErrors.lat;
    delete fieldErrors.lng;
  }
  if (Object.keys(fieldErrors).length || !parsed.success || !photos.ok) {
    const first = Object.values(fieldErrors)[0]?.[0] ?? INVALID_INPUT_MESSAGE;
    throw new AppError("BAD_REQUEST", first, fieldErrors);
  }

  // The photos are written first under fresh keys, and their rows go in with the ticket in one transaction:
  // a request is kept with all its photos or not at all, so a retry after a failure creates it whole.
  // Files of a failed or lost (concurrent retry) submission are removed again.
  const attachments: Omit<typeof hotlineAttachment.$inferInsert, "ticketId">[] = [];
  let r: { id: number; ticketNo: string; created: boolean } | undefined;
  try {
    for (const [i, p] of photos.photos.entries()) {
      const stored = await putFile(p.bytes);
      attachments.push({
        fileName: photoFileName(p.name, p.kind, i),
        mimeType: PHOTO_MIME[p.kind],
        sizeBytes: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        createdAt: now,
      });
    }
    r = await createTicket(ctx, user, parsed.data, now, { attachments });
    return r;
  } finally {
    if (!r?.created) await removeFiles(attachments.map((a) => a.storageKey));
  }
}

// ——— the citizen's own requests ———

const parent = alias(hotlineCategory, "parent_category");

/** The citizen's own requests, newest first, one page at a time (hotline_ticket_citizen_idx). */
export async function listMine(ctx: ServiceCtx, user: SessionUser, opts: { page?: number } = {}) {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const where = eq(hotlineTicket.citizenUserId, user.id);
  const [items, [total]] = await Promise.all([
    ctx.db
      .select({
        id: hotlineTicket.id,
        ticketNo: hotlineTicket.ticketNo,
        type: hotlineTicket.type,
        status: hotlineTicket.status,
        description: hotlineTicket.description,
        categoryName: hotlineCategory.name,
        dueDate: hotlineTicket.dueDate,
        citizenRating: hotlineTicket.citizenRating,
        createdAt: hotlineTicket.createdAt,
        updatedAt: hotlineTicket.updatedAt,
      })
      .from(hotlineTicket)
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .where(where)
      .orderBy(desc(hotlineTicket.createdAt), desc(hotlineTicket.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    ctx.db.select({ n: count() }).from(hotlineTicket).where(where),
  ]);
  return {
    items: items.map((t) => ({
      ...t,
      description: t.description.length > 80 ? `${t.description.slice(0, 80)}…` : t.description,
      awaitingRating: canRate(t),
    })),
    total: Number(total?.n ?? 0),
    page,
    pageSize: PAGE_SIZE,
  };
}

/** Rating is open once the department has answered (已答复) or the request is closed with an answer, and only once. */
export function canRate(t: { status: string; citizenRating: number | null }): boolean {
  return (t.status === "replied" || t.status === "closed") && t.citizenRating === null;
}

/**
 * What the citizen sees of the history. Internal notes between the hotline and departments (the
 * reason of a 退单) are replaced by a plain explanation.
 */
export function citizenEventNote(e: { fromStatus: string | null; toStatus: string; note: string | null }): string | null {
  if (e.toStatus === "returned" && e.fromStatus !== "returned") return "承办部门认为该诉求不属于其职责，热线正在重新派单。";
  return e.note;
}

/** One of the citizen's own requests: details, timeline, answer, photos; anyone else's is NOT_FOUND. */
export async function getMine(ctx: ServiceCtx, user: SessionUser, id: number) {
  const { db } = ctx;
  const { ticket, events, departmentName } = await getOwnTicket(ctx, user, id);
  const [[cat], attachments, workingDays] = await Promise.all([
    db
      .select({ name: hotlineCategory.name, groupName: parent.name })
      .from(hotlineCategory)
      .leftJoin(parent, eq(parent.id, hotlineCategory.parentId))
      .where(eq(hotlineCategory.id, ticket.categoryId))
      .limit(1),
    db
      .select({
        id: hotlineAttachment.id,
        fileName: hotlineAttachment.fileName,
        mimeType: hotlineAttachment.mimeType,
        sizeBytes: hotlineAttachment.sizeBytes,
      })
      .from(hotlineAttachment)
      .where(eq(hotlineAttachment.ticketId, ticket.id))
      .orderBy(hotlineAttachment.createdAt, hotlineAttachment.id),
    slaDays(db, ticket.type),
  ]);
  const showAnswer = ["replied", "closed"].includes(ticket.status) || ticket.answer !== null;
  return {
    id: ticket.id,
    ticketNo: ticket.ticketNo,
    type: ticket.type,
    status: ticket.status,
    channel: ticket.channel,
    description: ticket.description,
    district: ticket.district,
    address: ticket.address,
    lat: ticket.lat,
    lng: ticket.lng,
    isPublic: ticket.isPublic,
    contactName: ticket.contactName,
    contactPhone: ticket.contactPhone,
    categoryName: cat?.name ?? "",
    groupName: cat?.groupName ?? null,
    departmentName,
    dueDate: ticket.dueDate,
    /** Working days a department has for this type once dispatched (the SLA table). */
    slaWorkingDays: workingDays,
    answer: showAnswer ? ticket.answer : null,
    repliedAt: ticket.repliedAt,
    closedAt: ticket.closedAt,
    citizenRating: ticket.citizenRating,
    citizenComment: ticket.citizenComment,
    ratedAt: ticket.ratedAt,
    canRate: canRate(ticket),
    createdAt: ticket.createdAt,
    events: events.map((e) => ({ at: e.at, fromStatus: e.fromStatus, toStatus: e.toStatus, note: citizenEventNote(e) })),
    attachments,
  };
}

/** The citizen's rating (满意 / 基本满意 / 不满意, the scale of 回访) and comment, once, after the answer (已答复 or 已办结). */
export async function rateMine(ctx: ServiceCtx, user: SessionUser, raw: z.input<typeof ZRate>, now = new Date()) {
  const { id, rating, comment: rawComment } = parseInput(ZRate, raw);
  const comment = rawComment || null;
  const { ticket } = await getOwnTicket(ctx, user, id);
  if (ticket.citizenRating !== null) throw new AppError("CONFLICT", "您已经评价过该诉求，每件诉求只能评价一次");
  if (ticket.status !== "replied" && ticket.status !== "closed") throw new AppError("CONFLICT", "承办部门答复后才能评价，请耐心等待答复");
  try {
    await touch(
      ctx,
      user,
      ticket,
      ticket.version,
      { citizenRating: rating, citizenComment: comment, ratedAt: now },
      "rate",
      `市民评价：${ratingName(rating)}${comment ? `，${comment}` : ""}`,
      now,
    );
  } catch (e) {
    // Someone acted in between (a second submit of the form, or the hotline): say what is true now.
    if (e instanceof AppError && e.code === "CONFLICT" && e.message === CONFLICT_MESSAGE) {
      const again = await getOwnTicket(ctx, user, id);
      if (again.ticket.citizenRating !== null) throw new AppError("CONFLICT", "您已经评价过该诉求，每件诉求只能评价一次");
      throw new AppError("CONFLICT", "该诉求刚刚有了新进展，请刷新页面后再评价");
    }
    throw e;
  }
  return { rating };
}

// ——— public ———

const PUBLIC_STATUSES = ["replied", "closed"];

/**
 * Answered requests the citizen chose to make public, newest request first (a backward scan of the
 * primary key that stops after one page, however many tickets there are). Only the type, category,
 * district, department and dates leave the table, and the texts are masked (phones, IDs, e-mail,
 * plates): never the contact name or phone or the exact address.
 */
export async function publicList(db: DB, opts: { page?: number } = {}) {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const where = and(eq(hotlineTicket.isPublic, true), inArray(hotlineTicket.status, PUBLIC_STATUSES), isNull(hotlineTicket.mergedIntoId));
  const answeredAt = sql<Date>`coalesce(${hotlineTicket.repliedAt}, ${hotlineTicket.closedAt}, ${hotlineTicket.updatedAt})`.mapWith(
    hotlineTicket.updatedAt,
  );
  const capped = db
    .select({ one: sql`1` })
    .from(hotlineTicket)
    .where(where)
    .limit(PUBLIC_COUNT_CAP)
    .as("public_capped");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: hotlineTicket.id,
        type: hotlineTicket.type,
        status: hotlineTicket.status,
        categoryName: hotlineCategory.name,
        district: hotlineTicket.district,
        description: hotlineTicket.description,
        answer: hotlineTicket.answer,
        departmentName: orgDepartment.shortName,
        createdAt: hotlineTicket.createdAt,
        answeredAt,
      })
      .from(hotlineTicket)
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineTicket.departmentId))
      .where(where)
      .orderBy(desc(hotlineTicket.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(capped),
  ]);
  return {
    items: rows.map((r) => ({ ...r, description: maskPersonalData(r.description), answer: maskPersonalData(r.answer) })),
    total: Number(total?.n ?? 0),
    page,
    pageSize: PAGE_SIZE,
  };
}

/** The most frequent categories of the last `days` days (all requests, counted; no content). */
export async function hotTopics(db: DB, opts: { now?: Date; days?: number; limit?: number } = {}) {
  const days = opts.days ?? 30;
  const since = new Date((opts.now ?? new Date()).getTime() - days * 86_400_000);
  const n = count();
  const rows = await db
    .select({ categoryId: hotlineTicket.categoryId, name: hotlineCategory.name, groupName: parent.name, count: n })
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .leftJoin(parent, eq(parent.id, hotlineCategory.parentId))
    .where(and(gte(hotlineTicket.createdAt, since), isNull(hotlineTicket.mergedIntoId)))
    .groupBy(hotlineTicket.categoryId, hotlineCategory.name, parent.name)
    .orderBy(desc(n), hotlineCategory.name)
    .limit(opts.limit ?? 10);
  return { days, since, items: rows.map((r) => ({ ...r, count: Number(r.count) })) };
}

// ——— attachments ———

/**
 * A photo of a request, for: the citizen who filed it (or the joiner who added it), hotline agents, staff of the ticket's
 * department, admins. Anyone else gets NOT_FOUND (no existence leak).
 */
export async function attachmentForUser(db: DB, user: SessionUser, attachmentId: string) {
  const notFound = () => new AppError("NOT_FOUND", "文件不存在");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(attachmentId)) throw notFound();
  const [row] = await db
    .select({
      storageKey: hotlineAttachment.storageKey,
      fileName: hotlineAttachment.fileName,
      mimeType: hotlineAttachment.mimeType,
      sizeBytes: hotlineAttachment.sizeBytes,
      supporterId: hotlineAttachment.supporterId,
      citizenUserId: hotlineTicket.citizenUserId,
      departmentId: hotlineTicket.departmentId,
    })
    .from(hotlineAttachment)
    .innerJoin(hotlineTicket, eq(hotlineTicket.id, hotlineAttachment.ticketId))
    .where(eq(hotlineAttachment.id, attachmentId.toLowerCase()))
    .limit(1);
  if (!row) throw notFound();
  // A joiner (附议) sees the photo they added; the requester sees the request's own photos.
  const owner = row.supporterId === null ? row.citizenUserId : row.supporterId;
  if (owner === user.id || hasPermission(user.role, "hotline.admin") || hasPermission(user.role, "hotline.dispatch")) return row;
  if (hasPermission(user.role, "department.handle") && row.departmentId !== null) {
    const dept = await staffDepartment(db, user).catch(() => null);
    if (dept === row.departmentId) return row;
  }
  throw notFound();
}

export { NOT_FOUND_MESSAGE };
