/** Pure rules of the health record: indicator flags, ages, reminders (no database). */

export type IndicatorFlag = "normal" | "high" | "low" | "abnormal" | "unknown";

export const FLAG_WORDS: Record<IndicatorFlag, string> = {
  normal: "正常",
  high: "偏高",
  low: "偏低",
  abnormal: "异常",
  unknown: "无参考范围",
};

/**
 * Compares an indicator's value with its reference range: numeric values against low/high, text values
 * ("阴性") against the expected text. Values are strings as the laboratory prints them ("5.6", "<0.5").
 */
export function indicatorFlag(item: {
  value: string;
  refLow: number | null;
  refHigh: number | null;
  refText: string | null;
}): IndicatorFlag {
  if (item.refText !== null) return item.value.trim() === item.refText.trim() ? "normal" : "abnormal";
  if (item.refLow === null && item.refHigh === null) return "unknown";
  const v = Number(item.value.replace(/^[<>≤≥]\s*/, ""));
  if (!Number.isFinite(v)) return "unknown";
  if (item.refLow !== null && v < item.refLow) return "low";
  if (item.refHigh !== null && v > item.refHigh) return "high";
  return "normal";
}

/** "3.5–5.3", "< 5.2", "≥ 1.04" or the expected text. */
export function referenceText(item: { refLow: number | null; refHigh: number | null; refText: string | null }): string {
  if (item.refText !== null) return item.refText;
  if (item.refLow !== null && item.refHigh !== null) return `${item.refLow}–${item.refHigh}`;
  if (item.refHigh !== null) return `< ${item.refHigh}`;
  if (item.refLow !== null) return `≥ ${item.refLow}`;
  return "—";
}

/** Full years between a birth date and a day, both "YYYY-MM-DD" (a birthday counts on the day itself). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whole days from `from` to `to` ("YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type Reminder = { key: string; title: string; body: string; dueOn: string };

/**
 * What is due for one person: the annual check (a year after the last one; due 30 days ahead), the next
 * vaccine dose (30 days ahead or overdue) and the next chronic follow-up (14 days ahead or overdue).
 */
export function healthReminders(
  person: { name: string },
  records: {
    lastCheckupOn: string | null;
    vaccinations: { vaccine: string; dose: string; vaccinatedOn: string; nextDueOn: string | null }[];
    followUps: { condition: string; nextOn: string | null }[];
  },
  today: string,
): Reminder[] {
  const out: Reminder[] = [];
  if (records.lastCheckupOn) {
    const due = `${Number(records.lastCheckupOn.slice(0, 4)) + 1}${records.lastCheckupOn.slice(4)}`;
    if (daysBetween(today, due) <= 30) {
      out.push({
        key: `checkup:${due}`,
        title: `${person.name}的年度体检${daysBetween(today, due) < 0 ? "已到期" : "快到期了"}`,
        body: `上次体检是 ${records.lastCheckupOn}，建议在 ${due} 前后预约年度健康体检。`,
        dueOn: due,
      });
    }
  }
  // Only each vaccine's latest dose says what is next (an earlier dose's "next" has been given).
  const latest = new Map<string, (typeof records.vaccinations)[number]>();
  for (const v of records.vaccinations) {
    const seen = latest.get(v.vaccine);
    if (!seen || seen.vaccinatedOn < v.vaccinatedOn) latest.set(v.vaccine, v);
  }
  for (const v of latest.values()) {
    if (!v.nextDueOn || daysBetween(today, v.nextDueOn) > 30) continue;
    out.push({
      key: `vaccine:${v.vaccine}:${v.nextDueOn}`,
      title: `${person.name}的${v.vaccine}下一剂${daysBetween(today, v.nextDueOn) < 0 ? "已到期" : "快到了"}`,
      body: `${v.vaccine}${v.dose}之后的下一剂应在 ${v.nextDueOn} 接种，请到接种门诊预约。`,
      dueOn: v.nextDueOn,
    });
  }
  for (const f of records.followUps) {
    if (!f.nextOn || daysBetween(today, f.nextOn) > 14) continue;
    out.push({
      key: `follow:${f.condition}:${f.nextOn}`,
      title: `${person.name}的${f.condition}随访：${f.nextOn}`,
      body: `家庭医生团队约定在 ${f.nextOn} 进行${f.condition}随访，请按时测量并记录。`,
      dueOn: f.nextOn,
    });
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
