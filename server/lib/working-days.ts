/**
 * Working-day (工作日) arithmetic for service deadlines (办理时限), in China
 * time (Asia/Shanghai, UTC+8, no daylight saving).
 *
 * Dates are handled as `YYYY-MM-DD` strings for the China calendar day, and
 * internally as UTC midnights so weekday calculation is independent of the
 * server's time zone.
 *
 * A day is a working day when it is Monday–Friday and not a public holiday,
 * or when it is a weekend day designated as a make-up workday (调休上班).
 */

/** Public holidays and weekend make-up workdays, as `YYYY-MM-DD` strings. */
export type HolidayCalendar = {
  holidays: ReadonlySet<string>;
  makeupWorkdays: ReadonlySet<string>;
};

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * Safety bound for scanning forward: no real calendar has a year without a
 * working day, so hitting this means the calendar data is broken.
 */
const MAX_CONSECUTIVE_NON_WORKING_DAYS = 366;

/** Parses `YYYY-MM-DD` to epoch-ms of that day's UTC midnight, or throws. */
function parseDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return ms;
    }
  }
  throw new Error(`Invalid calendar date ${JSON.stringify(date)}; expected a real date as YYYY-MM-DD`);
}

/** Formats a UTC-midnight epoch-ms as `YYYY-MM-DD`. */
function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The calendar date of `d` in China (UTC+8), e.g. 2025-09-30T16:30:00Z →
 * "2025-10-01".
 *
 * @throws Error if `d` is an invalid Date
 */
export function shanghaiDate(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) {
    throw new Error("shanghaiDate: invalid Date");
  }
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Whether `date` (`YYYY-MM-DD`) is a working day under `cal`.
 *
 * Holidays win over make-up workdays if both are listed (cannot happen for
 * calendars built with {@link calendarFromRows}, which rejects conflicts).
 *
 * @throws Error if `date` is not a real `YYYY-MM-DD` date
 */
export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  const ms = parseDate(date);
  if (cal.holidays.has(date)) return false;
  if (cal.makeupWorkdays.has(date)) return true;
  const weekday = new Date(ms).getUTCDay(); // 0 = Sunday, 6 = Saturday
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date (`YYYY-MM-DD`, China time) of the `days`-th working day after
 * `start`'s China calendar date. The start day itself is never counted,
 * following the government convention 受理次日起算 (counting starts the day
 * after acceptance), regardless of whether the start day is a working day.
 *
 * `days = 0` returns the start date itself.
 *
 * @throws RangeError if `days` is negative or not an integer
 */
export function addWorkingDays(start: Date, days: number, cal: HolidayCalendar): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`addWorkingDays: days must be a non-negative integer, got ${days}`);
  }
  let ms = parseDate(shanghaiDate(start));
  let remaining = days;
  let idle = 0;
  while (remaining > 0) {
    ms += DAY_MS;
    if (isWorkingDay(formatDate(ms), cal)) {
      remaining--;
      idle = 0;
    } else if (++idle > MAX_CONSECUTIVE_NON_WORKING_DAYS) {
      throw new Error("addWorkingDays: no working day found within a year; check the holiday calendar");
    }
  }
  return formatDate(ms);
}

/**
 * Number of working days after `from`'s China date, up to and including
 * `to`'s China date — the same counting as {@link addWorkingDays}, so
 * `workingDaysBetween(s, <date of addWorkingDays(s, n)>) === n`.
 *
 * The result is antisymmetric: when `to`'s date is before `from`'s date it is
 * the negative of `workingDaysBetween(to, from)`, and it is 0 on the same
 * date. This lets callers compute "working days left until the deadline"
 * with `workingDaysBetween(now, deadline)`, where a negative value is how many
 * working days the deadline is overdue.
 */
export function workingDaysBetween(from: Date, to: Date, cal: HolidayCalendar): number {
  const fromMs = parseDate(shanghaiDate(from));
  const toMs = parseDate(shanghaiDate(to));
  if (toMs === fromMs) return 0;
  const [lo, hi, sign] = toMs > fromMs ? [fromMs, toMs, 1] : [toMs, fromMs, -1];
  let count = 0;
  for (let ms = lo + DAY_MS; ms <= hi; ms += DAY_MS) {
    if (isWorkingDay(formatDate(ms), cal)) count++;
  }
  return sign * count;
}

/**
 * Builds a {@link HolidayCalendar} from database/seed rows.
 *
 * @throws Error if a date is malformed or listed both as holiday and as
 *   workday — such data is ambiguous and must be fixed at the source rather
 *   than silently resolved.
 */
export function calendarFromRows(rows: readonly { date: string; kind: "holiday" | "workday" }[]): HolidayCalendar {
  const holidays = new Set<string>();
  const makeupWorkdays = new Set<string>();
  for (const row of rows) {
    parseDate(row.date);
    const target = row.kind === "holiday" ? holidays : makeupWorkdays;
    const other = row.kind === "holiday" ? makeupWorkdays : holidays;
    if (other.has(row.date)) {
      throw new Error(`Holiday calendar lists ${row.date} as both a holiday and a make-up workday`);
    }
    target.add(row.date);
  }
  return { holidays, makeupWorkdays };
}
