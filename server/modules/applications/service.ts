import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountMessage,
  accountUser,
  applicationAttachment,
  applicationCase,
  applicationEvent,
  applicationRating,
  catalogueItem,
  orgDepartment,
} from "@/drizzle/schema";
import type { FormPage } from "@/server/modules/catalogue/form-types";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { sendSms } from "@/server/lib/sms";
import { addWorkingDays, shanghaiDate } from "@/server/lib/working-days";
import { MAX_UPLOAD_BYTES, MIME, putFile, sniffFileKind, storedFileName } from "@/server/lib/storage";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import { accountFacts, type SessionUser } from "@/server/modules/account/service";
import { hasPermission } from "@/server/auth/roles";
import { validatePage, type Answers } from "./form-schema";
import { isApplicationStatus, RATING_NAMES, STATUS_NAMES, type ApplicationStatus } from "./labels";

export type ServiceCtx = { db: DB; ip?: string | null };

export { STATUS_NAMES, RATING_NAMES, type ApplicationStatus } from "./labels";

const caseColumns = {
  id: applicationCase.id,
  serialNo: applicationCase.serialNo,
  itemId: applicationCase.itemId,
  userId: applicationCase.userId,
  departmentId: applicationCase.departmentId,
  status: applicationCase.status,
  answers: applicationCase.answers,
  idempotencyKey: applicationCase.idempotencyKey,
  correctionReason: applicationCase.correctionReason,
  resultNote: applicationCase.resultNote,
  submittedAt: applicationCase.submittedAt,
  acceptedAt: applicationCase.acceptedAt,
  dueDate: applicationCase.dueDate,
  closedAt: applicationCase.closedAt,
  createdAt: applicationCase.createdAt,
  updatedAt: applicationCase.updatedAt,
};

async function loadItemForm(db: DB, itemId: number) {
  const [item] = await db
    .select({
      id: catalogueItem.id,
      name: catalogueItem.name,
      online: catalogueItem.online,
      form: catalogueItem.form,
      requiresRealName: catalogueItem.requiresRealName,
      departmentId: catalogueItem.departmentId,
      promisedDays: catalogueItem.promisedDays,
    })
    .from(catalogueItem)
    .where(eq(catalogueItem.id, itemId))
    .limit(1);
  if (!item) throw new AppError("NOT_FOUND", "找不到该服务事项");
  return item;
}

