/**
 * How the portal writes dates, times and numbers: China time (Asia/Shanghai) and Chinese conventions,
 * whatever the server's or the browser's own zone. Plain functions over shared Intl formatters, so
 * server and client components print the same text (no hydration mismatch).
 */
const ZONE = "Asia/Shanghai";
const EMPTY = "—";

const dateTime = new Intl.DateTimeFormat("zh-CN", { timeZone: ZONE, dateStyle: "medium", timeStyle: "short" });
const shortDateTime = new Intl.DateTimeFormat("zh-CN", { timeZone: ZONE, dateStyle: "short", timeStyle: "short" });
const preciseDateTime = new Intl.DateTimeFormat("zh-CN", { timeZone: ZONE, dateStyle: "short", timeStyle: "medium" });
// en-CA writes the ISO order (2026-11-22); the zone makes it China's calendar day.
const isoDate = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const integer = new Intl.NumberFormat("zh-CN");

/** "2026年11月22日 14:05" — the default for a moment in time; "—" when there is none. */
export function formatDateTime(d: Date | null | undefined): string {
  return d ? dateTime.format(d) : EMPTY;
}

/** "2026/11/22 14:05" — table cells, where width counts; "—" when there is none. */
export function formatShortDateTime(d: Date | null | undefined): string {
  return d ? shortDateTime.format(d) : EMPTY;
}

/** "2026/11/22 14:05:09" — to the second (the audit log); "—" when there is none. */
export function formatPreciseDateTime(d: Date | null | undefined): string {
  return d ? preciseDateTime.format(d) : EMPTY;
}

/** "2026-11-22" — the calendar day in China (file names, "last updated" lines). */
export function formatIsoDate(d: Date): string {
  return isoDate.format(d);
}

/** A file size: "856 KB", "4.2 MB" (never "0 KB"). */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "25,560" */
export function formatNumber(n: number): string {
  return integer.format(n);
}

/** A ratio as a percentage with one decimal: 0.932 → "93.2%"; "—" when it cannot be computed. */
export function formatPercent(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? EMPTY : `${(ratio * 100).toFixed(1)}%`;
}
