import { shanghaiDate } from "@/server/lib/working-days";

/** Asia/Shanghai has no daylight saving: local time is always UTC+8. */
const OFFSET = "+08:00";

export { shanghaiDate };

/** The instant of local time `hhmm` ("07:00") on local date `date` ("2026-12-09") in China. */
export function atShanghai(date: string, hhmm: string): Date {
  const d = new Date(`${date}T${hhmm}:00${OFFSET}`);
  if (Number.isNaN(d.getTime())) throw new Error(`atShanghai: bad date/time ${date} ${hhmm}`);
  return d;
}

/** `date` ("YYYY-MM-DD") plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of a local date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** "HH:MM" in China for an instant, e.g. for "07:00 开放". */
export function shanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** "12月9日 07:00" — how messages show an instant. */
export function formatShanghai(d: Date): string {
  const date = shanghaiDate(d);
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${shanghaiTime(d)}`;
}

/** Whole years between a birth date and a local date (age on that day). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
