import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  hotlineAttachment,
  hotlineCategory,
  hotlineEvent,
  hotlineSupporter,
  hotlineTicket,
  orgDepartment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { hasPermission } from "@/server/auth/roles";
import { maskName } from "@/server/lib/mask";
import { parseInput } from "@/server/lib/validation";
import { putFile, removeFiles } from "@/server/lib/storage";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import type { SessionUser } from "@/server/modules/account/service";
import { haversineMeters, syncJoinCount, type ServiceCtx, type Ticket } from "./service";
import { maskPersonalData, publicAddress, publicCoordinate } from "./privacy";
import { PHOTO_MIME, checkPhotos, photoFileName } from "./photos";
import { STATUS_NAMES, isTicketStatus } from "./labels";
import { ZFollow, ZJoin, ZSuggestQuery, ZUnfollow, type TJoin } from "./validation";
import type { z } from "zod";

/**
 * 附议 and 关注 (FixMyStreet/SeeClickFix style: cut duplicates at the source). While a citizen reports,
 * `suggestSimilar` shows open public requests of the same category nearby; the citizen can join one
 * (附议: "我也遇到了", a note and a photo) or follow it (关注). Joiners and followers get a message (and an
 * SMS if they asked) when the request is dispatched, answered and closed (supporter-notices.ts, from
 * service.ts transition()). The 附议 count raises a request in the agents' 待派单 queue (queues.ts) and is
 * counted apart from new requests in the statistics. A merge carries joiners and followers over.
 */

export const SUGGEST_RADIUS_M = 200;
export const SUGGEST_DAYS = 30;
export const SUGGEST_LIMIT = 5;
export const MAX_JOIN_PHOTOS = 1;
const FOLLOWED_PAGE_SIZE = 10;

/** Open, public, not merged: the same literal predicate as hotline_ticket_open_public_idx (migration 0009). */
const OPEN_PUBLIC = sql`${hotlineTicket.isPublic} and ${hotlineTicket.status} <> 'closed' and ${hotlineTicket.mergedIntoId} is null`;

/** Addresses compare without spaces ("崇川区 工农路 57号" = "崇川区工农路57号"), as the agents' duplicate check does. */
export const normalizeAddress = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

