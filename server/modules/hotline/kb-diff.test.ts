import { describe, expect, it } from "vitest";
import { DIFF_BUDGET, diffLines, type DiffLine } from "./kb-diff";

describe("diffLines", () => {
  it("marks unchanged, removed and added lines in order", () => {
    expect(diffLines("甲\n乙\n丙", "甲\n乙二\n丙\n丁")).toEqual([
      { kind: "same", text: "甲" },
      { kind: "removed", text: "乙" },
      { kind: "added", text: "乙二" },
      { kind: "same", text: "丙" },
      { kind: "added", text: "丁" },
    ]);
  });
  it("treats CRLF (as browsers submit textareas) like LF", () => {
    expect(diffLines("甲\n乙", "甲\r\n乙").every((l) => l.kind === "same")).toBe(true);
  });
  it("handles identical and empty texts", () => {
    expect(diffLines("a\nb", "a\nb").every((l) => l.kind === "same")).toBe(true);
    expect(diffLines("", "新")).toEqual([
      { kind: "removed", text: "" },
      { kind: "added", text: "新" },
    ]);
  });

  /** Both texts back from the diff: same + removed = before, same + added = after. */
  const sides = (d: DiffLine[]) => [
    d.filter((l) => l.kind !== "added").map((l) => l.text),
    d.filter((l) => l.kind !== "removed").map((l) => l.text),
  ];
  const changed = (d: DiffLine[]) => d.filter((l) => l.kind !== "same").length;
  /** The shortest possible number of changed lines: n + m − 2·LCS (the old quadratic table, fine for small inputs). */
  const shortest = (a: string[], b: string[]) => {
    const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    return a.length + b.length - 2 * t[0]![0]!;
  };

  it("gives a shortest diff that rebuilds both texts (random small texts against the quadratic LCS)", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 400; round++) {
      const a = Array.from({ length: rnd(14) }, () => "abcde"[rnd(5)]!);
      const b = Array.from({ length: rnd(14) }, () => "abcde"[rnd(5)]!);
      const d = diffLines(a.join("\n"), b.join("\n"));
      const [x, y] = sides(d);
      expect(x).toEqual(a.length ? a : [""]);
      expect(y).toEqual(b.length ? b : [""]);
      expect(changed(d)).toBe(shortest(a.length ? a : [""], b.length ? b : [""]));
    }
  });

  it("diffs two large articles in bounded time", () => {
    // 10,000 lines each (the body's limit is 10,000 characters; lines here are longer): 60 lines edited, 20 inserted, 20 removed.
    const a = Array.from({ length: 10_000 }, (_, i) => `第${i}行：市民反映的问题及答复口径，编号${i}。`);
    const b = a.filter((_, i) => i % 500 !== 7).map((l, i) => (i % 170 === 3 ? `${l}（已修订）` : l));
    for (let i = 0; i < 20; i++) b.splice(i * 480 + 11, 0, `新增段落${i}`);
    let t = performance.now();
    const d = diffLines(a.join("\n"), b.join("\n"));
    const ms = performance.now() - t;
    const [x, y] = sides(d);
    expect(x).toEqual(a);
    expect(y).toEqual(b);
    const edited = b.filter((l) => l.endsWith("（已修订）")).length;
    expect(changed(d)).toBe(20 + 20 + 2 * edited); // the shortest: each edit is one removed + one added line
    expect(ms).toBeLessThan(2_000); // the n×m table took seconds and ~800 MB here; this takes milliseconds

    // Nothing in common (the worst case, ~10⁸ steps unbounded): the budget stops it, the diff stays correct.
    const c = Array.from({ length: 10_000 }, (_, i) => `另一篇${i}`);
    t = performance.now();
    const worst = diffLines(a.join("\n"), c.join("\n"));
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(sides(worst)).toEqual([a, c]);
    expect(DIFF_BUDGET).toBeLessThan(10_000 * 10_000);
  });

  it("once the budget is spent shows the rest as removed then added, still rebuilding both texts", () => {
    const a = ["甲", "乙", "丙", "丁", "戊"].join("\n");
    const b = ["甲", "子", "丙", "丑", "戊"].join("\n");
    const d = diffLines(a, b, 1);
    expect(sides(d)).toEqual([a.split("\n"), b.split("\n")]);
    expect(d[0]).toEqual({ kind: "same", text: "甲" });
    expect(d.at(-1)).toEqual({ kind: "same", text: "戊" });
  });
});
