/** Display names shared by the service (messages), the pages and the client forms. */
export const STATUS_NAMES = {
  draft: "草稿",
  submitted: "待受理",
  accepted: "办理中",
  correction: "待补正",
  completed: "已办结",
  rejected: "不予受理/不予许可",
} as const;
export type ApplicationStatus = keyof typeof STATUS_NAMES;
export function isApplicationStatus(status: string): status is ApplicationStatus {
  return Object.hasOwn(STATUS_NAMES, status);
}
export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "accepted",
  "correction",
  "completed",
  "rejected",
] as const satisfies readonly ApplicationStatus[];

/** 好差评 scale, best first: 5 非常满意 … 1 非常不满意. */
export const RATING_SCORES = [
  { score: 5, name: "非常满意" },
  { score: 4, name: "满意" },
  { score: 3, name: "基本满意" },
  { score: 2, name: "不满意" },
  { score: 1, name: "非常不满意" },
] as const;
export const RATING_NAMES: Record<number, string> = Object.fromEntries(RATING_SCORES.map((r) => [r.score, r.name]));