/** Latitude/longitude half-widths of a box around a point that holds a circle of `radiusM` metres. */
export function boundingBox(lat: number, lng: number, radiusM: number) {
  const dLat = radiusM / 111_320;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

export type Suggestion = {
  id: number;
  type: string;
  status: string;
  categoryName: string;
  district: string | null;
  description: string;
  createdAt: Date;
  joinCount: number;
  distanceM: number | null;
  sameAddress: boolean;
  photoId: string | null;
};

/**
 * Open public requests of the same category from the last 30 days within 200 m of the point or at the
 * same address: nearest first (same address counts as 0 m), at most 5. One range of the partial index
 * hotline_ticket_open_public_idx (category, created_at), narrowed by a bounding box or the address;
 * the exact distance is computed here. Texts are masked as on /12345/public; no address or contact leaves.
 */
export async function suggestSimilar(db: DB, raw: z.input<typeof ZSuggestQuery>, now = new Date()): Promise<Suggestion[]> {
  const q = parseInput(ZSuggestQuery, raw);
  const hasPoint = q.lat !== undefined && q.lng !== undefined;
  const address = normalizeAddress(q.address);
  if (!hasPoint && !address) return [];
  const since = new Date(now.getTime() - SUGGEST_DAYS * 86_400_000);
  const near: SQL[] = [];
  if (hasPoint) {
    const b = boundingBox(q.lat!, q.lng!, SUGGEST_RADIUS_M);
    near.push(
      and(
        gte(hotlineTicket.lat, b.minLat),
        lte(hotlineTicket.lat, b.maxLat),
        gte(hotlineTicket.lng, b.minLng),
        lte(hotlineTicket.lng, b.maxLng),
      )!,
    );
  }
  if (address) near.push(sql`regexp_replace(coalesce(${hotlineTicket.address}, ''), '\\s+', '', 'g') = ${address}`);
  const rows = await db
    .select({
      id: hotlineTicket.id,
      type: hotlineTicket.type,
      status: hotlineTicket.status,
      categoryName: hotlineCategory.name,
      district: hotlineTicket.district,
      description: hotlineTicket.description,
      address: hotlineTicket.address,
      lat: hotlineTicket.lat,
      lng: hotlineTicket.lng,
      createdAt: hotlineTicket.createdAt,
      joinCount: hotlineTicket.joinCount,
    })
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .where(and(eq(hotlineTicket.categoryId, q.categoryId), OPEN_PUBLIC, gte(hotlineTicket.createdAt, since), or(...near)))
    .orderBy(desc(hotlineTicket.createdAt))
    .limit(200);
  const found = rows
    .map((r) => {
      const distanceM = hasPoint && r.lat !== null && r.lng !== null ? haversineMeters(q.lat!, q.lng!, r.lat, r.lng) : null;
      // Shown: the distance to the published point (about 100 m, privacy.ts), so repeated searches cannot place it closer.
      const pLat = publicCoordinate(r.lat);
      const pLng = publicCoordinate(r.lng);
      const shownM = hasPoint && pLat !== null && pLng !== null ? haversineMeters(q.lat!, q.lng!, pLat, pLng) : null;
      const sameAddress = address !== "" && normalizeAddress(r.address) === address;
      return { r, distanceM, shownM, sameAddress };
    })
    .filter((x) => x.sameAddress || (x.distanceM !== null && x.distanceM <= SUGGEST_RADIUS_M))
    .sort((a, b) => (a.sameAddress ? 0 : a.distanceM!) - (b.sameAddress ? 0 : b.distanceM!) || b.r.joinCount - a.r.joinCount)
    .slice(0, SUGGEST_LIMIT);
  const photos = await firstPhotos(
    db,
    found.map((x) => x.r.id),
  );
  return found.map(({ r, shownM, sameAddress }) => ({
    id: r.id,
    type: r.type,
    status: r.status,
    categoryName: r.categoryName,
    district: r.district,
    description: maskPersonalData(r.description),
    createdAt: r.createdAt,
    joinCount: r.joinCount,
    distanceM: shownM === null ? null : Math.round(shownM),
    sameAddress,
    photoId: photos.get(r.id) ?? null,
  }));
}

/** The first of each request's own photos (not a joiner's): the thumbnail of a public request. */
async function firstPhotos(db: DB, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ ticketId: hotlineAttachment.ticketId, id: hotlineAttachment.id })
    .from(hotlineAttachment)
    .where(and(inArray(hotlineAttachment.ticketId, ids), isNull(hotlineAttachment.supporterId)))
    .orderBy(asc(hotlineAttachment.createdAt), asc(hotlineAttachment.id));
  const out = new Map<number, string>();
  for (const r of rows) if (!out.has(r.ticketId)) out.set(r.ticketId, r.id);
  return out;
}

/**
 * A public photo: the request's own photo (not a joiner's) of a public request that is not merged.
 * Shown as the thumbnail beside suggestions and on the public request page; anything else is NOT_FOUND.
 */
export async function publicPhoto(db: DB, attachmentId: string) {
  const notFound = () => new AppError("NOT_FOUND", "文件不存在");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(attachmentId)) throw notFound();
  const [row] = await db
    .select({
      storageKey: hotlineAttachment.storageKey,
      fileName: hotlineAttachment.fileName,
      mimeType: hotlineAttachment.mimeType,
    })
    .from(hotlineAttachment)
    .innerJoin(hotlineTicket, eq(hotlineTicket.id, hotlineAttachment.ticketId))
    .where(
      and(
        eq(hotlineAttachment.id, attachmentId.toLowerCase()),
        isNull(hotlineAttachment.supporterId),
        eq(hotlineTicket.isPublic, true),
        isNull(hotlineTicket.mergedIntoId),
      ),
    )
    .limit(1);
  if (!row) throw notFound();
  return row;
}

