import { parseInput } from "@/server/lib/validation";
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  environmentArticle,
  environmentGreenAction,
  environmentLeaderboardEntry,
  environmentWasteItem,
  environmentWaterSection,
  hotlineCategory,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { hasPermission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import { awardPoints } from "@/server/modules/points/service";
import { submitRequest } from "@/server/modules/hotline";
import { co2SavedGrams } from "./carbon";
import { chinaDate } from "@/server/modules/transport";
import { ENV_REPORT_KINDS, ZArticle, ZEnvReport, ZGreenAction, type TArticleInput, type TEnvReport, type TGreenAction } from "./validation";

export type EnvCtx = { db: DB; user: SessionUser | null; ip?: string | null };

// ——— surface water ———

export const WATER_CLASS_NAMES = ["", "Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类"] as const;

/** Sections with their class, whether they meet their target, grouped by river in a stable order. */
export async function listWaterSections(db: DB, opts: { district?: string } = {}) {
  const rows = await db
    .select()
    .from(environmentWaterSection)
    .where(opts.district ? eq(environmentWaterSection.district, opts.district) : undefined)
    .orderBy(asc(environmentWaterSection.river), asc(environmentWaterSection.code));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    river: r.river,
    district: r.district,
    lat: r.lat,
    lon: r.lon,
    currentClass: r.currentClass,
    currentClassName: WATER_CLASS_NAMES[r.currentClass] ?? "",
    targetClass: r.targetClass,
    targetClassName: WATER_CLASS_NAMES[r.targetClass] ?? "",
    meetsTarget: r.currentClass <= r.targetClass,
    measuredOn: r.measuredOn,
    indicators: r.indicators,
    sample: r.sample,
  }));
}

// ——— 环保百科 ———

const articleColumns = {
  id: environmentArticle.id,
  slug: environmentArticle.slug,
  title: environmentArticle.title,
  category: environmentArticle.category,
  summary: environmentArticle.summary,
  keywords: environmentArticle.keywords,
  source: environmentArticle.source,
  updatedAt: environmentArticle.updatedAt,
};

export async function listArticles(db: DB, opts: { category?: string } = {}) {
  return db
    .select(articleColumns)
    .from(environmentArticle)
    .where(and(eq(environmentArticle.status, "published"), opts.category ? eq(environmentArticle.category, opts.category) : undefined))
    .orderBy(asc(environmentArticle.category), asc(environmentArticle.id));
}

export async function getArticle(db: DB, slug: string) {
  const [row] = await db
    .select({ ...articleColumns, body: environmentArticle.body, version: environmentArticle.version })
    .from(environmentArticle)
    .where(and(eq(environmentArticle.slug, slug), eq(environmentArticle.status, "published")));
  if (!row) throw new AppError("NOT_FOUND", "找不到这篇环保百科文章");
  return {
    ...row,
    paragraphs: row.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

function requireContentAdmin(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError("UNAUTHORIZED", "请先登录");
  if (!hasPermission(user.role, "admin.console")) throw new AppError("FORBIDDEN", "您没有管理环保百科的权限");
  return user;
}

const slugOk = (s: string) => /^[a-z0-9][a-z0-9-]{2,59}$/.test(s);

/** Admin: a new article (audited). */
export async function createArticle(ctx: EnvCtx, slug: string, raw: TArticleInput) {
  const user = requireContentAdmin(ctx.user);
  if (!slugOk(slug))
    throw new AppError("BAD_REQUEST", "网址标识须为3—60位小写字母、数字或连字符", { slug: ["网址标识须为3—60位小写字母、数字或连字符"] });
  const input = parseInput(ZArticle, raw);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(environmentArticle)
      .values({ slug, ...input, updatedById: user.id })
      .onConflictDoNothing({ target: environmentArticle.slug })
      .returning({ id: environmentArticle.id });
    if (!row) throw new AppError("CONFLICT", "该网址标识已被使用，请换一个", { slug: ["该网址标识已被使用"] });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "environment.article.create",
      outcome: "success",
      targetType: "environment_article",
      targetId: String(row.id),
    });
    return row;
  });
}

