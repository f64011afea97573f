import { and, asc, count, eq, gt, lt, min } from "drizzle-orm";
import { hotlineStatsDaily, hotlineTicket } from "@/drizzle/schema";
import { shanghaiDate } from "@/server/lib/working-days";
import type { DB } from "@/server/db";
import { defineDataset } from "@/server/modules/open-data/registry";
import { DIM, addDays, ensureRollup, rate } from "./stats";

/**
 * 数据开放: 12345 daily statistics (the figures of the weekly bulletins, per China calendar day),
 * read from the per-day rollup of stats.ts for complete days (today is still changing and is left
 * out). Before the first batch the rollup is brought up to date for every past day.
 */

const percent = (n: number, d: number) => {
  const r = rate(n, d);
  return r === null ? null : Math.round(r * 10_000) / 100;
};

async function refresh(db: DB): Promise<string | null> {
  const [first] = await db.select({ at: min(hotlineTicket.createdAt) }).from(hotlineTicket);
  if (!first?.at) return null;
  const yesterday = addDays(shanghaiDate(new Date()), -1);
  await ensureRollup(db, shanghaiDate(first.at), yesterday);
  return yesterday;
}

const completeDays = (yesterday: string) =>
  and(eq(hotlineStatsDaily.dim, DIM.total), eq(hotlineStatsDaily.key, ""), lt(hotlineStatsDaily.day, addDays(yesterday, 1)));

export const hotlineDailyStatsDataset = defineDataset({
  id: "hotline-daily-stats",
  title: "12345热线每日受理情况",
  description:
    "南通12345政务服务便民热线每天受理的诉求数和办理情况：受理量、派单量、直接解答量、办结量、按时答复率和回访满意率（按受理日统计，当前状态；不含个人信息）。",
  publisher: "南通市数据局",
  section: "governance",
  updateFrequency: "daily",
  licence: "cc-by-4.0",
  keywords: ["12345", "热线", "诉求", "统计", "满意率"],
  fields: [
    { name: "day", title: "受理日期", type: "date", description: "受理日期（北京时间）" },
    { name: "received", title: "受理量", type: "integer", description: "当天受理的诉求数", unit: "件" },
    { name: "dispatched", title: "派单量", type: "integer", description: "其中派发给承办部门的", unit: "件" },
    { name: "direct", title: "直接解答量", type: "integer", description: "其中坐席直接解答办结的", unit: "件" },
    { name: "closed", title: "办结量", type: "integer", description: "其中已办结的", unit: "件" },
    { name: "directRate", title: "直接解答率", type: "number", description: "直接解答量 ÷ 受理量", unit: "%" },
    { name: "onTimeRate", title: "按时答复率", type: "number", description: "在期限内答复的 ÷ 已答复的（无答复时为空）", unit: "%" },
    { name: "satisfactionRate", title: "满意率", type: "number", description: "回访满意和基本满意 ÷ 回访数（无回访时为空）", unit: "%" },
  ],
  async read(db, { after, offset, limit }) {
    const yesterday = await refresh(db);
    if (!yesterday) return { rows: [], last: null };
    const rows = await db
      .select({
        day: hotlineStatsDaily.day,
        received: hotlineStatsDaily.received,
        dispatched: hotlineStatsDaily.dispatched,
        direct: hotlineStatsDaily.direct,
        closed: hotlineStatsDaily.closed,
        replied: hotlineStatsDaily.replied,
        repliedOnTime: hotlineStatsDaily.repliedOnTime,
        rated: hotlineStatsDaily.rated,
        satisfied: hotlineStatsDaily.satisfied,
      })
      .from(hotlineStatsDaily)
      .where(and(completeDays(yesterday), typeof after === "string" ? gt(hotlineStatsDaily.day, after) : undefined))
      .orderBy(asc(hotlineStatsDaily.day))
      .limit(limit)
      .offset(after === null ? (offset ?? 0) : 0);
    return {
      rows: rows.map((r) => ({
        day: r.day,
        received: r.received,
        dispatched: r.dispatched,
        direct: r.direct,
        closed: r.closed,
        directRate: percent(r.direct, r.received),
        onTimeRate: percent(r.repliedOnTime, r.replied),
        satisfactionRate: percent(r.satisfied, r.rated),
      })),
      last: rows.at(-1)?.day ?? null,
    };
  },
  async count(db) {
    const yesterday = await refresh(db);
    if (!yesterday) return 0;
    const [r] = await db.select({ n: count() }).from(hotlineStatsDaily).where(completeDays(yesterday));
    return r?.n ?? 0;
  },
  async lastUpdated() {
    // complete days only: the data of a day is final at the end of that day (later changes recompute it)
    return new Date(`${shanghaiDate(new Date())}T00:00:00+08:00`);
  },
});