function requireCitizen(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.submit")) throw new AppError("FORBIDDEN", "只有市民和企业账号可以附议或关注12345诉求");
}

const NOT_PUBLIC = "找不到该公开诉求";

/** The public request a citizen may join or follow: public, not merged, not closed, not their own. */
async function joinableTicket(db: DB, user: SessionUser, id: number, what: "附议" | "关注") {
  const [t] = await db
    .select({
      id: hotlineTicket.id,
      isPublic: hotlineTicket.isPublic,
      status: hotlineTicket.status,
      mergedIntoId: hotlineTicket.mergedIntoId,
      citizenUserId: hotlineTicket.citizenUserId,
    })
    .from(hotlineTicket)
    .where(eq(hotlineTicket.id, id))
    .limit(1);
  if (!t || !t.isPublic) throw new AppError("NOT_FOUND", NOT_PUBLIC);
  if (t.mergedIntoId !== null) throw new AppError("CONFLICT", "该诉求已与其他诉求合并办理，请查看合并后的诉求");
  if (t.status === "closed") throw new AppError("CONFLICT", `该诉求已办结，不能再${what}。如果问题仍然存在，请提交新诉求。`);
  if (t.citizenUserId === user.id) throw new AppError("BAD_REQUEST", "这是您自己提交的诉求，可以在“我的诉求”查看办理进度");
  return t;
}

/**
 * 附议: once per citizen per request (a follower who joins becomes a joiner; a second 附议 is a
 * conflict). The count on the ticket is recounted from the rows in the same transaction; the note
 * and one photo go to the agents. The public page shows the new count at once.
 */
export async function joinRequest(ctx: ServiceCtx, user: SessionUser, raw: TJoin, now = new Date()) {
  requireCitizen(user);
  const { photos: rawPhotos = [], ...fields } = raw;
  const input = parseInput(ZJoin.omit({ photos: true }), fields);
  const photos = checkPhotos(rawPhotos);
  if (!photos.ok) throw new AppError("BAD_REQUEST", photos.errors[0]!, { photos: photos.errors });
  if (photos.photos.length > MAX_JOIN_PHOTOS)
    throw new AppError("BAD_REQUEST", `附议最多附${MAX_JOIN_PHOTOS}张照片`, { photos: [`附议最多附${MAX_JOIN_PHOTOS}张照片`] });
  const { db } = ctx;
  await joinableTicket(db, user, input.ticketId, "附议");
  const stored = await Promise.all(photos.photos.map(async (p) => ({ p, file: await putFile(p.bytes) })));
  // Files first, rows in the join's transaction; a failed join removes its files again.
  const joinCount = await db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(hotlineSupporter)
        .values({
          ticketId: input.ticketId,
          userId: user.id,
          joined: true,
          note: input.note || null,
          sms: input.sms,
          createdAt: now,
          joinedAt: now,
        })
        .onConflictDoUpdate({
          target: [hotlineSupporter.ticketId, hotlineSupporter.userId],
          set: { joined: true, joinedAt: now, note: input.note || null, sms: input.sms },
          setWhere: eq(hotlineSupporter.joined, false),
        })
        .returning({ userId: hotlineSupporter.userId });
      if (!row) throw new AppError("CONFLICT", "您已经附议过该诉求，每件诉求只能附议一次");
      if (stored.length)
        await tx.insert(hotlineAttachment).values(
          stored.map(({ p, file }, i) => ({
            ticketId: input.ticketId,
            fileName: photoFileName(p.name, p.kind, i),
            mimeType: PHOTO_MIME[p.kind],
            sizeBytes: file.size,
            sha256: file.sha256,
            storageKey: file.key,
            supporterId: user.id,
            createdAt: now,
          })),
        );
      return syncJoinCount(tx, input.ticketId);
    })
    .catch(async (e: unknown) => {
      await removeFiles(stored.map((s) => s.file.key));
      throw e;
    });
  revalidatePublic(PAGE_TAGS.hotlineRequest(input.ticketId));
  return { ticketId: input.ticketId, joinCount };
}

