import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { governanceSnapReport, hotlineTicket } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/validation";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { awardPoints, balance, history } from "@/server/modules/points/service";
import { GREEN_DAILY_CAP, GREEN_POINTS_PER_KM } from "@/server/modules/environment/service";

/**
 * 智慧南通积分 as the citizen sees it: the earning rules, balance, history and a redemption catalogue.
 * The ledger itself is the points module (`awardPoints`, append-only, one lock per user); this file
 * awards 随手拍 points once a report is confirmed and spends points on redemptions.
 */

/** Points for a 随手拍 report the 12345 centre accepted (dispatched to a department or answered). */
export const SNAP_POINTS = 10;
/** 12345 statuses that mean the centre accepted the report as a real problem (not still 待派单). */
export const SNAP_CONFIRMED_STATUSES = ["dispatched", "accepted", "replied", "reopened", "closed"] as const;
/** Volunteering (recorded by the volunteer organisations; sample rule). */
export const VOLUNTEER_POINTS_PER_HOUR = 5;

export const EARNING_RULES = [
  {
    code: "report_accepted",
    name: "随手拍被采纳",
    points: `${SNAP_POINTS} 分/件`,
    how: "用随手拍反映城市问题，12345 受理并派单或答复后自动计入（待派单期间不计）。",
    href: "/governance/snap",
  },
  {
    code: "green_action",
    name: "绿色出行",
    points: `步行 ${GREEN_POINTS_PER_KM.walk} 分/公里、骑行 ${GREEN_POINTS_PER_KM.cycle} 分/公里、公交地铁 ${GREEN_POINTS_PER_KM.bus} 分/公里，每天最多 ${GREEN_DAILY_CAP} 分`,
    how: "在低碳生活页面记录绿色出行。",
    href: "/environment",
  },
  {
    code: "volunteer_hours",
    name: "志愿服务",
    points: `${VOLUNTEER_POINTS_PER_HOUR} 分/小时`,
    how: "参加登记在册的志愿服务，由组织方确认时长后计入（示例规则）。",
    href: null,
  },
] as const;

/** The redemption catalogue (sample data: invented rewards, labelled 示例 on the page). */
export const REWARDS = [
  { code: "bus-ride-5", name: "公交乘车优惠券（5元）", cost: 50, note: "市区公交刷市民卡抵扣，30天内有效" },
  { code: "metro-ride-5", name: "地铁1号线乘车优惠券（5元）", cost: 50, note: "刷市民卡进站抵扣，30天内有效" },
  { code: "library-loan", name: "图书馆借阅上限加2册", cost: 80, note: "南通市图书馆，90天内有效" },
  { code: "museum-guide", name: "南通博物苑讲解服务一次", cost: 120, note: "提前一天预约" },
  { code: "tree-planting", name: "以您的名义在狼山认种一棵树", cost: 300, note: "每年植树节统一种植" },
] as const;
export type RewardCode = (typeof REWARDS)[number]["code"];
const REWARD_CODES = REWARDS.map((r) => r.code) as [RewardCode, ...RewardCode[]];

export const ZRedeem = z.object({
  reward: z.enum(REWARD_CODES, { error: "请选择要兑换的礼品" }),
  idempotencyKey: z
    .string({ error: "提交标识无效，请刷新页面后重试" })
    .trim()
    .min(8, "提交标识无效，请刷新页面后重试")
    .max(100, "提交标识无效，请刷新页面后重试"),
});

/**
 * Awards the points of the user's 随手拍 reports that 12345 has confirmed since the last look.
 * Idempotent (one ledger key per ticket), so it is safe to run on every visit and from a job.
 */
export async function awardConfirmedSnapReports(db: DB, userId: string): Promise<number> {
  const rows = await db
    .select({ ticketId: governanceSnapReport.ticketId, ticketNo: hotlineTicket.ticketNo })
    .from(governanceSnapReport)
    .innerJoin(hotlineTicket, eq(hotlineTicket.id, governanceSnapReport.ticketId))
    .where(and(eq(governanceSnapReport.userId, userId), inArray(hotlineTicket.status, [...SNAP_CONFIRMED_STATUSES])));
  let added = 0;
  for (const r of rows) {
    const result = await awardPoints(db, {
      userId,
      delta: SNAP_POINTS,
      reason: "report_accepted",
      sourceModule: "governance",
      sourceRef: `随手拍 ${r.ticketNo}`,
      idempotencyKey: `snap:${r.ticketId}`,
    });
    if (result.created) added += result.awarded;
  }
  return added;
}

/** The points page: balance (after crediting newly confirmed reports), recent history, rules, rewards. */
export async function pointsSummary(ctx: ServiceCtx, user: SessionUser, opts: { before?: number } = {}) {
  const newlyAwarded = await awardConfirmedSnapReports(ctx.db, user.id);
  const [total, items] = await Promise.all([balance(ctx.db, user.id), history(ctx.db, user.id, { limit: 20, before: opts.before })]);
  return {
    balance: total,
    newlyAwarded,
    history: items,
    nextBefore: items.length === 20 ? items[items.length - 1]!.id : null,
    rules: EARNING_RULES.map((r) => ({ ...r })),
    rewards: REWARDS.map((r) => ({ ...r, affordable: r.cost <= total })),
  };
}

/** Spends points on a reward; a retry with the same key returns the first redemption. */
export async function redeemReward(ctx: ServiceCtx, user: SessionUser, raw: z.input<typeof ZRedeem>) {
  const input = parseInput(ZRedeem, raw);
  const reward = REWARDS.find((r) => r.code === input.reward)!;
  const result = await awardPoints(ctx.db, {
    userId: user.id,
    delta: -reward.cost,
    reason: "redeem",
    sourceModule: "governance",
    sourceRef: reward.name,
    idempotencyKey: `redeem:${user.id}:${input.idempotencyKey}`,
  }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "CONFLICT") throw new AppError("CONFLICT", e.message, { reward: [e.message] });
    throw e;
  });
  return { reward: reward.name, cost: reward.cost, balance: result.balance, created: result.created };
}
