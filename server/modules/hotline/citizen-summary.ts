import { and, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import type { DB } from "@/server/db";
import { hotlineCategory, hotlineTicket } from "@/drizzle/schema";
import { shanghaiDate } from "@/server/lib/working-days";
import type { SessionUser } from "@/server/modules/account/service";

const SHOWN = 5;

/**
 * 我的 as a to-do list: the citizen's requests counted by status, the answered ones waiting for their
 * rating (待评价), and the ones past their deadline (超期). Reads the citizen index (citizen_user_id, …).
 */
export async function mineSummary(db: DB, user: SessionUser, now = new Date()) {
  const mine = eq(hotlineTicket.citizenUserId, user.id);
  const item = {
    id: hotlineTicket.id,
    ticketNo: hotlineTicket.ticketNo,
    status: hotlineTicket.status,
    categoryName: hotlineCategory.name,
    dueDate: hotlineTicket.dueDate,
  };
  const awaiting = and(mine, inArray(hotlineTicket.status, ["replied", "closed"]), isNull(hotlineTicket.citizenRating));
  const overdue = and(mine, inArray(hotlineTicket.status, ["dispatched", "accepted"]), lt(hotlineTicket.dueDate, shanghaiDate(now)));
  const [byStatus, awaitingRows, [awaitingTotal], overdueRows, [overdueTotal]] = await Promise.all([
    db.select({ status: hotlineTicket.status, count: count() }).from(hotlineTicket).where(mine).groupBy(hotlineTicket.status),
    db
      .select(item)
      .from(hotlineTicket)
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .where(awaiting)
      .orderBy(desc(hotlineTicket.updatedAt))
      .limit(SHOWN),
    db.select({ n: count() }).from(hotlineTicket).where(awaiting),
    db
      .select(item)
      .from(hotlineTicket)
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .where(overdue)
      .orderBy(hotlineTicket.dueDate)
      .limit(SHOWN),
    db.select({ n: count() }).from(hotlineTicket).where(overdue),
  ]);
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.count) })),
    awaitingRating: { total: Number(awaitingTotal?.n ?? 0), items: awaitingRows },
    overdue: { total: Number(overdueTotal?.n ?? 0), items: overdueRows },
  };
}