/** 关注: follow a public request; following twice (or after 附议) changes nothing and says so. */
export async function followRequest(ctx: ServiceCtx, user: SessionUser, raw: z.input<typeof ZFollow>, now = new Date()) {
  requireCitizen(user);
  const input = parseInput(ZFollow, raw);
  await joinableTicket(ctx.db, user, input.ticketId, "关注");
  const rows = await ctx.db
    .insert(hotlineSupporter)
    .values({ ticketId: input.ticketId, userId: user.id, joined: false, sms: input.sms, createdAt: now })
    .onConflictDoNothing()
    .returning({ userId: hotlineSupporter.userId });
  return { ticketId: input.ticketId, already: rows.length === 0 };
}

/** 取消关注. A 附议 stays (it is a voice counted for the request), so only following can be undone. */
export async function unfollowRequest(ctx: ServiceCtx, user: SessionUser, raw: z.input<typeof ZUnfollow>) {
  requireCitizen(user);
  const input = parseInput(ZUnfollow, raw);
  const [row] = await ctx.db
    .select({ joined: hotlineSupporter.joined })
    .from(hotlineSupporter)
    .where(and(eq(hotlineSupporter.ticketId, input.ticketId), eq(hotlineSupporter.userId, user.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "您没有关注该诉求");
  if (row.joined) throw new AppError("BAD_REQUEST", "您已附议该诉求，附议会计入反映人数，不能取消");
  await ctx.db
    .delete(hotlineSupporter)
    .where(and(eq(hotlineSupporter.ticketId, input.ticketId), eq(hotlineSupporter.userId, user.id), eq(hotlineSupporter.joined, false)));
  return { ticketId: input.ticketId };
}

/** The requests the citizen joined or follows (not their own), latest first. */
export async function listFollowed(ctx: ServiceCtx, user: SessionUser, opts: { page?: number } = {}) {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const where = eq(hotlineSupporter.userId, user.id);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: hotlineTicket.id,
        type: hotlineTicket.type,
        status: hotlineTicket.status,
        categoryName: hotlineCategory.name,
        description: hotlineTicket.description,
        joinCount: hotlineTicket.joinCount,
        joined: hotlineSupporter.joined,
        sms: hotlineSupporter.sms,
        followedAt: hotlineSupporter.createdAt,
        updatedAt: hotlineTicket.updatedAt,
      })
      .from(hotlineSupporter)
      .innerJoin(hotlineTicket, eq(hotlineTicket.id, hotlineSupporter.ticketId))
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .where(where)
      .orderBy(desc(hotlineSupporter.createdAt), desc(hotlineSupporter.ticketId))
      .limit(FOLLOWED_PAGE_SIZE)
      .offset((page - 1) * FOLLOWED_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(hotlineSupporter).where(where),
  ]);
  return {
    items: rows.map((r) => {
      const d = maskPersonalData(r.description);
      return { ...r, description: d.length > 80 ? `${d.slice(0, 80)}…` : d };
    }),
    total: Number(total?.n ?? 0),
    page,
    pageSize: FOLLOWED_PAGE_SIZE,
  };
}

/** What the public sees of a step: the status and a plain sentence, never internal notes or names. */
export function publicStep(e: { fromStatus: string | null; toStatus: string }, departmentName: string | null): string | null {
  if (e.fromStatus === e.toStatus) return null; // 催办, reclassification, extensions, ratings: internal
  switch (e.toStatus) {
    case "new":
      return "热线受理诉求";
    case "dispatched":
      return e.fromStatus === "new" || e.fromStatus === null ? `派至承办部门办理` : "重新派单办理";
    case "accepted":
      return `${departmentName ?? "承办部门"}签收办理`;
    case "replied":
      return `${departmentName ?? "承办部门"}答复`;
    case "returned":
      return "热线重新派单中";
    case "reopened":
      return "回访不满意，重新办理";
    case "closed":
      return "办结";
    default:
      return null;
  }
}

