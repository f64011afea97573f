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
