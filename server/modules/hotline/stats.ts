import { and, asc, eq, gte, inArray, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import {
  hotlineCategory,
  hotlineSlaRule,
  hotlineStatsDaily,
  hotlineStatsDay,
  hotlineStatsDirty,
  hotlineSupporter,
  hotlineTicket,
  orgDepartment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { shanghaiDate } from "@/server/lib/working-days";
import { hasPermission } from "@/server/auth/roles";
import { invalidInput, parseInput } from "@/server/lib/validation";
import type { SessionUser } from "@/server/modules/account/service";
import { type ServiceCtx } from "./service";
import { DISTRICTS, PRESET_IDS, REQUEST_TYPES, ZSlaUpdate, ZStatsRange } from "./validation";

/**
 * 12345 statistics (受理量, 派单量, 直接解答率, 按时办结率, 满意率, top categories, per department, per
 * division) for a range of China calendar days, like the city's weekly bulletins.
 *
 * Definitions — a cohort view: the tickets 受理 (created) in the range, in their current state.
 *  - 受理量: tickets created in the range.
 *  - 派单量: of those, tickets dispatched to a department at least once (dispatched_at set).
 *  - 直接解答率: closed without ever being dispatched (坐席直接答复) ÷ 受理量.
 *  - 按时办结率: department replies dated (China date) on or before the due date ÷ department replies.
 *  - 满意率: 回访 满意 + 基本满意 ÷ tickets with a 回访 result.
 *
 * Why a rollup, and how it stays correct. At 1,000,000 tickets a month is ~80,000 rows; aggregating
 * them per query was measured at ~130 ms even with indexes. So complete past days are pre-aggregated
 * in hotline_stats_daily (per day: the total, per category, per department, per division — GROUPING
 * SETS, ~60 rows a day, so a month is ~1,800 rows) and today is always computed live from
 * hotline_ticket (one day, created_at index). A first version kept day × division × category ×
 * department (~550 rows a day at 1M tickets a year) and read 16,000 rows for a month: too many.
 *  - Cohort counters of a past day change when a ticket created that day changes (dispatched,
 *    answered, rated…). Rather than touching every writer (service.ts, seeds, Open311…), a trigger on
 *    hotline_ticket (migration 0004) marks the ticket's creation day dirty in hotline_stats_dirty
 *    whenever a column the statistics read changes — unless that day is today (live anyway, and it
 *    keeps concurrent intake free of a hot counter row).
 *  - Before reading, the query recomputes the days of its range that are dirty or were never
 *    computed (hotline_stats_day), each day in one statement from hotline_ticket, in a transaction
 *    under an advisory lock. A dirty mark is removed only if its generation is the one read before the
 *    recomputation, so a change that commits meanwhile keeps its mark and is picked up next time.
 *  - Past changes are rare (a few hundred per day at most), so the recomputation is a few ms per
 *    dirty day; a fresh database with a large history is built in one pass by rebuildStatsRollup().
 * The same SQL expressions (`COUNTERS`, the grouping sets) build the rollup and the live part, and
 * the integration tests check rollup = direct computation.
 */

const t = hotlineTicket;
/** The China calendar day of a timestamptz column (UTC+8, no daylight saving). */
const CN_DAY = sql<string>`((${t.createdAt} at time zone 'UTC') + interval '8 hours')::date`;
const CN_REPLIED_DAY = sql`((${t.repliedAt} at time zone 'UTC') + interval '8 hours')::date`;

const COUNTERS = {
  received: sql<number>`count(*)::int`,
  dispatched: sql<number>`(count(*) filter (where ${t.dispatchedAt} is not null))::int`,
  direct: sql<number>`(count(*) filter (where ${t.status} = 'closed' and ${t.dispatchedAt} is null))::int`,
  closed: sql<number>`(count(*) filter (where ${t.status} = 'closed'))::int`,
  replied: sql<number>`(count(*) filter (where ${t.repliedAt} is not null and ${t.dueDate} is not null))::int`,
  repliedOnTime: sql<number>`(count(*) filter (where ${t.repliedAt} is not null and ${t.dueDate} is not null and ${CN_REPLIED_DAY} <= ${t.dueDate}))::int`,
  rated: sql<number>`(count(*) filter (where ${t.satisfaction} is not null))::int`,
  satisfied: sql<number>`(count(*) filter (where ${t.satisfaction} in ('满意', '基本满意')))::int`,
};
type CounterName = keyof typeof COUNTERS;
const COUNTER_NAMES = [
  "received",
  "dispatched",
  "direct",
  "closed",
  "replied",
  "repliedOnTime",
  "rated",
  "satisfied",
] as const satisfies readonly CounterName[];
export type Counters = Record<CounterName, number>;
const zero = (): Counters => ({ received: 0, dispatched: 0, direct: 0, closed: 0, replied: 0, repliedOnTime: 0, rated: 0, satisfied: 0 });

const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` + n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
/** The instant a China calendar day starts. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A row of one of the four dimensions: dim 0 total (key ''), 1 category id, 2 department id ('0' = none), 3 district ('' = none). */
export type DimRow = { dim: number; key: string } & Counters;
export const DIM = { total: 0, category: 1, department: 2, district: 3 } as const;

const DEPT_KEY = sql`coalesce(${t.departmentId}, 0)`;
const DISTRICT_KEY = sql`coalesce(${t.district}, '')`;
const DIM_EXPR = sql<number>`(case when grouping(${t.categoryId}) = 0 then 1 when grouping(${DEPT_KEY}) = 0 then 2 when grouping(${DISTRICT_KEY}) = 0 then 3 else 0 end)::smallint`;
const KEY_EXPR = sql<string>`coalesce(${t.categoryId}::text, (${DEPT_KEY})::text, ${DISTRICT_KEY}, '')`;
const inRange = (from: string, to: string) => and(gte(t.createdAt, chinaDayStart(from)), lt(t.createdAt, chinaDayStart(addDays(to, 1))));
const aliasedCounters = (): { [K in CounterName]: SQL.Aliased<number> } => ({
  received: COUNTERS.received.as("received"),
  dispatched: COUNTERS.dispatched.as("dispatched"),
  direct: COUNTERS.direct.as("direct"),
  closed: COUNTERS.closed.as("closed"),
  replied: COUNTERS.replied.as("replied"),
  repliedOnTime: COUNTERS.repliedOnTime.as("repliedOnTime"),
  rated: COUNTERS.rated.as("rated"),
  satisfied: COUNTERS.satisfied.as("satisfied"),
});

/** Direct computation from hotline_ticket, per day and dimension over [from, to] (China days): the rollup's rows. */
export function directDaily(db: DB, from: string, to: string) {
  return db
    .select({ day: CN_DAY.as("day"), dim: DIM_EXPR.as("dim"), key: KEY_EXPR.as("key"), ...aliasedCounters() })
    .from(t)
    .where(inRange(from, to))
    .groupBy(sql`grouping sets ((${CN_DAY}), (${CN_DAY}, ${t.categoryId}), (${CN_DAY}, ${DEPT_KEY}), (${CN_DAY}, ${DISTRICT_KEY}))`);
}

/** Direct computation per dimension over the whole range (used for today, and by the tests). */
export async function directDims(db: DB, from: string, to: string): Promise<DimRow[]> {
  return db
    .select({ dim: DIM_EXPR, key: KEY_EXPR, ...COUNTERS })
    .from(t)
    .where(inRange(from, to))
    .groupBy(sql`grouping sets ((), (${t.categoryId}), (${DEPT_KEY}), (${DISTRICT_KEY}))`);
}

async function rollupDims(db: DB, from: string, to: string): Promise<DimRow[]> {
  const d = hotlineStatsDaily;
  const sum = (column: (typeof d)[CounterName]) => sql<number>`sum(${column})::int`;
  const sums: Record<CounterName, SQL<number>> = {
    received: sum(d.received),
    dispatched: sum(d.dispatched),
    direct: sum(d.direct),
    closed: sum(d.closed),
    replied: sum(d.replied),
    repliedOnTime: sum(d.repliedOnTime),
    rated: sum(d.rated),
    satisfied: sum(d.satisfied),
  };
  return db
    .select({ dim: d.dim, key: d.key, ...sums })
    .from(d)
    .where(and(gte(d.day, from), lte(d.day, to)))
    .groupBy(d.dim, d.key);
}

/** Recomputes the rollup of the given past days (one statement per contiguous span), under an advisory lock. */
export async function recomputeDays(db: DB, days: string[]): Promise<void> {
  if (days.length === 0) return;
  const sorted = [...new Set(days)].sort();
  const spans: [string, string][] = [];
  for (const d of sorted) {
    const last = spans.at(-1);
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else spans.push([d, d]);
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(12345004)`);
    const gens = await tx
      .select({ day: hotlineStatsDirty.day, gen: hotlineStatsDirty.gen })
      .from(hotlineStatsDirty)
      .where(inArray(hotlineStatsDirty.day, sorted));
    for (const [from, to] of spans) {
      await tx.delete(hotlineStatsDaily).where(and(gte(hotlineStatsDaily.day, from), lte(hotlineStatsDaily.day, to)));
      await tx.insert(hotlineStatsDaily).select(directDaily(tx, from, to));
    }
    await tx
      .insert(hotlineStatsDay)
      .values(sorted.map((day) => ({ day })))
      .onConflictDoUpdate({ target: hotlineStatsDay.day, set: { computedAt: sql`now()` } });
    for (const g of gens) await tx.delete(hotlineStatsDirty).where(and(eq(hotlineStatsDirty.day, g.day), eq(hotlineStatsDirty.gen, g.gen)));
  });
}