/**
 * A public request's page (/12345/public/[id]): type, category, district, status, masked description
 * and answer, the department, the masked timeline (status changes only), the 附议 count and the
 * request's own photos. Private requests are NOT_FOUND (no existence leak).
 */
export async function publicRequest(db: DB, id: number) {
  const [t] = await db
    .select({
      id: hotlineTicket.id,
      type: hotlineTicket.type,
      status: hotlineTicket.status,
      isPublic: hotlineTicket.isPublic,
      categoryName: hotlineCategory.name,
      district: hotlineTicket.district,
      address: hotlineTicket.address,
      description: hotlineTicket.description,
      answer: hotlineTicket.answer,
      departmentName: orgDepartment.shortName,
      mergedIntoId: hotlineTicket.mergedIntoId,
      joinCount: hotlineTicket.joinCount,
      createdAt: hotlineTicket.createdAt,
      repliedAt: hotlineTicket.repliedAt,
      closedAt: hotlineTicket.closedAt,
    })
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineTicket.departmentId))
    .where(eq(hotlineTicket.id, id))
    .limit(1);
  if (!t || !t.isPublic) throw new AppError("NOT_FOUND", NOT_PUBLIC);
  const [events, photos, [followers], [primary]] = await Promise.all([
    db
      .select({ at: hotlineEvent.at, fromStatus: hotlineEvent.fromStatus, toStatus: hotlineEvent.toStatus })
      .from(hotlineEvent)
      .where(eq(hotlineEvent.ticketId, id))
      .orderBy(asc(hotlineEvent.id)),
    db
      .select({ id: hotlineAttachment.id })
      .from(hotlineAttachment)
      .where(and(eq(hotlineAttachment.ticketId, id), isNull(hotlineAttachment.supporterId)))
      .orderBy(asc(hotlineAttachment.createdAt), asc(hotlineAttachment.id)),
    db.select({ n: count() }).from(hotlineSupporter).where(eq(hotlineSupporter.ticketId, id)),
    t.mergedIntoId
      ? db
          .select({ id: hotlineTicket.id })
          .from(hotlineTicket)
          .where(and(eq(hotlineTicket.id, t.mergedIntoId), eq(hotlineTicket.isPublic, true)))
          .limit(1)
      : Promise.resolve([]),
  ]);
  const answered = t.status === "replied" || t.status === "closed";
  const timeline = events.flatMap((e) => {
    const text = publicStep(e, t.departmentName);
    return text ? [{ at: e.at, status: isTicketStatus(e.toStatus) ? STATUS_NAMES[e.toStatus] : e.toStatus, text }] : [];
  });
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    categoryName: t.categoryName,
    district: t.district,
    place: publicAddress(t.district, t.address),
    description: maskPersonalData(t.description),
    answer: answered && t.mergedIntoId === null ? maskPersonalData(t.answer) : null,
    departmentName: t.departmentName,
    joinCount: t.joinCount,
    supporterCount: Number(followers?.n ?? 0),
    open: t.status !== "closed" && t.mergedIntoId === null,
    merged: t.mergedIntoId !== null,
    mergedIntoId: primary?.id ?? null,
    createdAt: t.createdAt,
    answeredAt: t.repliedAt ?? t.closedAt,
    timeline,
    photoIds: t.mergedIntoId === null ? photos.map((p) => p.id) : [],
  };
}

