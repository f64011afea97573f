/**
 * China national public holidays and make-up workdays (调休上班), used for
 * working-day deadlines (see server/lib/working-days.ts).
 *
 * ⚠ 2027 IS PROVISIONAL. The 国务院办公厅 2027 holiday schedule was not yet
 * available when this file was written, so 2027 lists only the statutory
 * holiday days from the 《全国年节及纪念日放假办法》 (revised 2024-11, in force
 * 2025-01-01) with NO bridging days and NO make-up workdays. An administrator
 * must replace the 2027 rows once 国务院办公厅 publishes the official notice
 * (usually in November of the preceding year).
 *
 * Sources:
 * - 2025: 《国务院办公厅关于2025年部分节假日安排的通知》 国办发明电〔2024〕12号
 * - 2026: 《国务院办公厅关于2026年部分节假日安排的通知》 国办发明电〔2025〕7号
 * - 2027 (provisional): 《全国年节及纪念日放假办法》 2024 revision — 元旦1天,
 *   春节4天 (除夕至正月初三), 清明1天, 劳动节2天, 端午1天, 中秋1天, 国庆3天.
 *   Lunar dates for 2027: 除夕 2-5, 春节 2-6, 清明 4-5, 端午 6-9, 中秋 9-15.
 */

/** One calendar row: a day off (`holiday`) or a weekend make-up workday (`workday`). */
export type HolidayRow = { date: string; kind: "holiday" | "workday"; name: string };

/** Inclusive range of holiday rows; `from`/`to` are `YYYY-MM-DD` in the same year. */
function holidayRange(from: string, to: string, name: string): HolidayRow[] {
  const rows: HolidayRow[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= end; ms += 86_400_000) {
    rows.push({ date: new Date(ms).toISOString().slice(0, 10), kind: "holiday", name });
  }
  return rows;
}

/** A single weekend day designated as a working day. */
function workday(date: string, name: string): HolidayRow {
  return { date, kind: "workday", name: `${name}调休上班` };
}

/** National holidays and make-up workdays for 2025–2027 (2027 provisional). */
export const HOLIDAY_ROWS: HolidayRow[] = [
  // ---- 2025 (国办发明电〔2024〕12号) ----
  ...holidayRange("2025-01-01", "2025-01-01", "元旦"),
  workday("2025-01-26", "春节"),
  ...holidayRange("2025-01-28", "2025-02-04", "春节"),
  workday("2025-02-08", "春节"),
  ...holidayRange("2025-04-04", "2025-04-06", "清明节"),
  workday("2025-04-27", "劳动节"),
  ...holidayRange("2025-05-01", "2025-05-05", "劳动节"),
  ...holidayRange("2025-05-31", "2025-06-02", "端午节"),
  workday("2025-09-28", "国庆节、中秋节"),
  ...holidayRange("2025-10-01", "2025-10-08", "国庆节、中秋节"),
  workday("2025-10-11", "国庆节、中秋节"),

  // ---- 2026 (国办发明电〔2025〕7号) ----
  ...holidayRange("2026-01-01", "2026-01-03", "元旦"),
  workday("2026-01-04", "元旦"),
  workday("2026-02-14", "春节"),
  ...holidayRange("2026-02-15", "2026-02-23", "春节"),
  workday("2026-02-28", "春节"),
  ...holidayRange("2026-04-04", "2026-04-06", "清明节"),
  ...holidayRange("2026-05-01", "2026-05-05", "劳动节"),
  workday("2026-05-09", "劳动节"),
  ...holidayRange("2026-06-19", "2026-06-21", "端午节"),
  workday("2026-09-20", "国庆节"),
  ...holidayRange("2026-09-25", "2026-09-27", "中秋节"),
  ...holidayRange("2026-10-01", "2026-10-07", "国庆节"),
  workday("2026-10-10", "国庆节"),

  // ---- 2027 (PROVISIONAL: statutory days only, replace when published) ----
  ...holidayRange("2027-01-01", "2027-01-01", "元旦"),
  ...holidayRange("2027-02-05", "2027-02-08", "春节"),
  ...holidayRange("2027-04-05", "2027-04-05", "清明节"),
  ...holidayRange("2027-05-01", "2027-05-02", "劳动节"),
  ...holidayRange("2027-06-09", "2027-06-09", "端午节"),
  ...holidayRange("2027-09-15", "2027-09-15", "中秋节"),
  ...holidayRange("2027-10-01", "2027-10-03", "国庆节"),
];
