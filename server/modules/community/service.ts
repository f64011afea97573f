import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  communityCareEvent,
  communityCareRequest,
  communityCentre,
  communityElderCard,
  type ElderEmergencyContact,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/modules/account/service";
import { resolvePerson } from "@/server/modules/family/service";
import { uniqueViolation } from "@/server/modules/life/db-errors";
import { notifyUser } from "@/server/modules/life/notify";
import { parseInput } from "@/server/modules/life/parse";
import { requireStaffUnit } from "@/server/modules/life/staff";
import { ageOn, formatShanghai, shanghaiDate } from "@/server/modules/life/time";
import { looksLikeToken, newToken, qrSvg } from "@/server/modules/life/tokens";
import {
  CARE_MIN_AGE,
  CARE_SERVICES,
  CARE_STATUS_NAMES,
  ELDER_CARD_FIELDS,
  ZCareRequest,
  ZElderCard,
  type CareStatus,
  type ElderCardField,
  type TCareRequest,
  type TElderCard,
} from "./validation";

export type ServiceCtx = { db: DB; ip?: string | null };

const SERVICE_NAMES = new Map<string, string>(Object.entries(CARE_SERVICES));
const STATUS_NAMES = new Map<string, string>(Object.entries(CARE_STATUS_NAMES));

// ——— community centres ———

/** 社区服务中心 (sample), optionally of one district. */
export async function listCentres(db: DB, opts: { district?: string } = {}) {
  const rows = await db
    .select({
      id: communityCentre.id,
      code: communityCentre.code,
      name: communityCentre.name,
      district: communityCentre.district,
      street: communityCentre.street,
      address: communityCentre.address,
      phone: communityCentre.phone,
      hours: communityCentre.hours,
      services: communityCentre.services,
    })
    .from(communityCentre)
    .where(opts.district ? eq(communityCentre.district, opts.district) : undefined)
    .orderBy(asc(communityCentre.id));
  return rows.map((c) => ({ ...c, serviceNames: c.services.map((s) => SERVICE_NAMES.get(s) ?? s) }));
}

// ——— home-care requests ———

/**
 * A home-care request (助洁/助餐/陪同就医) for an elder aged 60+: the signed-in citizen or one of their family
 * members. Idempotent per key. The centre must offer the service; the time must be in the next 30 days.
 */
export async function submitCareRequest(ctx: ServiceCtx, user: SessionUser, raw: TCareRequest, now = new Date()) {
  const { db } = ctx;
  const input = parseInput(ZCareRequest, raw);
  const existing = async () => {
    const [r] = await db
      .select({ id: communityCareRequest.id, requestNo: communityCareRequest.requestNo })
      .from(communityCareRequest)
      .where(and(eq(communityCareRequest.requesterUserId, user.id), eq(communityCareRequest.idempotencyKey, input.idempotencyKey)))
      .limit(1);
    return r;
  };
  const prior = await existing();
  if (prior) return { ...prior, created: false };

  if (input.scheduledAt.getTime() < now.getTime() + 3_600_000 || input.scheduledAt.getTime() > now.getTime() + 30 * 86_400_000) {
    throw new AppError("BAD_REQUEST", "服务时间请选择1小时后至30天内", { scheduledAt: ["服务时间请选择1小时后至30天内"] });
  }
  const elder = await resolvePerson(db, user, { familyMemberId: input.familyMemberId }, { requireRealName: true });
  if (!elder.birthDate || ageOn(elder.birthDate, shanghaiDate(now)) < CARE_MIN_AGE) {
    throw new AppError("BAD_REQUEST", `居家养老服务面向${CARE_MIN_AGE}周岁及以上老人，请选择老人本人或家中老人`, {
      familyMemberId: [`请选择${CARE_MIN_AGE}周岁及以上的老人`],
    });
  }
  const [centre] = await db
    .select({ id: communityCentre.id, name: communityCentre.name, services: communityCentre.services })
    .from(communityCentre)
    .where(eq(communityCentre.id, input.centreId))
    .limit(1);
  if (!centre) throw new AppError("BAD_REQUEST", "请选择社区服务中心", { centreId: ["请选择社区服务中心"] });
  if (!centre.services.includes(input.serviceType)) {
    throw new AppError("BAD_REQUEST", `${centre.name}暂不提供${SERVICE_NAMES.get(input.serviceType)}服务`, {
      serviceType: ["该中心暂不提供此项服务"],
    });
  }
  try {
    const made = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(communityCareRequest)
        .values({
          requestNo: `pending-${input.idempotencyKey}-${user.id}`,
          requesterUserId: user.id,
          familyMemberId: elder.familyMemberId,
          elderName: elder.name,
          centreId: centre.id,
          serviceType: input.serviceType,
          scheduledAt: input.scheduledAt,
          address: input.address,
          contactPhone: input.contactPhone,
          note: input.note ?? null,
          status: "submitted",
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: communityCareRequest.id });
      const requestNo = `YL${shanghaiDate(now).replaceAll("-", "")}${String(row!.id % 1_000_000).padStart(6, "0")}`;
      await tx.update(communityCareRequest).set({ requestNo }).where(eq(communityCareRequest.id, row!.id));
      await tx
        .insert(communityCareEvent)
        .values({ requestId: row!.id, toStatus: "submitted", actorId: user.id, actorRole: user.role, note: "提交申请", at: now });
      return { id: row!.id, requestNo };
    });
    await notifyUser(db, user.id, {
      title: "居家养老服务申请已提交",
      body: `${SERVICE_NAMES.get(input.serviceType)}，服务对象${maskName(elder.name)}，时间${formatShanghai(input.scheduledAt)}，编号${made.requestNo}。${centre.name}将尽快受理。`,
      link: `/life/community/requests/${made.id}`,
    });
    return { ...made, created: true };
  } catch (e) {
    if (uniqueViolation(e) === "community_care_request_idem_key") {
      const winner = await existing();
      if (winner) return { ...winner, created: false };
    }
    throw e;
  }
}