/** The citizens who joined a request, for the agents' ticket page: masked names, notes, photos; and how many only follow. */
export async function supportersForAgent(db: DB, ticketId: number) {
  const rows = await db
    .select({
      userId: hotlineSupporter.userId,
      joined: hotlineSupporter.joined,
      note: hotlineSupporter.note,
      joinedAt: hotlineSupporter.joinedAt,
      createdAt: hotlineSupporter.createdAt,
      mergedFromId: hotlineSupporter.mergedFromId,
      nickname: accountUser.nickname,
      realName: accountUser.realName,
      verifiedAt: accountUser.realNameVerifiedAt,
    })
    .from(hotlineSupporter)
    .innerJoin(accountUser, eq(accountUser.id, hotlineSupporter.userId))
    .where(eq(hotlineSupporter.ticketId, ticketId))
    .orderBy(asc(hotlineSupporter.joinedAt), asc(hotlineSupporter.createdAt));
  const joiners = rows.filter((r) => r.joined);
  const photos = joiners.length
    ? await db
        .select({ id: hotlineAttachment.id, fileName: hotlineAttachment.fileName, supporterId: hotlineAttachment.supporterId })
        .from(hotlineAttachment)
        .where(and(eq(hotlineAttachment.ticketId, ticketId), isNotNull(hotlineAttachment.supporterId)))
        .orderBy(asc(hotlineAttachment.createdAt))
    : [];
  const mergedFrom = [...new Set(joiners.map((j) => j.mergedFromId).filter((x): x is number => x !== null))];
  const nos = mergedFrom.length
    ? await db
        .select({ id: hotlineTicket.id, ticketNo: hotlineTicket.ticketNo })
        .from(hotlineTicket)
        .where(inArray(hotlineTicket.id, mergedFrom))
    : [];
  return {
    joiners: joiners.map((j) => ({
      name: maskName(j.verifiedAt && j.realName ? j.realName : j.nickname) ?? "市民",
      note: j.note,
      joinedAt: j.joinedAt ?? j.createdAt,
      mergedFromTicketNo: nos.find((n) => n.id === j.mergedFromId)?.ticketNo ?? null,
      photos: photos.filter((p) => p.supporterId === j.userId).map((p) => ({ id: p.id, fileName: p.fileName })),
    })),
    followerCount: rows.length - joiners.length,
  };
}

/**
 * 合并 carries the duplicate's joiners and followers to the primary request, with their photos, and
 * the duplicate's own citizen becomes a joiner of the primary (their note: what they wrote). Someone who
 * already supports the primary keeps one row (joined wins). Runs in mergeTicket's transaction, before the
 * duplicate is closed (so its supporters are not told "closed" for a request that goes on).
 */
export async function carryOnMerge(
  tx: DB,
  dup: Pick<Ticket, "id" | "citizenUserId" | "description" | "createdAt">,
  primary: Pick<Ticket, "id" | "citizenUserId">,
) {
  const moving = await tx.select().from(hotlineSupporter).where(eq(hotlineSupporter.ticketId, dup.id));
  const rows = moving
    .filter((s) => s.userId !== primary.citizenUserId)
    .map((s) => ({ ...s, ticketId: primary.id, mergedFromId: s.mergedFromId ?? dup.id }));
  if (dup.citizenUserId && dup.citizenUserId !== primary.citizenUserId && !rows.some((r) => r.userId === dup.citizenUserId))
    rows.push({
      ticketId: primary.id,
      userId: dup.citizenUserId,
      joined: true,
      note: dup.description.slice(0, 500),
      sms: false,
      mergedFromId: dup.id,
      createdAt: dup.createdAt,
      joinedAt: dup.createdAt,
    });
  if (rows.length)
    await tx
      .insert(hotlineSupporter)
      .values(rows)
      .onConflictDoUpdate({
        target: [hotlineSupporter.ticketId, hotlineSupporter.userId],
        set: {
          joined: sql`${hotlineSupporter.joined} or excluded.joined`,
          joinedAt: sql`coalesce(${hotlineSupporter.joinedAt}, excluded.joined_at)`,
          note: sql`coalesce(${hotlineSupporter.note}, excluded.note)`,
          sms: sql`${hotlineSupporter.sms} or excluded.sms`,
        },
      });
  await tx.delete(hotlineSupporter).where(eq(hotlineSupporter.ticketId, dup.id));
  await tx
    .update(hotlineAttachment)
    .set({ ticketId: primary.id })
    .where(and(eq(hotlineAttachment.ticketId, dup.id), isNotNull(hotlineAttachment.supporterId)));
  await syncJoinCount(tx, dup.id);
  return syncJoinCount(tx, primary.id);
}