/** Loads a case the citizen owns; anyone else's case is "not found" (no existence leak). */
async function ownCase(db: DB, user: SessionUser, id: number) {
  const [row] = await db
    .select(caseColumns)
    .from(applicationCase)
    .where(and(eq(applicationCase.id, id), eq(applicationCase.userId, user.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该申请");
  return row;
}

/** The staff member's department, or FORBIDDEN. */
async function staffDepartment(db: DB, user: SessionUser): Promise<number> {
  if (!hasPermission(user.role, "department.handle")) throw new AppError("FORBIDDEN", "您没有办理申请的权限");
  const [row] = await db.select({ departmentId: accountUser.departmentId }).from(accountUser).where(eq(accountUser.id, user.id)).limit(1);
  if (!row?.departmentId) throw new AppError("FORBIDDEN", "您的账号未分配部门，请联系管理员");
  return row.departmentId;
}

/** Loads a case of the staff member's own department; other departments' cases are "not found". */
async function departmentCase(db: DB, user: SessionUser, id: number) {
  const departmentId = await staffDepartment(db, user);
  const [row] = await db
    .select(caseColumns)
    .from(applicationCase)
    .where(and(eq(applicationCase.id, id), eq(applicationCase.departmentId, departmentId)))
    .limit(1);
  if (!row || row.status === "draft") throw new AppError("NOT_FOUND", "找不到该申请");
  return row;
}

type AccountFacts = Awaited<ReturnType<typeof accountFacts>>;

/** Form fields the account can answer (the catalogue's applicant pages, drizzle/seed/catalogue/helpers.ts). */
const PREFILL: Record<string, keyof AccountFacts> = {
  applicantName: "name",
  applicantIdCard: "idNumber",
  applicantPhone: "phone",
  contactName: "name",
  contactPhone: "phone",
  companyName: "enterpriseName",
  creditCode: "uscc",
};

/** The answers the account gives for this form's fields (only what it knows). */
export function prefillAnswers(form: FormPage[], facts: AccountFacts): Answers {
  const out: Answers = {};
  for (const f of form.flatMap((p) => p.fields)) {
    const key = PREFILL[f.name];
    const value = key ? facts[key] : null;
    if (value) out[f.name] = value;
  }
  return out;
}

/** Fields whose answer is still what the account filled in (the pages say so; the citizen only confirms). */
export function prefilledFields(form: FormPage[], answers: Answers, facts: AccountFacts): string[] {
  const known = prefillAnswers(form, facts);
  return Object.keys(known).filter((name) => answers[name] === known[name]);
}

async function isRealNameVerified(db: DB, userId: string): Promise<boolean> {
  const [row] = await db.select({ at: accountUser.realNameVerifiedAt }).from(accountUser).where(eq(accountUser.id, userId)).limit(1);
  return Boolean(row?.at);
}

/**
 * Starts an online application, or resumes the citizen's open draft of the same item (so a double
 * click never makes two drafts). Items marked so need real-name verification first.
 */
export async function startApplication(ctx: ServiceCtx, user: SessionUser, itemId: number): Promise<{ id: number; firstPageId: string }> {
  const { db } = ctx;
  const item = await loadItemForm(db, itemId);
  if (!item.online || !item.form?.length) throw new AppError("BAD_REQUEST", "该事项暂不支持在线办理，请按办事指南到现场办理");
  if (item.requiresRealName && !(await isRealNameVerified(db, user.id))) {
    throw new AppError("FORBIDDEN", "办理该事项需要先完成实名认证");
  }
  const firstPageId = item.form[0]!.id;
  const facts = await accountFacts(db, user.id);
  return db.transaction(async (tx) => {
    // Serialise starts per user+item (row lock on the user) so two concurrent clicks make one draft.
    await tx.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.id, user.id)).for("update");
    const [draft] = await tx
      .select({ id: applicationCase.id })
      .from(applicationCase)
      .where(and(eq(applicationCase.userId, user.id), eq(applicationCase.itemId, itemId), eq(applicationCase.status, "draft")))
      .limit(1);
    if (draft) return { id: draft.id, firstPageId };
    // What the account knows (real-name name and ID number, phone, company) is filled in; the citizen confirms.
    const answers = prefillAnswers(item.form!, facts);
    const [created] = await tx
      .insert(applicationCase)
      .values({ itemId, userId: user.id, departmentId: item.departmentId, status: "draft", answers })
      .returning({ id: applicationCase.id });
    await tx.insert(applicationEvent).values({
      applicationId: created!.id,
      actorId: user.id,
      actorRole: user.role,
      fromStatus: null,
      toStatus: "draft",
      note: "创建草稿",
    });
    return { id: created!.id, firstPageId };
  });
}

export type UploadedFile = { field: string; name: string; bytes: Uint8Array };

/**
 * Saves one question page. `mode: "continue"` validates the page (errors come back per field and
 * nothing is lost: the raw answers are kept); `mode: "draft"` stores the answers as they are.
 * Attachments are checked by content (PDF/JPG/PNG) and size (≤ 10 MB) before they are stored.
 */
export async function savePage(
  ctx: ServiceCtx,
  user: SessionUser,
  input: { id: number; pageId: string; answers: Answers; files: UploadedFile[]; mode: "continue" | "draft" },
): Promise<{ nextPageId: string | null; errors: Record<string, string[]> | null; answers: Answers }> {
  const { db } = ctx;
  const app = await ownCase(db, user, input.id);
  if (app.status !== "draft" && app.status !== "correction") throw new AppError("CONFLICT", "该申请已提交，不能再修改");
  const item = await loadItemForm(db, app.itemId);
  const pages = item.form ?? [];
  const index = pages.findIndex((p) => p.id === input.pageId);
  if (index < 0) throw new AppError("NOT_FOUND", "找不到该页面");
  const page = pages[index]!;
  const merged: Answers = { ...app.answers, ...input.answers };
  const fileErrors: Record<string, string[]> = {};

  for (const file of input.files) {
    const field = page.fields.find((f) => f.name === file.field && f.type === "file");
    if (!field || file.bytes.byteLength === 0) continue;
    const label = field.label;
    if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
      fileErrors[field.name] = [`${label}不能超过10MB，请压缩后重新上传`];
      continue;
    }
    const kind = sniffFileKind(file.bytes);
    const accept = field.accept ?? ["pdf", "jpg", "png"];
    if (!kind || !accept.includes(kind)) {
      fileErrors[field.name] = [`${label}只能是${accept.map((a) => a.toUpperCase()).join("、")}文件，请重新选择`];
      continue;
    }
    const stored = await putFile(file.bytes);
    const [att] = await db
      .insert(applicationAttachment)
      .values({
        applicationId: app.id,
        fieldName: field.name,
        fileName: storedFileName(file.name, kind, label),
        mimeType: MIME[kind],
        sizeBytes: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
      })
      .returning({ id: applicationAttachment.id });
    merged[field.name] = att!.id;
  }

  let errors: Record<string, string[]> | null = Object.keys(fileErrors).length ? fileErrors : null;
  if (input.mode === "continue") {
    const pageAnswers: Answers = {};
    for (const f of page.fields) if (merged[f.name] !== undefined) pageAnswers[f.name] = merged[f.name]!;
    const checked = validatePage(page, pageAnswers);
    if (!checked.ok) errors = { ...checked.errors, ...(errors ?? {}) };
    else Object.assign(merged, checked.values);
  }
  await db
    .update(applicationCase)
    .set({ answers: merged, updatedAt: new Date() })
    .where(and(eq(applicationCase.id, app.id), inArray(applicationCase.status, ["draft", "correction"])));
  const nextPageId = errors ? null : (pages[index + 1]?.id ?? null);
  return { nextPageId, errors, answers: merged };
}