/** The China date the rollup stops at: days before it are stored, it and later days are computed live. */
function liveFrom(now: Date): string {
  // Never later than the real today: the trigger only marks days before the real today.
  return shanghaiDate(new Date(Math.min(now.getTime(), Date.now())));
}

/** Brings the stored days of [from, to] (all before `today`) up to date: one query finds the days to recompute. */
export async function ensureRollup(db: DB, from: string, to: string): Promise<number> {
  if (to < from) return 0;
  const rows = await db
    .select({ day: sql<string>`d::date::text` })
    .from(sql`generate_series(${from}::date, ${to}::date, interval '1 day') as d`)
    .where(
      sql`not exists (select 1 from ${hotlineStatsDay} s where s.day = d::date) or exists (select 1 from ${hotlineStatsDirty} x where x.day = d::date)`,
    );
  await recomputeDays(
    db,
    rows.map((r) => r.day),
  );
  return rows.length;
}

/** Builds the rollup for every past day that has tickets (after a bulk load; the bench uses it). */
export async function rebuildStatsRollup(db: DB, now = new Date()): Promise<void> {
  const [r] = await db.select({ min: sql<string | null>`min(${CN_DAY})::text` }).from(t);
  const yesterday = addDays(liveFrom(now), -1);
  if (r?.min && r.min <= yesterday) await recomputeDays(db, daysBetween(r.min, yesterday));
}