/** Admin: edit with optimistic versioning (a stale version is a CONFLICT, nothing is lost). */
export async function updateArticle(ctx: EnvCtx, id: number, version: number, raw: TArticleInput) {
  const user = requireContentAdmin(ctx.user);
  const input = parseInput(ZArticle, raw);
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(environmentArticle)
      .set({ ...input, version: sql`${environmentArticle.version} + 1`, updatedById: user.id, updatedAt: new Date() })
      .where(and(eq(environmentArticle.id, id), eq(environmentArticle.version, version)))
      .returning({ id: environmentArticle.id, version: environmentArticle.version });
    if (rows.length === 0) {
      const [exists] = await tx.select({ id: environmentArticle.id }).from(environmentArticle).where(eq(environmentArticle.id, id));
      throw exists ? new AppError("CONFLICT", "该文章已被他人修改，请刷新后在最新版本上修改") : new AppError("NOT_FOUND", "找不到这篇文章");
    }
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "environment.article.update",
      outcome: "success",
      targetType: "environment_article",
      targetId: String(id),
    });
    return rows[0]!;
  });
}

/** Admin: archive (the article leaves the public list; kept for the record). */
export async function archiveArticle(ctx: EnvCtx, id: number, version: number) {
  const user = requireContentAdmin(ctx.user);
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(environmentArticle)
      .set({ status: "archived", version: sql`${environmentArticle.version} + 1`, updatedById: user.id, updatedAt: new Date() })
      .where(and(eq(environmentArticle.id, id), eq(environmentArticle.version, version), eq(environmentArticle.status, "published")))
      .returning({ id: environmentArticle.id });
    if (rows.length === 0) throw new AppError("CONFLICT", "该文章已被他人修改或已下线，请刷新后再试");
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "environment.article.archive",
      outcome: "success",
      targetType: "environment_article",
      targetId: String(id),
    });
  });
}

// ——— 垃圾分类 ———

export const WASTE_CATEGORIES = {
  recyclable: { name: "可回收物", alias: "", color: "#1E5AA8", hint: "投放前保持清洁干燥，压扁后投放" },
  hazardous: { name: "有害垃圾", alias: "", color: "#C8102E", hint: "轻放，易碎品包好，药品连同包装投放" },
  kitchen: { name: "厨余垃圾", alias: "湿垃圾", color: "#2E7D32", hint: "沥干水分，去除包装后破袋投放" },
  residual: { name: "其他垃圾", alias: "干垃圾", color: "#424242", hint: "尽量沥干水分，难以辨识的投入其他垃圾" },
} as const;
export type WasteCategoryKey = keyof typeof WASTE_CATEGORIES;

type WasteHit = { id: number; name: string; category: WasteCategoryKey; categoryName: string; tip: string | null };
const wasteIndexCache = new Map<DB, Promise<{ index: SearchIndex<WasteHit>; count: number }>>();

async function wasteIndex(db: DB) {
  let p = wasteIndexCache.get(db);
  if (!p) {
    p = db
      .select()
      .from(environmentWasteItem)
      .orderBy(asc(environmentWasteItem.id))
      .then((rows) => ({
        count: rows.length,
        index: buildSearchIndex(
          rows.map((r) => {
            const category = r.category as WasteCategoryKey;
            return {
              payload: { id: r.id, name: r.name, category, categoryName: WASTE_CATEGORIES[category].name, tip: r.tip },
              title: r.name,
              names: [r.name, ...r.aliases],
              keywords: [WASTE_CATEGORIES[category].name, WASTE_CATEGORIES[category].alias].filter(Boolean),
            };
          }),
        ),
      }));
    wasteIndexCache.set(db, p);
    p.catch(() => wasteIndexCache.delete(db));
  }
  return p;
}

/** Forget the in-memory index (after items change). */
export function invalidateWasteIndex(db: DB) {
  wasteIndexCache.delete(db);
}

/** 垃圾分类 lookup by Chinese name, full pinyin ("dianchi") or initials ("dc"). */
export async function searchWaste(db: DB, query: string, opts: { limit?: number; category?: WasteCategoryKey } = {}) {
  const { index } = await wasteIndex(db);
  const limit = opts.limit ?? 20;
  const hits = searchIndex(index, query, { limit: limit * 3, filter: opts.category ? (p) => p.category === opts.category : undefined });
  // Among equally good matches the shorter name is the closer one ("dc" → 电池 before 电吹风).
  return hits
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.score - a.r.score || a.r.payload.name.length - b.r.payload.name.length || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => ({ ...r.payload, match: r.match }));
}

// ——— green actions and the leaderboard ———

