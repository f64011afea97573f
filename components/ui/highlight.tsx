import type { ReactNode } from "react";

/** ASCII-only lower-casing keeps offsets identical to the original string. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Wraps every occurrence of the query in <mark>; when the text matched by pinyin instead
 * (e.g. "xinyong" → 信用), marks the range the search reported.
 */
export function highlight(text: string, query: string, range?: { start: number; end: number }): ReactNode {
  const haystack = asciiLower(text);
  const needle = asciiLower(query);
  const ranges: [number, number][] = [];
  if (needle) {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  if (ranges.length === 0 && range && range.end > range.start) ranges.push([range.start, range.end]);
  if (ranges.length === 0) return text;

  const parts: ReactNode[] = [];
  let last = 0;
  ranges.forEach(([start, end], i) => {
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-highlight px-0.5 text-ink">
        {text.slice(start, end)}
      </mark>,
    );
    last = end;
  });
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