/** Every page's validation problems, by page id (empty when the application is complete). */
export function incompletePages(
  pages: FormPage[],
  answers: Answers,
): { pageId: string; title: string; errors: Record<string, string[]> }[] {
  const out: { pageId: string; title: string; errors: Record<string, string[]> }[] = [];
  for (const p of pages) {
    const r = validatePage(p, answers);
    if (!r.ok) out.push({ pageId: p.id, title: p.title, errors: r.errors });
  }
  return out;
}

async function notify(db: Pick<DB, "insert" | "select">, userId: string, title: string, body: string, link: string) {
  await db.insert(accountMessage).values({ userId, title, body, link });
  const [u] = await db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, userId)).limit(1);
  if (u) await sendSms(db, u.phone, `【智慧南通】${title}：${body}`);
}

function serialFor(id: number, now: Date): string {
  return `NT${shanghaiDate(now).replaceAll("-", "")}${String(id).padStart(8, "0")}`;
}

/**
 * Submits (or, after 补正, resubmits) an application. The idempotency key makes a retried submit
 * return the first result; the status change is a conditional UPDATE, so only one submit wins.
 */
export async function submitApplication(
  ctx: ServiceCtx,
  user: SessionUser,
  input: { id: number; idempotencyKey: string },
  now = new Date(),
): Promise<{ id: number; serialNo: string }> {
  const { db } = ctx;
  const app = await ownCase(db, user, input.id);
  // A retry of an earlier submit (same key) never changes anything, even after a 补正 request.
  if (app.serialNo && (app.idempotencyKey === input.idempotencyKey || (app.status !== "draft" && app.status !== "correction"))) {
    // already submitted: a retry with the same key (or a double click) gets the same answer
    return { id: app.id, serialNo: app.serialNo };
  }
  const item = await loadItemForm(db, app.itemId);
  const missing = incompletePages(item.form ?? [], app.answers);
  if (missing.length) throw new AppError("BAD_REQUEST", `还有未完成的内容：${missing.map((m) => m.title).join("、")}`);
  const from = app.status;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(applicationCase)
      .set({
        status: "submitted",
        serialNo: app.serialNo ?? serialFor(app.id, now),
        idempotencyKey: input.idempotencyKey,
        submittedAt: now,
        updatedAt: now,
        correctionReason: from === "correction" ? app.correctionReason : null,
      })
      .where(and(eq(applicationCase.id, app.id), eq(applicationCase.status, from)))
      .returning({ serialNo: applicationCase.serialNo });
    if (!updated?.serialNo) {
      const [again] = await tx.select({ serialNo: applicationCase.serialNo }).from(applicationCase).where(eq(applicationCase.id, app.id));
      if (again?.serialNo) return { id: app.id, serialNo: again.serialNo };
      throw new AppError("CONFLICT", "提交失败，请刷新后重试");
    }
    await tx.insert(applicationEvent).values({
      applicationId: app.id,
      actorId: user.id,
      actorRole: user.role,
      fromStatus: from,
      toStatus: "submitted",
      note: from === "correction" ? "补正后重新提交" : "提交申请",
    });
    await notify(
      tx,
      user.id,
      from === "correction" ? "补正材料已提交" : "申请已提交",
      `《${item.name}》申办流水号 ${updated.serialNo}，承办部门将尽快受理。`,
      `/me/applications/${app.id}`,
    );
    return { id: app.id, serialNo: updated.serialNo };
  });
}