const requestColumns = {
  id: communityCareRequest.id,
  requestNo: communityCareRequest.requestNo,
  elderName: communityCareRequest.elderName,
  serviceType: communityCareRequest.serviceType,
  scheduledAt: communityCareRequest.scheduledAt,
  address: communityCareRequest.address,
  contactPhone: communityCareRequest.contactPhone,
  note: communityCareRequest.note,
  status: communityCareRequest.status,
  centreId: communityCareRequest.centreId,
  centreName: communityCentre.name,
  centrePhone: communityCentre.phone,
  createdAt: communityCareRequest.createdAt,
  updatedAt: communityCareRequest.updatedAt,
};

function present<T extends { elderName: string; serviceType: string; status: string }>(r: T) {
  const { elderName, ...rest } = r;
  return {
    ...rest,
    elderNameMasked: maskName(elderName),
    serviceName: SERVICE_NAMES.get(r.serviceType) ?? r.serviceType,
    statusName: STATUS_NAMES.get(r.status) ?? r.status,
  };
}

/** The citizen's own home-care requests, newest first. */
export async function listMyCareRequests(db: DB, user: SessionUser) {
  const rows = await db
    .select(requestColumns)
    .from(communityCareRequest)
    .innerJoin(communityCentre, eq(communityCentre.id, communityCareRequest.centreId))
    .where(eq(communityCareRequest.requesterUserId, user.id))
    .orderBy(desc(communityCareRequest.createdAt), desc(communityCareRequest.id))
    .limit(100);
  return rows.map(present);
}

async function timeline(db: DB, requestId: number) {
  const events = await db
    .select({ toStatus: communityCareEvent.toStatus, note: communityCareEvent.note, at: communityCareEvent.at })
    .from(communityCareEvent)
    .where(eq(communityCareEvent.requestId, requestId))
    .orderBy(asc(communityCareEvent.at), asc(communityCareEvent.id));
  return events.map((e) => ({ ...e, statusName: STATUS_NAMES.get(e.toStatus) ?? e.toStatus }));
}

/** One of the citizen's own requests with its timeline (NOT_FOUND for anyone else's). */
export async function getMyCareRequest(db: DB, user: SessionUser, id: number) {
  const [row] = await db
    .select(requestColumns)
    .from(communityCareRequest)
    .innerJoin(communityCentre, eq(communityCentre.id, communityCareRequest.centreId))
    .where(and(eq(communityCareRequest.id, id), eq(communityCareRequest.requesterUserId, user.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该服务申请");
  return { ...present(row), events: await timeline(db, id) };
}

/** Allowed moves: who may make them and what they mean. */
const TRANSITIONS = new Map<string, CareStatus[]>([
  ["submitted", ["accepted", "declined", "cancelled"]],
  ["accepted", ["in_service", "declined", "cancelled"]],
  ["in_service", ["completed"]],
]);

async function move(ctx: ServiceCtx, actor: SessionUser, id: number, from: string, to: CareStatus, note: string | null, now: Date) {
  if (!TRANSITIONS.get(from)?.includes(to)) {
    throw new AppError("CONFLICT", `当前状态为“${STATUS_NAMES.get(from) ?? from}”，不能改为“${STATUS_NAMES.get(to)}”`);
  }
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .update(communityCareRequest)
      .set({ status: to, updatedAt: now })
      .where(and(eq(communityCareRequest.id, id), eq(communityCareRequest.status, from)))
      .returning({ id: communityCareRequest.id });
    if (!done) throw new AppError("CONFLICT", "该申请状态已变化，请刷新后查看");
    await tx
      .insert(communityCareEvent)
      .values({ requestId: id, fromStatus: from, toStatus: to, actorId: actor.id, actorRole: actor.role, note, at: now });
    if (actor.role !== "citizen" && actor.role !== "enterprise") {
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: ctx.ip,
        action: "community.care_transition",
        outcome: "success",
        targetType: "community_care_request",
        targetId: String(id),
        detail: { from, to },
      });
    }
  });
}