// ---------------------------------------------------------------------------------------------
// Ranges

export { PRESET_IDS, ZStatsRange };
export type Preset = (typeof PRESET_IDS)[number];
export const PRESETS: Record<Preset, string> = { week: "本周", lastWeek: "上周", month: "本月", last30: "近30天", custom: "自定义" };
export const MAX_RANGE_DAYS = 366;

const ZDay = z
  .string({ error: "请填写日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日，例如 2026-11-01")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "请输入存在的日期");
export type StatsRangeInput = z.input<typeof ZStatsRange>;
export type StatsRange = { preset: Preset; from: string; to: string; label: string; days: number };

/** Resolves a preset (weeks start on Monday) or a validated custom range (at most a year, not in the future). */
export function presetRange(input: StatsRangeInput, now = new Date()): StatsRange {
  const { preset, from: rawFrom, to: rawTo } = parseInput(ZStatsRange, input);
  const today = shanghaiDate(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(today, -weekday);
  let from: string;
  let to: string;
  switch (preset) {
    case "week":
      [from, to] = [monday, today];
      break;
    case "lastWeek":
      [from, to] = [addDays(monday, -7), addDays(monday, -1)];
      break;
    case "month":
      [from, to] = [`${today.slice(0, 8)}01`, today];
      break;
    case "last30":
      [from, to] = [addDays(today, -29), today];
      break;
    case "custom": {
      const fieldErrors: Record<string, string[]> = {};
      const f = ZDay.safeParse(rawFrom ?? "");
      const tt = ZDay.safeParse(rawTo ?? "");
      if (!rawFrom) fieldErrors.from = ["请填写开始日期"];
      else if (!f.success) fieldErrors.from = [invalidInput(f.error).message];
      if (!rawTo) fieldErrors.to = ["请填写结束日期"];
      else if (!tt.success) fieldErrors.to = [invalidInput(tt.error).message];
      if (!fieldErrors.from && !fieldErrors.to) {
        if (rawFrom! > rawTo!) fieldErrors.to = ["结束日期不能早于开始日期"];
        else if (rawTo! > today) fieldErrors.to = [`结束日期不能晚于今天（${today}）`];
        else if (daysBetween(rawFrom!, rawTo!).length > MAX_RANGE_DAYS) fieldErrors.to = ["统计时段最长一年（366天），请缩短时段"];
      }
      const first = Object.values(fieldErrors)[0]?.[0];
      if (first) throw new AppError("BAD_REQUEST", first, fieldErrors);
      [from, to] = [rawFrom!, rawTo!];
      break;
    }
  }
  const days = daysBetween(from, to).length;
  return { preset, from, to, days, label: preset === "custom" ? `${from} 至 ${to}` : `${PRESETS[preset]}（${from} 至 ${to}）` };
}

// ---------------------------------------------------------------------------------------------
// The statistics

export const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export type HotlineStats = {
  range: StatsRange;
  totals: Counters & { directRate: number | null; onTimeRate: number | null; satisfactionRate: number | null };
  topCategories: { categoryId: number; name: string; group: string | null; received: number }[];
  departments: {
    departmentId: number;
    name: string;
    dispatched: number;
    replied: number;
    repliedOnTime: number;
    onTimeRate: number | null;
    satisfactionRate: number | null;
  }[];
  divisions: { district: string; received: number; share: number | null }[];
  /** Tickets without a division (e.g. phone calls not about a place). */
  noDivision: number;
  /**
   * 附议, counted apart from new requests (a joined request is one problem, many voices): joins made in the
   * range (by the day they were made), and how many requests they went to. Merged-in requesters count too.
   */
  joins: { count: number; requests: number };
  /** How many stored days were recomputed by this call (diagnostics; 0 when the rollup was current). */
  recomputedDays: number;
};

/** Raw figures for [from, to]: stored days from the rollup (brought up to date first), later days live. */
export async function statsDims(db: DB, from: string, to: string, now = new Date()): Promise<{ rows: DimRow[]; recomputedDays: number }> {
  const live = liveFrom(now);
  const storedTo = to < live ? to : addDays(live, -1);
  const liveStart = from > live ? from : live;
  let recomputedDays = 0;
  const parts: Promise<DimRow[]>[] = [];
  if (from <= storedTo) {
    recomputedDays = await ensureRollup(db, from, storedTo);
    parts.push(rollupDims(db, from, storedTo));
  }
  if (liveStart <= to) parts.push(directDims(db, liveStart, to));
  const rows = (await Promise.all(parts)).flat();
  return { rows, recomputedDays };
}

/** Folds dimension rows (possibly several per key: rollup + live) into the bulletin figures. */
export function summarize(
  rows: DimRow[],
  names: { categories: Map<number, { name: string; group: string | null }>; departments: Map<number, string> },
) {
  const totals = zero();
  const byKey = new Map<string, Counters>();
  for (const r of rows) {
    const target =
      r.dim === DIM.total ? totals : (byKey.get(`${r.dim}|${r.key}`) ?? byKey.set(`${r.dim}|${r.key}`, zero()).get(`${r.dim}|${r.key}`)!);
    for (const k of COUNTER_NAMES) target[k] += Number(r[k]);
  }
  const of = (dim: number) => [...byKey].filter(([k]) => k.startsWith(`${dim}|`)).map(([k, c]) => [k.slice(2), c] as const);
  const topCategories = of(DIM.category)
    .filter(([, c]) => c.received > 0)
    .map(([key, c]) => {
      const categoryId = Number(key);
      return {
        categoryId,
        name: names.categories.get(categoryId)?.name ?? `分类${categoryId}`,
        group: names.categories.get(categoryId)?.group ?? null,
        received: c.received,
      };
    })
    .sort((a, b) => b.received - a.received || a.categoryId - b.categoryId)
    .slice(0, 10);
  const departments = of(DIM.department)
    .filter(([key, c]) => key !== "0" && c.received > 0)
    .map(([key, c]) => {
      const departmentId = Number(key);
      return {
        departmentId,
        name: names.departments.get(departmentId) ?? `部门${departmentId}`,
        dispatched: c.dispatched,
        replied: c.replied,
        repliedOnTime: c.repliedOnTime,
        onTimeRate: rate(c.repliedOnTime, c.replied),
        satisfactionRate: rate(c.satisfied, c.rated),
      };
    })
    .sort((a, b) => b.dispatched - a.dispatched || a.name.localeCompare(b.name, "zh"));
  const byDistrict = new Map(of(DIM.district).map(([key, c]) => [key, c.received]));
  const divisions = DISTRICTS.map((district) => ({
    district,
    received: byDistrict.get(district) ?? 0,
    share: rate(byDistrict.get(district) ?? 0, totals.received),
  }));
  return {
    totals: {
      ...totals,
      directRate: rate(totals.direct, totals.received),
      onTimeRate: rate(totals.repliedOnTime, totals.replied),
      satisfactionRate: rate(totals.satisfied, totals.rated),
    },
    topCategories,
    departments,
    divisions,
    noDivision: byDistrict.get("") ?? 0,
  };
}

/** Category and department names, cached for a minute per database (they change rarely; a new one shows within a minute). */
const namesCache = new WeakMap<object, { at: number; value: Promise<Names> }>();
type Names = Awaited<ReturnType<typeof readNames>>;
function loadNames(db: DB): Promise<Names> {
  const hit = namesCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.value;
  const value = readNames(db);
  namesCache.set(db, { at: Date.now(), value });
  value.catch(() => namesCache.delete(db));
  return value;
}
async function readNames(db: DB) {
  const [cats, depts] = await Promise.all([
    db.select({ id: hotlineCategory.id, name: hotlineCategory.name, parentId: hotlineCategory.parentId }).from(hotlineCategory),
    db.select({ id: orgDepartment.id, name: orgDepartment.shortName }).from(orgDepartment),
  ]);
  const byId = new Map(cats.map((c) => [c.id, c]));
  return {
    categories: new Map(cats.map((c) => [c.id, { name: c.name, group: c.parentId ? (byId.get(c.parentId)?.name ?? null) : null }])),
    departments: new Map(depts.map((d) => [d.id, d.name])),
  };
}

export function requireStats(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.stats")) throw new AppError("FORBIDDEN", "您没有查看12345统计的权限");
}

/** The statistics page query (hotline.stats: agents and admins). */
export async function hotlineStats(ctx: ServiceCtx, user: SessionUser, input: StatsRangeInput, now = new Date()): Promise<HotlineStats> {
  requireStats(user);
  const range = presetRange(input, now);
  const [{ rows, recomputedDays }, names, joins] = await Promise.all([
    statsDims(ctx.db, range.from, range.to, now),
    loadNames(ctx.db),
    joinCounts(ctx.db, range.from, range.to),
  ]);
  return { range, ...summarize(rows, names), joins, recomputedDays };
}

/** 附议 in [from, to] (China days): a range of hotline_supporter_joined_idx (joined_at). */
export async function joinCounts(db: DB, from: string, to: string): Promise<{ count: number; requests: number }> {
  const s = hotlineSupporter;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, requests: sql<number>`count(distinct ${s.ticketId})::int` })
    .from(s)
    .where(and(isNotNull(s.joinedAt), gte(s.joinedAt, chinaDayStart(from)), lt(s.joinedAt, chinaDayStart(addDays(to, 1)))));
  return { count: Number(row?.count ?? 0), requests: Number(row?.requests ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// SLA table (办理时限, working days by request type)

export async function listSlaRules(ctx: ServiceCtx, user: SessionUser) {
  requireStats(user);
  const rows = await ctx.db
    .select({ requestType: hotlineSlaRule.requestType, workingDays: hotlineSlaRule.workingDays })
    .from(hotlineSlaRule)
    .orderBy(asc(hotlineSlaRule.requestType));
  const order = (x: string) => (REQUEST_TYPES as readonly string[]).indexOf(x);
  return rows.sort((a, b) => order(a.requestType) - order(b.requestType));
}

/** Changes one type's working days (hotline.admin; audited). Applies to tickets dispatched from now on. */
export async function updateSlaRule(ctx: ServiceCtx, user: SessionUser, raw: z.input<typeof ZSlaUpdate>) {
  if (!hasPermission(user.role, "hotline.admin")) throw new AppError("FORBIDDEN", "您没有修改办理时限的权限");
  const input = parseInput(ZSlaUpdate, raw);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ workingDays: hotlineSlaRule.workingDays })
      .from(hotlineSlaRule)
      .where(eq(hotlineSlaRule.requestType, input.requestType))
      .for("update");
    await tx
      .insert(hotlineSlaRule)
      .values(input)
      .onConflictDoUpdate({ target: hotlineSlaRule.requestType, set: { workingDays: input.workingDays } });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "hotline.sla.update",
      outcome: "success",
      targetType: "hotline_sla_rule",
      targetId: input.requestType,
      detail: { from: before?.workingDays ?? null, to: input.workingDays },
    });
    return { requestType: input.requestType, workingDays: input.workingDays, previous: before?.workingDays ?? null };
  });
}