type StaffAction =
  { kind: "accept" } | { kind: "correction"; reason: string } | { kind: "complete"; note: string } | { kind: "reject"; reason: string };

const ALLOWED_FROM: Record<StaffAction["kind"], ApplicationStatus[]> = {
  accept: ["submitted"],
  correction: ["submitted", "accepted"],
  complete: ["accepted"],
  reject: ["submitted", "accepted"],
};

/**
 * Department handling: 受理, 补正 (with reason), 办结 (with result note), 不予受理/不予许可 (with reason).
 * Only the case's own department may act; the change is conditional on the status the clerk saw.
 */
export async function handleApplication(ctx: ServiceCtx, user: SessionUser, input: { id: number; action: StaffAction }, now = new Date()) {
  const { db } = ctx;
  const app = await departmentCase(db, user, input.id);
  const a = input.action;
  if (!isApplicationStatus(app.status) || !ALLOWED_FROM[a.kind].includes(app.status)) {
    const name = isApplicationStatus(app.status) ? STATUS_NAMES[app.status] : app.status;
    throw new AppError("CONFLICT", `该申请当前为“${name}”，不能执行此操作，请刷新后查看`);
  }
  const [item] = await db
    .select({ name: catalogueItem.name, promisedDays: catalogueItem.promisedDays })
    .from(catalogueItem)
    .where(eq(catalogueItem.id, app.itemId));
  const set: Partial<typeof applicationCase.$inferInsert> = { updatedAt: now };
  let to: ApplicationStatus;
  let note: string;
  let message: string;
  switch (a.kind) {
    case "accept": {
      const cal = await loadHolidayCalendar(db);
      to = "accepted";
      set.acceptedAt = now;
      set.dueDate = addWorkingDays(now, Math.max(1, item?.promisedDays ?? 1), cal);
      note = `已受理，承诺于 ${set.dueDate} 前办结`;
      message = `您的申请已受理，承诺于 ${set.dueDate} 前办结。`;
      break;
    }
    case "correction":
      to = "correction";
      set.correctionReason = a.reason;
      note = a.reason;
      message = `请按要求补正后重新提交：${a.reason}`;
      break;
    case "complete":
      to = "completed";
      set.resultNote = a.note;
      set.closedAt = now;
      note = a.note;
      message = `已办结：${a.note}。欢迎您对本次服务进行评价。`;
      break;
    case "reject":
      to = "rejected";
      set.resultNote = a.reason;
      set.closedAt = now;
      note = `${app.status === "submitted" ? "不予受理" : "不予许可"}：${a.reason}`;
      message = `${app.status === "submitted" ? "不予受理" : "不予许可"}。理由：${a.reason}`;
      break;
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(applicationCase)
      .set({ ...set, status: to })
      .where(and(eq(applicationCase.id, app.id), eq(applicationCase.status, app.status)))
      .returning({ id: applicationCase.id });
    if (!updated) throw new AppError("CONFLICT", "该申请刚被其他人处理过，请刷新后查看");
    await tx
      .insert(applicationEvent)
      .values({ applicationId: app.id, actorId: user.id, actorRole: user.role, fromStatus: app.status, toStatus: to, note });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: `application.${a.kind}`,
      outcome: "success",
      targetType: "application",
      targetId: String(app.id),
      detail: { from: app.status, to },
    });
    await notify(
      tx,
      app.userId,
      `办件${STATUS_NAMES[to]}`,
      `《${item?.name ?? ""}》（${app.serialNo}）${message}`,
      `/me/applications/${app.id}`,
    );
    return { status: to };
  });
}