export const GREEN_ACTION_NAMES = { walk: "步行", cycle: "骑行", bus: "公交", metro: "地铁" } as const;
/** Points per km by mode (our rule), rounded up, at least 1; at most 20 green points a day per person. */
export const GREEN_POINTS_PER_KM = { walk: 2, cycle: 1, bus: 0.5, metro: 0.5 } as const;
export const GREEN_DAILY_CAP = 20;
export const GREEN_CAP_KEY = "green_action";

function requireCitizen(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError("UNAUTHORIZED", "请先登录后再记录绿色出行");
  if (!hasPermission(user.role, "citizen.services")) throw new AppError("FORBIDDEN", "只有市民账号可以记录绿色出行");
  return user;
}

/**
 * Logs a green trip and awards 智慧南通积分 within the daily cap (enforced under the user's ledger
 * lock, so parallel submissions cannot pass it). Idempotent per user and key. The day may be today or
 * up to 6 days back (China dates).
 */
export async function logGreenAction(ctx: EnvCtx, raw: TGreenAction, now = new Date()) {
  const user = requireCitizen(ctx.user);
  const input = parseInput(ZGreenAction, raw);
  const today = chinaDate(now);
  const day = input.day ?? today;
  if (day > today) throw new AppError("BAD_REQUEST", "不能记录未来的出行", { day: ["不能记录未来的出行"] });
  if (day < chinaDate(now, -6)) throw new AppError("BAD_REQUEST", "只能补记最近7天内的出行", { day: ["只能补记最近7天内的出行"] });
  const points = Math.max(1, Math.ceil(input.distanceKm * GREEN_POINTS_PER_KM[input.kind]));
  const co2 = co2SavedGrams(input.kind, input.distanceKm);
  const existing = async () => {
    const [row] = await ctx.db
      .select({
        id: environmentGreenAction.id,
        pointsAwarded: environmentGreenAction.pointsAwarded,
        co2SavedG: environmentGreenAction.co2SavedG,
      })
      .from(environmentGreenAction)
      .where(and(eq(environmentGreenAction.userId, user.id), eq(environmentGreenAction.idempotencyKey, input.idempotencyKey)));
    return row;
  };
  const prior = await existing();
  if (prior) return { id: prior.id, pointsAwarded: prior.pointsAwarded, co2SavedG: prior.co2SavedG, capped: false, created: false };
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(environmentGreenAction)
        .values({
          userId: user.id,
          kind: input.kind,
          distanceKm: input.distanceKm,
          day,
          co2SavedG: co2,
          pointsAwarded: 0,
          idempotencyKey: input.idempotencyKey,
        })
        .returning({ id: environmentGreenAction.id });
      const award = await awardPoints(tx, {
        userId: user.id,
        delta: points,
        reason: "green_action",
        sourceModule: "environment",
        sourceRef: `green_action:${row!.id}`,
        idempotencyKey: `green:${user.id}:${input.idempotencyKey}`,
        dailyCap: { key: GREEN_CAP_KEY, limit: GREEN_DAILY_CAP, day },
      });
      await tx.update(environmentGreenAction).set({ pointsAwarded: award.awarded }).where(eq(environmentGreenAction.id, row!.id));
      return { id: row!.id, pointsAwarded: award.awarded, co2SavedG: co2, capped: award.capped, created: true };
    });
  } catch (e) {
    const winner = await existing();
    if (winner) return { id: winner.id, pointsAwarded: winner.pointsAwarded, co2SavedG: winner.co2SavedG, capped: false, created: false };
    throw e;
  }
}

/** The user's green trips, newest first, with this month's totals. */
export async function myGreenActions(ctx: EnvCtx, now = new Date()) {
  const user = requireCitizen(ctx.user);
  const rows = await ctx.db
    .select({
      id: environmentGreenAction.id,
      kind: environmentGreenAction.kind,
      distanceKm: environmentGreenAction.distanceKm,
      day: environmentGreenAction.day,
      co2SavedG: environmentGreenAction.co2SavedG,
      pointsAwarded: environmentGreenAction.pointsAwarded,
    })
    .from(environmentGreenAction)
    .where(eq(environmentGreenAction.userId, user.id))
    .orderBy(desc(environmentGreenAction.day), desc(environmentGreenAction.id))
    .limit(50);
  const month = chinaDate(now).slice(0, 7);
  const thisMonth = rows.filter((r) => r.day.startsWith(month));
  return {
    actions: rows.map((r) => ({ ...r, kindName: GREEN_ACTION_NAMES[r.kind as keyof typeof GREEN_ACTION_NAMES] ?? r.kind })),
    monthCo2SavedG: thisMonth.reduce((a, r) => a + r.co2SavedG, 0),
    monthPoints: thisMonth.reduce((a, r) => a + r.pointsAwarded, 0),
  };
}

