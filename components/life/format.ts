/** Money in fen as yuan: 3500 → "¥35.00", 0 → "免费" when `freeWord`. */
export function yuan(fen: number, opts: { freeWord?: boolean } = {}): string {
  if (fen === 0 && opts.freeWord) return "免费";
  const sign = fen < 0 ? "-" : "";
  return `${sign}¥${(Math.abs(fen) / 100).toFixed(2)}`;
}

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/** "12月9日 周三" for an ISO date (a calendar day in China). */
export function dayLabel(date: string, weekday?: number): string {
  const [, m, d] = date.split("-").map(Number);
  const w = weekday ?? new Date(`${date}T12:00:00+08:00`).getUTCDay();
  return `${m}月${d}日 ${WEEKDAYS[w]}`;
}

/** "08:30" in China time. */
export function hhmm(d: Date): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
}

export const BOOKING_STATUS_LABEL: Record<string, string> = {
  active: "已预约",
  cancelled: "已取消",
  used: "已使用",
  no_show: "爽约",
};

/** A status word with a visible border (colour is never the only cue). */
export function statusClass(status: string): string {
  if (status === "active") return "border-brand-600 text-brand-700";
  if (status === "no_show") return "border-danger text-danger";
  return "border-line text-muted";
}