/** 好差评 after completion: ≤ 2 (不满意/非常不满意) needs a reason and opens a follow-up for the department. */
export async function rateApplication(
  ctx: ServiceCtx,
  user: SessionUser,
  input: { id: number; score: number; comment?: string; reason?: string },
) {
  const { db } = ctx;
  const app = await ownCase(db, user, input.id);
  if (app.status !== "completed" && app.status !== "rejected") throw new AppError("BAD_REQUEST", "办结后才能评价");
  const bad = input.score <= 2;
  if (bad && !input.reason?.trim())
    throw new AppError("BAD_REQUEST", "请说明不满意的原因，承办部门会联系您整改", { reason: ["请说明不满意的原因"] });
  const inserted = await db
    .insert(applicationRating)
    .values({
      applicationId: app.id,
      itemId: app.itemId,
      departmentId: app.departmentId,
      score: input.score,
      comment: input.comment?.trim() || null,
      reason: bad ? input.reason!.trim() : null,
      followUpStatus: bad ? "open" : null,
    })
    .onConflictDoNothing()
    .returning({ id: applicationRating.applicationId });
  if (inserted.length === 0) throw new AppError("CONFLICT", "您已评价过该办件");
  await db.insert(applicationEvent).values({
    applicationId: app.id,
    actorId: user.id,
    actorRole: user.role,
    fromStatus: app.status,
    toStatus: app.status,
    note: `评价：${RATING_NAMES[input.score]}`,
  });
  return { followUp: bad };
}

/** The department closes a bad-rating follow-up with what it did. */
export async function closeFollowUp(ctx: ServiceCtx, user: SessionUser, input: { id: number; note: string }) {
  const { db } = ctx;
  const app = await departmentCase(db, user, input.id);
  const updated = await db
    .update(applicationRating)
    .set({ followUpStatus: "closed", followUpNote: input.note })
    .where(and(eq(applicationRating.applicationId, app.id), eq(applicationRating.followUpStatus, "open")))
    .returning({ id: applicationRating.applicationId });
  if (updated.length === 0) throw new AppError("CONFLICT", "没有待整改的差评");
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "application.follow_up_close",
    outcome: "success",
    targetType: "application",
    targetId: String(app.id),
  });
  return { ok: true as const };
}

async function timeline(db: DB, applicationId: number) {
  return db
    .select({
      at: applicationEvent.at,
      fromStatus: applicationEvent.fromStatus,
      toStatus: applicationEvent.toStatus,
      note: applicationEvent.note,
      actorRole: applicationEvent.actorRole,
    })
    .from(applicationEvent)
    .where(eq(applicationEvent.applicationId, applicationId))
    .orderBy(asc(applicationEvent.at), asc(applicationEvent.id));
}

async function attachments(db: DB, applicationId: number) {
  return db
    .select({
      id: applicationAttachment.id,
      fieldName: applicationAttachment.fieldName,
      fileName: applicationAttachment.fileName,
      mimeType: applicationAttachment.mimeType,
      sizeBytes: applicationAttachment.sizeBytes,
    })
    .from(applicationAttachment)
    .where(eq(applicationAttachment.applicationId, applicationId))
    .orderBy(asc(applicationAttachment.createdAt));
}

async function ratingOf(db: DB, applicationId: number) {
  const [r] = await db
    .select({
      score: applicationRating.score,
      comment: applicationRating.comment,
      reason: applicationRating.reason,
      followUpStatus: applicationRating.followUpStatus,
      followUpNote: applicationRating.followUpNote,
    })
    .from(applicationRating)
    .where(eq(applicationRating.applicationId, applicationId));
  return r ?? null;
}

