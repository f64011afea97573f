import { normalizeQuery, type SearchIndex } from "@/server/lib/text-search";

/**
 * Posting lists over a text-search index, so that a query scores only the entries that can match it
 * instead of every entry (bench/search.ts: ≥ 5,000 documents, p95 ≤ 20 ms).
 *
 * What server/lib/text-search.ts accepts for one term t (lower-cased, normalised):
 *   1. t is a substring of a name, a keyword or the summary;
 *   2. t without spaces/apostrophes is Latin (≥ 2 characters) and a substring of the full pinyin or
 *      of the initials of a name or a keyword;
 *   3. t has a Chinese character, no other rule matched, and ≥ 60 % of t's character pairs (after
 *      dropping separators) are pairs of a name — so at least one of them is.
 * A substring contains every character pair of t (every character when t is one character long), so
 * each rule has a superset computed from posting lists keyed by those grams:
 *   1. the intersection of the lists of t's grams in `text` (names, keywords, summary);
 *   2. the intersection of the lists of the compact term's pairs in `pinyin` (full pinyin and initials);
 *   3. the entries on ≥ 60 % of the lists of t's separator-free pairs in `namePairs` (names are the
 *      title here, one per entry; with several names this stays a superset).
 * A query matches an entry when the whole query matches, or, for several words, when every word does;
 * so its candidates are C(query) ∪ ⋂ C(word). Scoring is unchanged (searchIndex on the candidates), so
 * results are those of the full scan — search.test.ts compares both on a sample of queries.
 */
export type Postings = {
  text: Map<string, number[]>;
  pinyin: Map<string, number[]>;
  namePairs: Map<string, number[]>;
};

/** Separators text-search drops before taking a name's character pairs (bigramsOf there). */
const PAIR_SEPARATORS = /[\s（）()·、，。]/g;

function gramsOf(text: string, into: Set<string>) {
  for (let i = 0; i < text.length; i++) {
    into.add(text[i]!);
    if (i + 1 < text.length) into.add(text.slice(i, i + 2));
  }
}

function pairsOf(text: string): Set<string> {
  const chars = Array.from(text.replace(PAIR_SEPARATORS, ""));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function add(map: Map<string, number[]>, keys: Set<string>, entry: number) {
  for (const k of keys) {
    const list = map.get(k);
    if (list) list.push(entry);
    else map.set(k, [entry]);
  }
}

/** Builds the three posting maps (entries are added in order, so every list is sorted). */
export function buildPostings<T>(index: SearchIndex<T>): Postings {
  const postings: Postings = { text: new Map(), pinyin: new Map(), namePairs: new Map() };
  index.entries.forEach((entry, i) => {
    const text = new Set<string>();
    const pinyin = new Set<string>();
    const namePairs = new Set<string>();
    for (const t of [...entry.names, ...entry.keywords]) {
      gramsOf(t.lower, text);
      gramsOf(t.pinyin.full, pinyin);
      gramsOf(t.pinyin.initials, pinyin);
    }
    gramsOf(entry.summaryLower, text);
    for (const n of entry.names) for (const p of pairsOf(n.lower)) namePairs.add(p);
    add(postings.text, text, i);
    add(postings.pinyin, pinyin, i);
    add(postings.namePairs, namePairs, i);
  });
  return postings;
}

function has(list: number[], x: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Entries on every list of `keys` (none when a key has no list). */
function intersect(map: Map<string, number[]>, keys: Iterable<string>): number[] {
  const lists: number[][] = [];
  for (const k of new Set(keys)) {
    const list = map.get(k);
    if (!list) return [];
    lists.push(list);
  }
  if (lists.length === 0) return [];
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0]!;
  for (let i = 1; i < lists.length && out.length > 0; i++) {
    const list = lists[i]!;
    out = out.filter((x) => has(list, x));
  }
  return out;
}

/** The grams a substring of length ≥ 2 must contain (its pairs), or the character itself. */
function substringKeys(t: string): string[] {
  if (t.length === 1) return [t];
  const keys: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) keys.push(t.slice(i, i + 2));
  return keys;
}

/** A superset of the entries one term can match (rules 1–3 above). */
function termCandidates(p: Postings, term: string, into: Set<number>) {
  for (const i of intersect(p.text, substringKeys(term))) into.add(i);
  const compact = term.replace(/[\s']/g, "");
  if (/^[a-z0-9]+$/.test(compact) && /[a-z]/.test(compact) && compact.length >= 2) {
    for (const i of intersect(p.pinyin, substringKeys(compact))) into.add(i);
  }
  if (/[\u4e00-\u9fff]/.test(term)) {
    const pairs = pairsOf(term);
    if (pairs.size < 2) return;
    const hits = new Map<number, number>();
    for (const pair of pairs) for (const i of p.namePairs.get(pair) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    for (const [i, n] of hits) if (n / pairs.size >= 0.6) into.add(i);
  }
}

/** The entries of `index` that can match `query`, in index order, as an index to run searchIndex on. */
export function candidateIndex<T>(index: SearchIndex<T>, p: Postings, query: string): SearchIndex<T> {
  const q = normalizeQuery(query).toLowerCase();
  if (!q) return { entries: [] };
  const keep = new Set<number>();
  termCandidates(p, q, keep);
  const terms = q.split(" ").filter(Boolean);
  if (terms.length > 1) {
    // every word must match: the entries every word can match
    const perTerm = terms.map((t) => {
      const c = new Set<number>();
      termCandidates(p, t, c);
      return c;
    });
    perTerm.sort((a, b) => a.size - b.size);
    for (const i of perTerm[0]!) if (perTerm.every((c) => c.has(i))) keep.add(i);
  }
  return { entries: [...keep].sort((a, b) => a - b).map((i) => index.entries[i]!) };
}
