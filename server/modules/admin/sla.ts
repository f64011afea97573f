import { addWorkingDays, isWorkingDay, shanghaiDate, type HolidayCalendar } from "@/server/lib/working-days";

/** Default 12345 time limits in working days by request type (国办 2021 guideline; configurable later). */
export const DEFAULT_SLA_DAYS = [
  { type: "咨询", days: 3 },
  { type: "求助", days: 3 },
  { type: "投诉", days: 13 },
  { type: "建议", days: 13 },
  { type: "举报", days: 13 },
] as const;

/** Today's working-day status and the deadline each request type would get if received now. */
export function deadlinePreview(cal: HolidayCalendar, now = new Date()) {
  const today = shanghaiDate(now);
  return {
    today,
    todayIsWorkingDay: isWorkingDay(today, cal),
    rows: DEFAULT_SLA_DAYS.map((r) => ({ type: r.type, days: r.days, deadline: addWorkingDays(now, r.days, cal) })),
  };
}
