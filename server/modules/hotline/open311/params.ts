import { AppError } from "@/server/lib/errors";

/** ISO 8601 in China time with the zone, e.g. 2026-11-30T09:05:00+08:00. */
export function iso8601(d: Date): string {
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${s}+08:00`;
}

/**
 * Parses a start_date/end_date parameter (ISO 8601; a date alone means 00:00 China time). A `+`
 * in a query string decodes to a space (`…T08:00:00 08:00`), which is put back.
 */
export function parseIsoParam(name: string, raw: string): Date {
  let v = raw.trim();
  v = v.replace(/ (\d{2}:?\d{2})$/, "+$1");
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) v = `${v}T00:00:00+08:00`;
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v);
  const d = new Date(v);
  if (!ok || Number.isNaN(d.getTime()))
    throw new AppError("BAD_REQUEST", `${name} 格式有误：请使用带时区的 ISO 8601 时间，如 2026-11-01T00:00:00+08:00`);
  return d;
}

/** What a POST body offers: URLSearchParams and FormData both fit. */
export type Params = { get(name: string): unknown; getAll(name: string): unknown[]; keys(): Iterable<string> };

export const str = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** `attribute[code]=v` and `attribute[code][]=v` (repeated for multivaluelist) → { code: [v…] }. */
export function attributeParams(params: Params): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of new Set(params.keys())) {
    const m = /^attribute\[([^\]]{1,50})\](\[\])?$/.exec(name);
    if (!m) continue;
    const values = params
      .getAll(name)
      .map(str)
      .filter((v) => v !== "");
    if (values.length === 0) continue;
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), ...values]);
  }
  return out;
}

/** A decimal number parameter ("" → undefined). */
export function numberParam(name: string, v: string): number | undefined {
  if (v === "") return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new AppError("BAD_REQUEST", `${name} 应为十进制数字（WGS84）`);
  return Number(v);
}
