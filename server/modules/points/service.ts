import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { pointsBalance, pointsDailyTotal, pointsEntry } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { ZAward, type AwardInput } from "./validation";

/**
 * 智慧南通积分. Other modules award points only through `awardPoints` (随手拍, volunteering, the
 * low-carbon log …). The ledger is append-only; each award runs in one transaction that locks the
 * user's balance row, so concurrent awards for one user are serialised: the balance is always the
 * sum of the entries, and a daily cap can never be exceeded however many requests race.
 */

export const REASON_NAMES: Record<string, string> = {
  green_action: "绿色出行",
  report_accepted: "随手拍被采纳",
  volunteer_hours: "志愿服务",
  redeem: "积分兑换",
  adjustment: "人工调整",
};

export type AwardResult = {
  /** the ledger entry (null when a cap left nothing to award) */
  entryId: number | null;
  /** points actually added (less than asked when the daily cap was reached; 0 when full) */
  awarded: number;
  balance: number;
  /** false when the idempotency key had been used: the first award is returned */
  created: boolean;
  capped: boolean;
};

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

async function priorAward(db: DB | Tx, key: string): Promise<AwardResult | null> {
  const [row] = await db
    .select({ id: pointsEntry.id, delta: pointsEntry.delta, userId: pointsEntry.userId })
    .from(pointsEntry)
    .where(eq(pointsEntry.idempotencyKey, key))
    .limit(1);
  if (!row) return null;
  const [bal] = await db.select({ balance: pointsBalance.balance }).from(pointsBalance).where(eq(pointsBalance.userId, row.userId));
  return { entryId: row.id, awarded: row.delta, balance: bal?.balance ?? 0, created: false, capped: false };
}

/**
 * Adds a ledger entry (positive = earned, negative = spent) and updates the balance. With
 * `dailyCap`, at most `limit` points per user and China day are awarded under that cap key: the
 * award is cut to what is left and nothing is written when nothing is left. A spend larger than the
 * balance is refused (CONFLICT). Retrying with the same idempotency key returns the first result.
 * May be called inside another transaction (it then runs as a savepoint).
 */
export async function awardPoints(db: DB | Tx, raw: AwardInput): Promise<AwardResult> {
  const parsed = ZAward.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "积分记录有误");
  const input = parsed.data;
  const prior = await priorAward(db, input.idempotencyKey);
  if (prior) return prior;
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(pointsBalance).values({ userId: input.userId, balance: 0 }).onConflictDoNothing();
      // The per-user lock: every award for this user waits here for the one before it.
      const [locked] = await tx
        .select({ balance: pointsBalance.balance })
        .from(pointsBalance)
        .where(eq(pointsBalance.userId, input.userId))
        .for("update");
      const balance = locked!.balance;
      const again = await priorAward(tx, input.idempotencyKey);
      if (again) return again;

      let delta = input.delta;
      let capped = false;
      if (input.dailyCap && delta > 0) {
        const { key, limit, day } = input.dailyCap;
        await tx.insert(pointsDailyTotal).values({ userId: input.userId, day, capKey: key, total: 0 }).onConflictDoNothing();
        const [used] = await tx
          .select({ total: pointsDailyTotal.total })
          .from(pointsDailyTotal)
          .where(and(eq(pointsDailyTotal.userId, input.userId), eq(pointsDailyTotal.day, day), eq(pointsDailyTotal.capKey, key)));
        const left = Math.max(0, limit - (used?.total ?? 0));
        if (delta > left) {
          delta = left;
          capped = true;
        }
        if (delta === 0) return { entryId: null, awarded: 0, balance, created: true, capped: true };
        await tx
          .update(pointsDailyTotal)
          .set({ total: sql`${pointsDailyTotal.total} + ${delta}` })
          .where(and(eq(pointsDailyTotal.userId, input.userId), eq(pointsDailyTotal.day, day), eq(pointsDailyTotal.capKey, key)));
      }
      if (balance + delta < 0) throw new AppError("CONFLICT", `积分不足：当前余额 ${balance} 分，需要 ${-delta} 分`);
      const newBalance = balance + delta;
      const [entry] = await tx
        .insert(pointsEntry)
        .values({
          userId: input.userId,
          delta,
          reason: input.reason,
          sourceModule: input.sourceModule,
          sourceRef: input.sourceRef ?? null,
          idempotencyKey: input.idempotencyKey,
          balanceAfter: newBalance,
        })
        .returning({ id: pointsEntry.id });
      await tx.update(pointsBalance).set({ balance: newBalance, updatedAt: new Date() }).where(eq(pointsBalance.userId, input.userId));
      return { entryId: entry!.id, awarded: delta, balance: newBalance, created: true, capped };
    });
  } catch (e) {
    // Two first tries with one key for different users can still race on the unique index.
    const winner = await priorAward(db, input.idempotencyKey);
    if (winner) return winner;
    throw e;
  }
}

/** The user's balance (0 before any entry). */
export async function balance(db: DB, userId: string): Promise<number> {
  const [row] = await db.select({ balance: pointsBalance.balance }).from(pointsBalance).where(eq(pointsBalance.userId, userId));
  return row?.balance ?? 0;
}

export type PointsHistoryItem = {
  id: number;
  delta: number;
  reason: string;
  reasonName: string;
  sourceModule: string;
  sourceRef: string | null;
  balanceAfter: number;
  createdAt: Date;
};

/** The user's entries, newest first; `before` (an entry id) pages back (points_entry_user_idx). */
export async function history(db: DB, userId: string, opts: { limit?: number; before?: number } = {}): Promise<PointsHistoryItem[]> {
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  const rows = await db
    .select({
      id: pointsEntry.id,
      delta: pointsEntry.delta,
      reason: pointsEntry.reason,
      sourceModule: pointsEntry.sourceModule,
      sourceRef: pointsEntry.sourceRef,
      balanceAfter: pointsEntry.balanceAfter,
      createdAt: pointsEntry.createdAt,
    })
    .from(pointsEntry)
    .where(opts.before ? and(eq(pointsEntry.userId, userId), lt(pointsEntry.id, opts.before)) : eq(pointsEntry.userId, userId))
    .orderBy(desc(pointsEntry.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, reasonName: REASON_NAMES[r.reason] ?? r.reason }));
}
