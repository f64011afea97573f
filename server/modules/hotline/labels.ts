/** Status names shown everywhere (safe to import from client components: no server code here). */
export const STATUS_NAMES = {
  new: "待派单",
  dispatched: "已派单",
  accepted: "办理中",
  replied: "已答复",
  returned: "已退单",
  reopened: "重新办理",
  closed: "已办结",
} as const;
export type TicketStatus = keyof typeof STATUS_NAMES;
export const TICKET_STATUSES = [
  "new",
  "dispatched",
  "accepted",
  "replied",
  "returned",
  "reopened",
  "closed",
] as const satisfies readonly TicketStatus[];

export function isTicketStatus(status: string): status is TicketStatus {
  return Object.hasOwn(STATUS_NAMES, status);
}

/** Public list counts stop here (a bounded index scan); the pager then says "10000+". */
export const PUBLIC_COUNT_CAP = 10_000;

/**
 * The one satisfaction scale of 12345, in the words /12345 promises: the agent's 回访 result and the
 * citizen's own rating in 我的诉求 both use it. The citizen's rating is stored as 3 / 2 / 1.
 */
export const SATISFACTION_WORDS = ["满意", "基本满意", "不满意"] as const;
export const CITIZEN_RATINGS = [
  { value: 3, name: "满意" },
  { value: 2, name: "基本满意" },
  { value: 1, name: "不满意" },
] as const satisfies readonly { value: number; name: (typeof SATISFACTION_WORDS)[number] }[];

export function ratingName(value: number): string {
  return CITIZEN_RATINGS.find((r) => r.value === value)?.name ?? "";
}

/** What a citizen waits on, in the words of 我的诉求: an answered request not yet rated says 待您评价, not its status. */
export const AWAITING_RATING = "待您评价";
