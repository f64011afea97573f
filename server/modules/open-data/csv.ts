/**
 * CSV per RFC 4180 (CRLF line ends, quotes doubled), UTF-8 with a byte-order mark so Excel opens
 * Chinese text correctly. Text cells that start with = + - @ or a tab/CR are prefixed with an
 * apostrophe (OWASP "CSV injection"): a downloaded file never runs a formula. Numbers are written
 * as numbers.
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

export const CSV_BOM = "\uFEFF";

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let s = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** A whole (small) table as one string, with the BOM. Large tables stream: see exportCsvStream. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join("");
}