async function itemWithDept(db: DB, itemId: number) {
  const [row] = await db
    .select({
      id: catalogueItem.id,
      name: catalogueItem.name,
      form: catalogueItem.form,
      promisedDays: catalogueItem.promisedDays,
      departmentName: orgDepartment.name,
    })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .where(eq(catalogueItem.id, itemId));
  if (!row) throw new AppError("NOT_FOUND", "找不到该服务事项");
  return row;
}

/**
 * A citizen's own application with its form, timeline, attachments and rating, and the pages that
 * still fail their rules (the check-answers page lists them before submit allows it).
 */
export async function getOwnApplication(db: DB, user: SessionUser, id: number) {
  const app = await ownCase(db, user, id);
  const [item, events, files, rating, facts] = await Promise.all([
    itemWithDept(db, app.itemId),
    timeline(db, id),
    attachments(db, id),
    ratingOf(db, id),
    accountFacts(db, user.id),
  ]);
  return {
    ...app,
    item,
    events,
    attachments: files,
    rating,
    incompletePages: incompletePages(item.form ?? [], app.answers),
    prefilled: prefilledFields(item.form ?? [], app.answers, facts),
  };
}

/** A case of the staff member's own department (other departments' cases are "not found"). */
export async function getDepartmentApplication(db: DB, user: SessionUser, id: number) {
  const app = await departmentCase(db, user, id);
  const [item, events, files, rating, applicant] = await Promise.all([
    itemWithDept(db, app.itemId),
    timeline(db, id),
    attachments(db, id),
    ratingOf(db, id),
    db
      .select({ nickname: accountUser.nickname, phone: accountUser.phone, realName: accountUser.realName })
      .from(accountUser)
      .where(eq(accountUser.id, app.userId)),
  ]);
  const a = applicant[0];
  // A read of a citizen's case: shown to them in “谁看过我的信息” (/me/privacy).
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    action: "application.view",
    targetType: "application",
    targetId: String(id),
    outcome: "success",
    detail: { ownerId: app.userId },
  });
  return { ...app, item, events, attachments: files, rating, applicant: { name: a?.realName ?? a?.nickname ?? "", phone: a?.phone ?? "" } };
}

export async function listOwnApplications(db: DB, user: SessionUser) {
  return db
    .select({
      id: applicationCase.id,
      serialNo: applicationCase.serialNo,
      status: applicationCase.status,
      itemName: catalogueItem.name,
      updatedAt: applicationCase.updatedAt,
      dueDate: applicationCase.dueDate,
    })
    .from(applicationCase)
    .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
    .where(eq(applicationCase.userId, user.id))
    .orderBy(desc(applicationCase.updatedAt))
    .limit(100);
}

/**
 * 我的 as a to-do list: the citizen's applications counted by status, and what waits for them — 待补正
 * (with the department's reason), completed and not yet rated (待评价), drafts to finish — plus the
 * ones past their deadline.
 */
export async function ownSummary(db: DB, user: SessionUser, now = new Date()) {
  const mine = eq(applicationCase.userId, user.id);
  const today = shanghaiDate(now);
  const rows = await db
    .select({
      id: applicationCase.id,
      serialNo: applicationCase.serialNo,
      status: applicationCase.status,
      itemName: catalogueItem.name,
      dueDate: applicationCase.dueDate,
      correctionReason: applicationCase.correctionReason,
      rated: sql<boolean>`${applicationRating.applicationId} is not null`,
      updatedAt: applicationCase.updatedAt,
    })
    .from(applicationCase)
    .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
    .leftJoin(applicationRating, eq(applicationRating.applicationId, applicationCase.id))
    .where(
      and(
        mine,
        sql`(${applicationCase.status} in ('draft', 'correction', 'submitted', 'accepted') or (${applicationCase.status} = 'completed' and ${applicationRating.applicationId} is null))`,
      ),
    )
    .orderBy(desc(applicationCase.updatedAt))
    .limit(100);
  const byStatus = await db
    .select({ status: applicationCase.status, count: count() })
    .from(applicationCase)
    .where(mine)
    .groupBy(applicationCase.status);
  const pick = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).map(({ rated: _rated, updatedAt: _u, ...r }) => r);
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.count) })),
    correction: pick((r) => r.status === "correction"),
    awaitingRating: pick((r) => r.status === "completed" && !r.rated),
    drafts: pick((r) => r.status === "draft"),
    overdue: pick((r) => (r.status === "submitted" || r.status === "accepted") && r.dueDate !== null && r.dueDate < today),
  };
}

