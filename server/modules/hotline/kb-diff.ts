/**
 * Line diff for the admin's proposal review (old vs new article body). Myers' O((N+M)·D) algorithm in
 * its linear-space form (middle snake, divide and conquer; "An O(ND) Difference Algorithm and Its
 * Variations", 1986): memory grows with the number of lines, never with their product, and the work
 * is bounded — once `DIFF_BUDGET` comparison steps are spent, what is left is shown as removed then
 * added (still a correct diff, only not the shortest). Pure; safe for client code.
 */
export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** Comparison steps one diff may take (~10–50 ms); two 10,000-line articles that share nothing need ~10⁸. */
export const DIFF_BUDGET = 4_000_000;

export function diffLines(before: string, after: string, budget = DIFF_BUDGET): DiffLine[] {
  const a = before.replace(/\r\n?/g, "\n").split("\n");
  const b = after.replace(/\r\n?/g, "\n").split("\n");
  // Lines as small integers: comparisons are then one typed-array read each.
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const A = Int32Array.from(a, intern);
  const B = Int32Array.from(b, intern);
  const off = a.length + b.length + 1;
  const vf = new Int32Array(2 * off + 1);
  const vb = new Int32Array(2 * off + 1);
  const out: DiffLine[] = [];
  let left = budget;

  /** The middle snake of A[aLo,aHi) × B[bLo,bHi) as [x, y, u, v] (absolute), or null when the budget is spent. */
  function middleSnake(aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number, number] | null {
    const N = aHi - aLo;
    const M = bHi - bLo;
    const delta = N - M;
    const odd = (delta & 1) !== 0;
    const dMax = Math.ceil((N + M) / 2);
    vf[off + 1] = 0;
    vb[off + 1] = 0;
    for (let d = 0; d <= dMax; d++) {
      if (left <= 0) return null;
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && vf[off + k - 1]! < vf[off + k + 1]!) ? vf[off + k + 1]! : vf[off + k - 1]! + 1;
        let y = x - k;
        const x0 = x;
        const y0 = y;
        while (x < N && y < M && A[aLo + x] === B[bLo + y]) {
          x++;
          y++;
        }
        left -= x - x0 + 1;
        vf[off + k] = x;
        const c = delta - k;
        if (odd && c >= -(d - 1) && c <= d - 1 && x + vb[off + c]! >= N) return [aLo + x0, bLo + y0, aLo + x, bLo + y];
      }
      for (let c = -d; c <= d; c += 2) {
        let x = c === -d || (c !== d && vb[off + c - 1]! < vb[off + c + 1]!) ? vb[off + c + 1]! : vb[off + c - 1]! + 1;
        let y = x - c;
        const x0 = x;
        const y0 = y;
        while (x < N && y < M && A[aHi - 1 - x] === B[bHi - 1 - y]) {
          x++;
          y++;
        }
        left -= x - x0 + 1;
        vb[off + c] = x;
        const k = delta - c;
        if (!odd && k >= -d && k <= d && x + vf[off + k]! >= N) return [aHi - x, bHi - y, aHi - x0, bHi - y0];
      }
    }
    return null; // not reached: the snakes meet by d = ⌈(N+M)/2⌉
  }

  function diff(aLo: number, aHi: number, bLo: number, bHi: number): void {
    while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) {
      out.push({ kind: "same", text: a[aLo]! });
      aLo++;
      bLo++;
    }
    let aEnd = aHi;
    let bEnd = bHi;
    while (aEnd > aLo && bEnd > bLo && A[aEnd - 1] === B[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    const snake = aLo === aEnd || bLo === bEnd ? null : middleSnake(aLo, aEnd, bLo, bEnd);
    if (snake) {
      const [x, y, u, v] = snake;
      diff(aLo, x, bLo, y);
      for (let i = x; i < u; i++) out.push({ kind: "same", text: a[i]! });
      diff(u, aEnd, v, bEnd);
    } else {
      for (let i = aLo; i < aEnd; i++) out.push({ kind: "removed", text: a[i]! });
      for (let j = bLo; j < bEnd; j++) out.push({ kind: "added", text: b[j]! });
    }
    for (let i = aEnd; i < aHi; i++) out.push({ kind: "same", text: a[i]! });
  }

  diff(0, a.length, 0, b.length);
  return out;
}