/** The requester cancels before the service starts. */
export async function cancelMyCareRequest(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  const r = await getMyCareRequest(ctx.db, user, id);
  if (r.status === "cancelled") return r;
  if (r.status !== "submitted" && r.status !== "accepted") throw new AppError("CONFLICT", "服务已开始或已结束，不能取消");
  await move(ctx, user, id, r.status, "cancelled", "申请人取消", now);
  return getMyCareRequest(ctx.db, user, id);
}

/** A community centre's requests (its staff only), by scheduled time. */
export async function centreCareQueue(db: DB, staff: SessionUser, opts: { centreId?: number; statuses?: CareStatus[] } = {}) {
  const centreId = await requireStaffUnit(db, staff, "community_centre", opts.centreId);
  const statuses = opts.statuses?.length ? opts.statuses : (["submitted", "accepted", "in_service"] satisfies CareStatus[]);
  const rows = await db
    .select(requestColumns)
    .from(communityCareRequest)
    .innerJoin(communityCentre, eq(communityCentre.id, communityCareRequest.centreId))
    .where(and(eq(communityCareRequest.centreId, centreId), inArray(communityCareRequest.status, statuses)))
    .orderBy(asc(communityCareRequest.scheduledAt))
    .limit(200);
  // Staff serve the elder in person: they see the full name and the address.
  return rows.map((r) => ({ ...present(r), elderName: r.elderName }));
}

/** Centre staff move a request on (受理, 开始服务, 完成, 不予受理 with a reason); the family gets a message. */
export async function transitionCareRequest(
  ctx: ServiceCtx,
  staff: SessionUser,
  id: number,
  to: Exclude<CareStatus, "submitted" | "cancelled">,
  note: string | null,
  now = new Date(),
) {
  const [r] = await ctx.db
    .select({
      centreId: communityCareRequest.centreId,
      status: communityCareRequest.status,
      requesterUserId: communityCareRequest.requesterUserId,
      requestNo: communityCareRequest.requestNo,
    })
    .from(communityCareRequest)
    .where(eq(communityCareRequest.id, id))
    .limit(1);
  if (!r) throw new AppError("NOT_FOUND", "找不到该服务申请");
  await requireStaffUnit(ctx.db, staff, "community_centre", r.centreId);
  if (to === "declined" && !note?.trim()) throw new AppError("BAD_REQUEST", "请填写不予受理的原因", { note: ["请填写不予受理的原因"] });
  await move(ctx, staff, id, r.status, to, note?.trim() || null, now);
  await notifyUser(ctx.db, r.requesterUserId, {
    title: `居家养老服务${STATUS_NAMES.get(to)}`,
    body: `申请编号${r.requestNo}：${STATUS_NAMES.get(to)}${note?.trim() ? `（${note.trim()}）` : ""}。`,
    link: `/life/community/requests/${id}`,
  });
  return { id, status: to };
}

// ——— 老人二维码名片 ———

const cardColumns = {
  id: communityElderCard.id,
  familyMemberId: communityElderCard.familyMemberId,
  token: communityElderCard.token,
  tokenIssuedAt: communityElderCard.tokenIssuedAt,
  visibleFields: communityElderCard.visibleFields,
  displayName: communityElderCard.displayName,
  emergencyContacts: communityElderCard.emergencyContacts,
  bloodType: communityElderCard.bloodType,
  allergies: communityElderCard.allergies,
  communityName: communityElderCard.communityName,
  revokedAt: communityElderCard.revokedAt,
  updatedAt: communityElderCard.updatedAt,
};

/**
 * Creates or updates the card of an elder (the citizen themself, or a family member on whose behalf they
 * act). The first save issues the unguessable token; later saves keep it.
 */