export const QUEUE_TABS = {
  pending: ["submitted"],
  processing: ["accepted"],
  correction: ["correction"],
  closed: ["completed", "rejected"],
} as const;
export type QueueTab = keyof typeof QUEUE_TABS | "overdue" | "followups";

/** The department's queue (its own cases only), oldest deadline first; overdue = accepted and past due. */
export async function listDepartmentQueue(db: DB, user: SessionUser, input: { tab: QueueTab; page: number }, now = new Date()) {
  const departmentId = await staffDepartment(db, user);
  const today = shanghaiDate(now);
  const pageSize = 20;
  let where: SQL | undefined;
  if (input.tab === "overdue")
    where = and(eq(applicationCase.departmentId, departmentId), eq(applicationCase.status, "accepted"), lt(applicationCase.dueDate, today));
  else if (input.tab === "followups")
    where = and(
      eq(applicationCase.departmentId, departmentId),
      sql`exists (select 1 from ${applicationRating} where ${applicationRating.applicationId} = ${applicationCase.id} and ${applicationRating.followUpStatus} = 'open')`,
    );
  else where = and(eq(applicationCase.departmentId, departmentId), inArray(applicationCase.status, [...QUEUE_TABS[input.tab]]));
  const [items, [total], counts] = await Promise.all([
    db
      .select({
        id: applicationCase.id,
        serialNo: applicationCase.serialNo,
        status: applicationCase.status,
        itemName: catalogueItem.name,
        submittedAt: applicationCase.submittedAt,
        dueDate: applicationCase.dueDate,
      })
      .from(applicationCase)
      .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
      .where(where)
      .orderBy(sql`${applicationCase.dueDate} asc nulls last`, asc(applicationCase.submittedAt))
      .limit(pageSize)
      .offset((input.page - 1) * pageSize),
    db.select({ n: count() }).from(applicationCase).where(where),
    db
      .select({
        status: applicationCase.status,
        n: count(),
        overdue: sql<number>`count(*) filter (where ${applicationCase.status} = 'accepted' and ${applicationCase.dueDate} < ${today})`,
      })
      .from(applicationCase)
      .where(eq(applicationCase.departmentId, departmentId))
      .groupBy(applicationCase.status),
  ]);
  const byStatus: Record<string, number> = {};
  let overdue = 0;
  for (const c of counts) {
    byStatus[c.status] = Number(c.n);
    overdue += Number(c.overdue);
  }
  return {
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize,
    today,
    items: items.map((i) => ({ ...i, overdue: i.status === "accepted" && i.dueDate !== null && i.dueDate < today })),
    byStatus,
    overdue,
  };
}

/** Public tracking by 申办流水号 + the last four digits of the applicant's phone; no personal data returned. */
export async function trackApplication(db: DB, input: { serialNo: string; phoneLast4: string }) {
  const [row] = await db
    .select({
      id: applicationCase.id,
      status: applicationCase.status,
      phone: accountUser.phone,
      itemName: catalogueItem.name,
      departmentName: orgDepartment.name,
      submittedAt: applicationCase.submittedAt,
      dueDate: applicationCase.dueDate,
    })
    .from(applicationCase)
    .innerJoin(accountUser, eq(accountUser.id, applicationCase.userId))
    .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
    .innerJoin(orgDepartment, eq(orgDepartment.id, applicationCase.departmentId))
    .where(eq(applicationCase.serialNo, input.serialNo))
    .limit(1);
  if (!row || row.phone.slice(-4) !== input.phoneLast4) throw new AppError("NOT_FOUND", "没有找到该办件，请核对申办流水号和手机号后四位");
  const events = await db
    .select({ at: applicationEvent.at, toStatus: applicationEvent.toStatus })
    .from(applicationEvent)
    .where(and(eq(applicationEvent.applicationId, row.id), sql`${applicationEvent.toStatus} <> 'draft'`))
    .orderBy(asc(applicationEvent.at), asc(applicationEvent.id));
  return {
    serialNo: input.serialNo,
    status: row.status,
    itemName: row.itemName,
    departmentName: row.departmentName,
    submittedAt: row.submittedAt,
    dueDate: row.dueDate,
    events: events.filter((e, i, all) => i === 0 || all[i - 1]!.toStatus !== e.toStatus),
  };
}