/** Opt in (with a display name) or out of the leaderboard; only opted-in users are ever listed. */
export async function setLeaderboardOptIn(ctx: EnvCtx, optIn: boolean, displayName?: string) {
  const user = requireCitizen(ctx.user);
  if (!optIn) {
    await ctx.db.delete(environmentLeaderboardEntry).where(eq(environmentLeaderboardEntry.userId, user.id));
    return { optedIn: false };
  }
  const name = (displayName ?? "").trim();
  if (name.length < 1 || name.length > 20)
    throw new AppError("BAD_REQUEST", "请填写排行榜显示名称（1—20字），不必是真实姓名", { displayName: ["请填写1—20字的显示名称"] });
  await ctx.db
    .insert(environmentLeaderboardEntry)
    .values({ userId: user.id, displayName: name })
    .onConflictDoUpdate({ target: environmentLeaderboardEntry.userId, set: { displayName: name } });
  return { optedIn: true };
}

/** This month's (or the last `days` days') CO2 saved by opted-in users, largest first. */
export async function leaderboard(db: DB, opts: { days?: number; limit?: number; now?: Date } = {}) {
  const days = Math.min(Math.max(opts.days ?? 30, 1), 366);
  const since = chinaDate(opts.now ?? new Date(), -(days - 1));
  const rows = await db
    .select({
      displayName: environmentLeaderboardEntry.displayName,
      co2SavedG: sql<number>`sum(${environmentGreenAction.co2SavedG})::int`,
      trips: sql<number>`count(*)::int`,
    })
    .from(environmentGreenAction)
    .innerJoin(environmentLeaderboardEntry, eq(environmentLeaderboardEntry.userId, environmentGreenAction.userId))
    .where(gte(environmentGreenAction.day, since))
    .groupBy(environmentLeaderboardEntry.userId, environmentLeaderboardEntry.displayName)
    .orderBy(desc(sql`sum(${environmentGreenAction.co2SavedG})`), asc(environmentLeaderboardEntry.displayName))
    .limit(Math.min(opts.limit ?? 20, 100));
  return rows.map((r, i) => ({ rank: i + 1, ...r }));
}

// ——— report an environmental problem → 12345 ———

/** The hotline leaf categories under 环境保护 that each report kind maps to (seeded by the hotline module). */
export const REPORT_CATEGORY_CODES = { noise: "hb-zs", air: "hb-fq", water: "hb-swr", waste: "hb-gf" } as const;

/**
 * Creates a 12345 request in the 环境保护 category through the hotline module's `submitRequest`
 * (same validation, idempotency and photos rules as the 12345 form; the ticket is the hotline's).
 */
export async function reportEnvironmentalProblem(ctx: EnvCtx, raw: TEnvReport, now = new Date()) {
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "请先登录后再举报，便于承办部门联系您");
  const input = parseInput(ZEnvReport, raw);
  const [category] = await ctx.db
    .select({ id: hotlineCategory.id })
    .from(hotlineCategory)
    .where(eq(hotlineCategory.code, REPORT_CATEGORY_CODES[input.kind]));
  if (!category) throw new AppError("INTERNAL", "12345 环境保护分类尚未配置");
  return submitRequest(
    { db: ctx.db, ip: ctx.ip },
    ctx.user,
    {
      type: "举报",
      categoryId: category.id,
      description: `【环境问题·${ENV_REPORT_KINDS[input.kind]}】${input.description}`,
      district: input.district,
      address: input.address,
      lat: input.lat,
      lng: input.lng,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      isPublic: input.isPublic,
      idempotencyKey: input.idempotencyKey,
    },
    now,
  );
}

/** Nickname used as a default leaderboard name suggestion. */
export async function leaderboardNameSuggestion(db: DB, userId: string) {
  const [row] = await db.select({ nickname: accountUser.nickname }).from(accountUser).where(eq(accountUser.id, userId));
  return row?.nickname ?? "";
}

/** The user's leaderboard entry (display name), or null when not opted in. */
export async function myLeaderboardEntry(db: DB, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ displayName: environmentLeaderboardEntry.displayName })
    .from(environmentLeaderboardEntry)
    .where(eq(environmentLeaderboardEntry.userId, userId));
  return row?.displayName ?? null;
}
