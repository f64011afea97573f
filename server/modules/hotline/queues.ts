import { and, asc, count, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import type { DB } from "@/server/db";
import { hotlineCategory, hotlineTicket, orgDepartment } from "@/drizzle/schema";
import { shanghaiDate } from "@/server/lib/working-days";

/**
 * Work queues of the 12345 agent console and the department desk. Each queue is one indexed range:
 *  - new (待派单: new + reopened)      → hotline_ticket_new_queue_idx, most 附议 first (more citizens
 *                                       affected, sooner handled), then oldest first
 *  - dispatched (已派单/办理中)         → hotline_ticket_queue_idx (status, due_date), nearest deadline first
 *  - overdue (超期: due_date < today)   → hotline_ticket_queue_idx, range on due_date
 *  - returned (退单待改派)              → hotline_ticket_status_created_idx
 *  - revisit (待回访: replied)          → hotline_ticket_status_created_idx
 *  - department (one department's open orders) → hotline_ticket_dept_idx (department_id, status, due_date)
 * Migration 0004 adds partial indexes that make each of these a single ordered range even at 1M rows
 * (an IN over two statuses cannot use one ordered (status, …) range): hotline_ticket_new_queue_idx
 * (created_at, id) where status in (new, reopened); hotline_ticket_open_due_idx (due_date, id) and
 * hotline_ticket_dept_open_idx (department_id, due_date, id) where status in (dispatched, accepted).
 * Migration 0008 adds hotline_ticket_dept_replied_idx (department_id, replied_at) where status in (replied,
 * closed, reopened) for the desk's 已答复 tab and its count (answered in the last 30 days).
 */
export const QUEUE_NAMES = ["new", "dispatched", "overdue", "returned", "revisit"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
export const QUEUES: Record<QueueName, string> = {
  new: "待派单",
  dispatched: "已派单",
  overdue: "超期督办",
  returned: "退单待改派",
  revisit: "待回访",
};

const OPEN_AT_DEPARTMENT = ["dispatched", "accepted"];
// The status lists are SQL literals, not bind parameters: PostgreSQL can only match a partial index's
// predicate (status in (…)) when the values are in the query text, also in a cached generic plan.
const IS_NEW = sql`${hotlineTicket.status} in ('new', 'reopened')`;
const IS_OPEN_AT_DEPARTMENT = sql`${hotlineTicket.status} in ('dispatched', 'accepted')`;
/** Answered by the department (the desk's 已答复 tab): matches hotline_ticket_dept_replied_idx (migration 0008). */
export const IS_ANSWERED_BY_DEPARTMENT = sql`${hotlineTicket.status} in ('replied', 'closed', 'reopened')`;

export const queueRowColumns = {
  id: hotlineTicket.id,
  joinCount: hotlineTicket.joinCount,
  ticketNo: hotlineTicket.ticketNo,
  type: hotlineTicket.type,
  status: hotlineTicket.status,
  channel: hotlineTicket.channel,
  description: hotlineTicket.description,
  district: hotlineTicket.district,
  address: hotlineTicket.address,
  categoryId: hotlineTicket.categoryId,
  categoryName: hotlineCategory.name,
  departmentId: hotlineTicket.departmentId,
  departmentName: orgDepartment.shortName,
  contactPhone: hotlineTicket.contactPhone,
  dueDate: hotlineTicket.dueDate,
  urgeCount: hotlineTicket.urgeCount,
  version: hotlineTicket.version,
  createdAt: hotlineTicket.createdAt,
  updatedAt: hotlineTicket.updatedAt,
};

function queueWhere(queue: QueueName, today: string): { where: SQL; order: SQL[] } {
  const t = hotlineTicket;
  switch (queue) {
    case "new":
      // Migration 0009: hotline_ticket_new_queue_idx is (join_count desc, created_at, id), one ordered range.
      // "desc nulls last" as in the index: a plain DESC means NULLS FIRST, which the planner will not match to
      // the index's order (the column is NOT NULL, but pathkeys ignore that) and would sort the whole queue.
      return { where: IS_NEW, order: [sql`${t.joinCount} desc nulls last`, asc(t.createdAt), asc(t.id)] };
    case "dispatched":
      return { where: IS_OPEN_AT_DEPARTMENT, order: [asc(t.dueDate), asc(t.id)] };
    case "overdue":
      return { where: and(IS_OPEN_AT_DEPARTMENT, lt(t.dueDate, today))!, order: [asc(t.dueDate), asc(t.id)] };
    case "returned":
      return { where: eq(t.status, "returned"), order: [asc(t.createdAt), asc(t.id)] };
    case "revisit":
      return { where: eq(t.status, "replied"), order: [asc(t.createdAt), asc(t.id)] };
  }
}

/**
 * How the agent orders a queue (column headers of the console's table). `default` is each queue's own order
 * above — in 已派单 and 超期督办 the nearest deadline first, so the oldest overdue order leads; `waiting`
 * puts the longest-waiting ticket first, `newest` the latest, `due-desc` the most time left first.
 * Only `default` follows a partial index; the others sort the queue's range (bounded by its status).
 */
export const QUEUE_SORTS = ["default", "waiting", "newest", "due-desc"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

function sortOrder(queue: QueueName, sort: QueueSort, fallback: SQL[]): SQL[] {
  const t = hotlineTicket;
  switch (sort) {
    case "waiting":
      return [asc(t.createdAt), asc(t.id)];
    case "newest":
      return [desc(t.createdAt), desc(t.id)];
    case "due-desc":
      // Only the queues with a deadline (dispatched, overdue) have one to order by.
      return queue === "dispatched" || queue === "overdue" ? [sql`${t.dueDate} desc nulls last`, desc(t.id)] : fallback;
    default:
      return fallback;
  }
}

/** One page of an agent queue. `today` is the China date used for "overdue" (defaults to now). */
export async function listQueue(db: DB, queue: QueueName, opts: { limit?: number; offset?: number; now?: Date; sort?: QueueSort } = {}) {
  const base = queueWhere(queue, shanghaiDate(opts.now ?? new Date()));
  const where = base.where;
  const order = sortOrder(queue, opts.sort ?? "default", base.order);
  return db
    .select(queueRowColumns)
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, hotlineTicket.departmentId))
    .where(where)
    .orderBy(...order)
    .limit(Math.min(opts.limit ?? 50, 200))
    .offset(opts.offset ?? 0);
}

/**
 * Sizes of the agent queues for the tab badges. Counts are capped (`cap`, default QUEUE_COUNT_CAP) so a
 * huge backlog costs a short bounded index scan; the console shows "999+" — a badge needs no more, and the
 * exact figures are on the statistics page.
 */
export const QUEUE_COUNT_CAP = 1_000;

export async function countQueues(db: DB, opts: { now?: Date; cap?: number } = {}): Promise<Record<QueueName, number>> {
  const today = shanghaiDate(opts.now ?? new Date());
  const cap = opts.cap ?? QUEUE_COUNT_CAP;
  const out: Record<QueueName, number> = { new: 0, dispatched: 0, overdue: 0, returned: 0, revisit: 0 };
  for (const q of QUEUE_NAMES) {
    const { where } = queueWhere(q, today);
    const sub = db
      .select({ one: sql`1` })
      .from(hotlineTicket)
      .where(where)
      .limit(cap)
      .as("q");
    const [row] = await db.select({ n: count() }).from(sub);
    out[q] = Number(row?.n ?? 0);
  }
  return out;
}

/**
 * A department's open orders (已派单 + 办理中), nearest deadline first; `overdueOnly` narrows to
 * orders past their due date. Uses hotline_ticket_dept_idx (department_id, status, due_date).
 */
export async function listDepartmentQueue(
  db: DB,
  departmentId: number,
  opts: { overdueOnly?: boolean; limit?: number; offset?: number; now?: Date } = {},
) {
  const today = shanghaiDate(opts.now ?? new Date());
  const t = hotlineTicket;
  const where = and(eq(t.departmentId, departmentId), IS_OPEN_AT_DEPARTMENT, opts.overdueOnly ? lt(t.dueDate, today) : undefined);
  return db
    .select(queueRowColumns)
    .from(t)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, t.categoryId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, t.departmentId))
    .where(where)
    .orderBy(asc(t.dueDate), asc(t.id))
    .limit(Math.min(opts.limit ?? 50, 200))
    .offset(opts.offset ?? 0);
}

/** True when an open order is past its due date (China date). */
export function isOverdue(row: { status: string; dueDate: string | null }, now = new Date()): boolean {
  return OPEN_AT_DEPARTMENT.includes(row.status) && row.dueDate !== null && row.dueDate < shanghaiDate(now);
}