/** 好差评 figures per department (admin and the department's own staff see them). */
export async function departmentSatisfaction(db: DB) {
  return db
    .select({
      departmentId: applicationRating.departmentId,
      departmentName: orgDepartment.name,
      ratings: count(),
      satisfied: sql<number>`count(*) filter (where ${applicationRating.score} >= 4)`,
      openFollowUps: sql<number>`count(*) filter (where ${applicationRating.followUpStatus} = 'open')`,
    })
    .from(applicationRating)
    .innerJoin(orgDepartment, eq(orgDepartment.id, applicationRating.departmentId))
    .groupBy(applicationRating.departmentId, orgDepartment.name)
    .orderBy(desc(count()));
}

/** Attachment bytes for the owner or the handling department only. */
export async function attachmentFor(db: DB, user: SessionUser, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/.test(attachmentId)) throw new AppError("NOT_FOUND", "文件不存在");
  const [row] = await db
    .select({
      storageKey: applicationAttachment.storageKey,
      fileName: applicationAttachment.fileName,
      mimeType: applicationAttachment.mimeType,
      userId: applicationCase.userId,
      departmentId: applicationCase.departmentId,
    })
    .from(applicationAttachment)
    .innerJoin(applicationCase, eq(applicationCase.id, applicationAttachment.applicationId))
    .where(eq(applicationAttachment.id, attachmentId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "文件不存在");
  if (row.userId !== user.id) {
    const dept = hasPermission(user.role, "department.handle") ? await staffDepartment(db, user) : null;
    if (dept !== row.departmentId) throw new AppError("NOT_FOUND", "文件不存在");
  }
  return row;
}

const IDENTIFYING_FIELD_TYPES = new Set(["phone", "idcard", "email"]);
const IDENTIFYING_LABEL = /姓名|名字|联系人|地址|银行|账号/;

/**
 * 注销账号: the citizen's drafts are deleted; submitted cases stay (government records kept under the
 * 档案法) but lose what identifies the person in the form — phone, ID number, e-mail, name, address and
 * bank fields — and the rating's free-text comment. Returns how many cases were deleted and anonymised.
 */
export async function eraseApplicant(
  db: DB,
  userId: string,
  identity: { phone: string; realName: string | null },
): Promise<{ deleted: number; anonymised: number }> {
  const own = [identity.phone, identity.realName].filter((x): x is string => !!x && x.length >= 2);
  const deleted = await db
    .delete(applicationCase)
    .where(and(eq(applicationCase.userId, userId), eq(applicationCase.status, "draft")))
    .returning({ id: applicationCase.id });
  const cases = await db
    .select({ id: applicationCase.id, answers: applicationCase.answers, form: catalogueItem.form })
    .from(applicationCase)
    .innerJoin(catalogueItem, eq(catalogueItem.id, applicationCase.itemId))
    .where(eq(applicationCase.userId, userId));
  for (const c of cases) {
    const fields = (c.form ?? []).flatMap((p) => p.fields);
    const answers: Answers = { ...(c.answers as Answers) };
    for (const f of fields) {
      if (f.name in answers && (IDENTIFYING_FIELD_TYPES.has(f.type) || IDENTIFYING_LABEL.test(f.label))) answers[f.name] = "（已注销）";
    }
    // Whatever field still carries the account's own name or phone (forms change over time).
    for (const [k, v] of Object.entries(answers)) {
      const values = Array.isArray(v) ? v : [v];
      if (values.some((x) => own.some((o) => x.includes(o)))) answers[k] = "（已注销）";
    }
    await db.update(applicationCase).set({ answers }).where(eq(applicationCase.id, c.id));
  }
  if (cases.length) {
    await db
      .update(applicationRating)
      .set({ comment: null })
      .where(
        inArray(
          applicationRating.applicationId,
          cases.map((c) => c.id),
        ),
      );
  }
  return { deleted: deleted.length, anonymised: cases.length };
}
