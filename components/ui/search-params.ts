/** What a page receives as `searchParams` (awaited). */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The first value of a query parameter (`?tab=a&tab=b` → "a"), or undefined when it is missing or
 * empty: `?q=` means the same as no `q`.
 */
export function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

/**
 * `?page=` as a whole page number from 1 to `max`: anything else is page 1, and a larger number is the
 * last page the list allows (procedures reject offsets beyond it).
 */
export function pageParam(value: string | string[] | undefined, max = 100_000): number {
  const n = Number(one(value));
  if (!Number.isSafeInteger(n) || n < 1) return 1;
  return Math.min(n, max);
}