export async function saveElderCard(ctx: ServiceCtx, user: SessionUser, raw: TElderCard, now = new Date()) {
  const { db } = ctx;
  const input = parseInput(ZElderCard, raw);
  const elder = await resolvePerson(db, user, { familyMemberId: input.familyMemberId }, { requireRealName: false });
  const subjectKey = elder.familyMemberId ? `family:${elder.familyMemberId}` : "self";
  const values = {
    visibleFields: [...new Set(input.visibleFields)],
    displayName: input.displayName ?? elder.name,
    emergencyContacts: input.emergencyContacts,
    bloodType: input.bloodType ?? null,
    allergies: input.allergies ?? null,
    communityName: input.communityName ?? null,
    updatedAt: now,
  };
  const [row] = await db
    .insert(communityElderCard)
    .values({ ownerUserId: user.id, familyMemberId: elder.familyMemberId, subjectKey, token: newToken(), tokenIssuedAt: now, ...values })
    .onConflictDoUpdate({ target: [communityElderCard.ownerUserId, communityElderCard.subjectKey], set: values })
    .returning(cardColumns);
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "community.elder_card_save",
    outcome: "success",
    targetType: "community_elder_card",
    targetId: String(row!.id),
  });
  return row!;
}

/** The citizen's own elder cards (for themself and family members). */
export async function listMyElderCards(db: DB, user: SessionUser) {
  return db
    .select(cardColumns)
    .from(communityElderCard)
    .where(eq(communityElderCard.ownerUserId, user.id))
    .orderBy(asc(communityElderCard.id));
}

async function ownCard(db: DB, user: SessionUser, id: number) {
  const [row] = await db
    .select(cardColumns)
    .from(communityElderCard)
    .where(and(eq(communityElderCard.id, id), eq(communityElderCard.ownerUserId, user.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该名片");
  return row;
}

/** Revokes the card's link: the printed QR code stops working at once. */
export async function revokeElderCard(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  await ownCard(ctx.db, user, id);
  await ctx.db
    .update(communityElderCard)
    .set({ token: null, revokedAt: now, updatedAt: now })
    .where(and(eq(communityElderCard.id, id), eq(communityElderCard.ownerUserId, user.id)));
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "community.elder_card_revoke",
    outcome: "success",
    targetType: "community_elder_card",
    targetId: String(id),
  });
  return ownCard(ctx.db, user, id);
}

/** Issues a new link (the old one stops working); also re-enables a revoked card. */
export async function regenerateElderCardToken(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  await ownCard(ctx.db, user, id);
  await ctx.db
    .update(communityElderCard)
    .set({ token: newToken(), tokenIssuedAt: now, revokedAt: null, updatedAt: now })
    .where(and(eq(communityElderCard.id, id), eq(communityElderCard.ownerUserId, user.id)));
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "community.elder_card_regenerate",
    outcome: "success",
    targetType: "community_elder_card",
    targetId: String(id),
  });
  return ownCard(ctx.db, user, id);
}

/** What the public page at /card/{token} may show: only the fields the elder chose, nothing else. */
export type PublicElderCard = {
  name?: string;
  emergencyContacts?: ElderEmergencyContact[];
  bloodType?: string;
  allergies?: string;
  community?: string;
};

/** Builds the public view from a card row: a field not in `visibleFields` is never copied. */
export function publicView(card: {
  visibleFields: string[];
  displayName: string;
  emergencyContacts: ElderEmergencyContact[];
  bloodType: string | null;
  allergies: string | null;
  communityName: string | null;
}): PublicElderCard {
  const chosen = new Set(card.visibleFields.filter((f): f is ElderCardField => (ELDER_CARD_FIELDS as readonly string[]).includes(f)));
  const out: PublicElderCard = {};
  if (chosen.has("name")) out.name = card.displayName;
  if (chosen.has("emergencyContacts"))
    out.emergencyContacts = card.emergencyContacts.map((c) => ({ name: c.name, relation: c.relation, phone: c.phone }));
  if (chosen.has("bloodType") && card.bloodType) out.bloodType = card.bloodType;
  if (chosen.has("allergies") && card.allergies) out.allergies = card.allergies;
  if (chosen.has("community") && card.communityName) out.community = card.communityName;
  return out;
}

/** Public lookup by token (no sign-in). Unknown, malformed and revoked tokens are all NOT_FOUND. */
export async function publicElderCard(db: DB, token: string): Promise<PublicElderCard> {
  if (!looksLikeToken(token)) throw new AppError("NOT_FOUND", "该名片不存在或已失效");
  const [row] = await db.select(cardColumns).from(communityElderCard).where(eq(communityElderCard.token, token)).limit(1);
  if (!row || row.revokedAt) throw new AppError("NOT_FOUND", "该名片不存在或已失效");
  return publicView(row);
}

/** The card's QR code (SVG) linking to `${siteOrigin}/card/{token}`, for the printable page. */
export async function elderCardQr(db: DB, user: SessionUser, id: number, siteOrigin: string) {
  const card = await ownCard(db, user, id);
  if (!card.token) throw new AppError("CONFLICT", "该名片已停用，请先重新生成二维码");
  const url = `${siteOrigin}/card/${card.token}`;
  return { url, svg: await qrSvg(url) };
}
