import { diffArrays } from "diff";

/**
 * Line diff for the admin's proposal review (old vs new article body), by the `diff` package (jsdiff:
 * Myers' O((N+M)·D) algorithm). The work is bounded: the edit distance it may search is the budget divided
 * by the number of lines, and past it (two long texts with little in common) the unchanged lines at both
 * ends are kept and the middle is shown as removed then added — still a correct diff, only not the
 * shortest. Pure; safe for client code.
 */
export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** Comparison steps one diff may take (~10–50 ms); two 10,000-line articles that share nothing need ~10⁸. */
export const DIFF_BUDGET = 4_000_000;

const lines = (s: string) => s.replace(/\r\n?/g, "\n").split("\n");

export function diffLines(before: string, after: string, budget = DIFF_BUDGET): DiffLine[] {
  const a = lines(before);
  const b = lines(after);
  const maxEditLength = Math.max(1, Math.floor(budget / (a.length + b.length)));
  const changes = diffArrays(a, b, { maxEditLength });
  if (changes) {
    return changes.flatMap((c) => {
      const kind = c.added ? "added" : c.removed ? "removed" : "same";
      return c.value.map((text): DiffLine => ({ kind, text }));
    });
  }
  // Over the budget: common lines at both ends, the rest removed then added.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (text: string): DiffLine => ({ kind: "same", text });
  return [
    ...a.slice(0, head).map(same),
    ...a.slice(head, a.length - tail).map((text): DiffLine => ({ kind: "removed", text })),
    ...b.slice(head, b.length - tail).map((text): DiffLine => ({ kind: "added", text })),
    ...a.slice(a.length - tail).map(same),
  ];
}
