import { pinyin } from "pinyin-pro";

/**
 * In-memory search over small catalogues (the six sections' sub-services, the 649 service items):
 * Chinese substrings, full pinyin without tones ("xinyong" → 信用) and pinyin initials ("sbcx" →
 * 社保查询), with match offsets so results can highlight Chinese text matched by pinyin.
 */

/** Queries longer than this are cut before matching (search pages tell the user). */
export const MAX_QUERY_LENGTH = 100;

type PinyinForm = {
  full: string;
  /** fullOwner[i] = index in the source text of the character that produced full[i] */
  fullOwner: number[];
  /** offsets in `full` where a syllable starts: pinyin matches must start on one ("an" ≠ n-an) */
  syllableStarts: Set<number>;
  initials: string;
  initialsOwner: number[];
};

type IndexedText = { text: string; lower: string; pinyin: PinyinForm; bigrams: Set<string>; titleOffset?: number };

export type SearchMatch = { field: "title" | "summary"; start: number; end: number };

export type SearchDoc<T> = {
  payload: T;
  /** the text shown as the hit's title (highlight offsets refer to it) */
  title: string;
  /** the name(s) that count as names: the title, or parts of it */
  names: string[];
  keywords?: string[];
  summary?: string;
};

type Entry<T> = { doc: SearchDoc<T>; names: IndexedText[]; keywords: IndexedText[]; summaryLower: string; order: number };

export type SearchIndex<T> = { entries: Entry<T>[] };

export const SCORE = {
  exactName: 100,
  namePrefix: 90,
  nameContains: 80,
  keywordExact: 70,
  keywordContains: 65,
  pinyinNamePrefix: 60,
  pinyinName: 55,
  pinyinKeyword: 50,
  summaryContains: 40,
  /** most of a Chinese query's character pairs appear in the name, in another order ("提取公积金") */
  nameBigrams: 30,
} as const;

function toPinyinForm(text: string): PinyinForm {
  const syllables = pinyin(text, { toneType: "none", type: "array" });
  const form: PinyinForm = { full: "", fullOwner: [], syllableStarts: new Set(), initials: "", initialsOwner: [] };
  // pinyin-pro returns one element per character for BMP text; fall back to no pinyin otherwise.
  if (syllables.length !== text.length) return form;
  syllables.forEach((raw, i) => {
    const syllable = raw.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (!syllable) return;
    form.syllableStarts.add(form.full.length);
    form.full += syllable;
    for (let k = 0; k < syllable.length; k++) form.fullOwner.push(i);
    form.initials += syllable[0];
    form.initialsOwner.push(i);
  });
  return form;
}

function bigramsOf(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s（）()·、，。]/g, ""));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function indexText(text: string, title?: string): IndexedText {
  const at = title === undefined ? -1 : title.indexOf(text);
  return {
    text,
    lower: text.toLowerCase(),
    pinyin: toPinyinForm(text),
    bigrams: bigramsOf(text.toLowerCase()),
    titleOffset: at >= 0 ? at : undefined,
  };
}

/** Precomputes pinyin for every document (do it once; it is the expensive part). */
export function buildSearchIndex<T>(docs: readonly SearchDoc<T>[]): SearchIndex<T> {
  return {
    entries: docs.map((doc, order) => ({
      doc,
      names: doc.names.map((n) => indexText(n, doc.title)),
      keywords: (doc.keywords ?? []).map((k) => indexText(k)),
      summaryLower: (doc.summary ?? "").toLowerCase(),
      order,
    })),
  };
}

/** Best pinyin match of `q` (letters/digits only) in one text: full pinyin or initials, prefix preferred. */
function matchPinyin(q: string, t: IndexedText): { prefix: boolean; start: number; end: number } | null {
  const { full, fullOwner, syllableStarts, initials, initialsOwner } = t.pinyin;
  const span = (owner: number[], at: number) => ({ prefix: at === 0, start: owner[at]!, end: owner[at + q.length - 1]! + 1 });
  let best: { prefix: boolean; start: number; end: number } | null = null;
  for (let at = full.indexOf(q); at >= 0; at = full.indexOf(q, at + 1)) {
    if (syllableStarts.has(at)) {
      best = span(fullOwner, at);
      break;
    }
  }
  if (best?.prefix) return best;
  const atInitials = initials.indexOf(q);
  if (atInitials >= 0 && (!best || atInitials === 0)) best = span(initialsOwner, atInitials);
  return best;
}

type Scored = { score: number; match?: SearchMatch };

function scoreTerm<T>(entry: Entry<T>, q: string): Scored | null {
  const compact = q.replace(/[\s']/g, "");
  // Pinyin matching only for Latin letters/digits (spaces and apostrophes allowed: "xin yong", "xi'an").
  const qPinyin = /^[a-z0-9]+$/.test(compact) && /[a-z]/.test(compact) && compact.length >= 2 ? compact : null;
  const candidates: Scored[] = [];
  const inTitle = (name: IndexedText, start: number, end: number): SearchMatch | undefined =>
    name.titleOffset === undefined ? undefined : { field: "title", start: name.titleOffset + start, end: name.titleOffset + end };

  for (const name of entry.names) {
    const at = name.lower.indexOf(q);
    if (at >= 0)
      candidates.push({
        score: name.lower === q ? SCORE.exactName : at === 0 ? SCORE.namePrefix : SCORE.nameContains,
        match: inTitle(name, at, at + q.length),
      });
  }
  for (const keyword of entry.keywords) {
    if (keyword.lower === q) candidates.push({ score: SCORE.keywordExact });
    else if (keyword.lower.includes(q)) candidates.push({ score: SCORE.keywordContains });
  }
  if (qPinyin) {
    for (const name of entry.names) {
      const m = matchPinyin(qPinyin, name);
      if (m) candidates.push({ score: m.prefix ? SCORE.pinyinNamePrefix : SCORE.pinyinName, match: inTitle(name, m.start, m.end) });
    }
    if (entry.keywords.some((k) => matchPinyin(qPinyin, k))) candidates.push({ score: SCORE.pinyinKeyword });
  }
  const inSummary = entry.summaryLower.indexOf(q);
  if (inSummary >= 0)
    candidates.push({ score: SCORE.summaryContains, match: { field: "summary", start: inSummary, end: inSummary + q.length } });

  if (candidates.length === 0 && /[\u4e00-\u9fff]/.test(q)) {
    const qb = bigramsOf(q);
    if (qb.size >= 2) {
      for (const name of entry.names) {
        let hits = 0;
        for (const b of qb) if (name.bigrams.has(b)) hits++;
        const ratio = hits / qb.size;
        if (ratio >= 0.6) candidates.push({ score: Math.round(SCORE.nameBigrams * ratio) });
      }
    }
  }
  let best: Scored | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return best;
}

/** Trims, collapses whitespace and cuts a raw query to MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: string): string {
  return Array.from(raw.trim().replace(/\s+/g, " ")).slice(0, MAX_QUERY_LENGTH).join("");
}

export type SearchResult<T> = { payload: T; score: number; match?: SearchMatch };

/**
 * Ranked search. Ranking: exact name > name prefix > name contains > keyword > pinyin/initials >
 * summary > scrambled-name; ties keep document order. Several words ("公积金 提取") must all match.
 */
export function searchIndex<T>(
  index: SearchIndex<T>,
  query: string,
  opts: { limit?: number; filter?: (payload: T) => boolean } = {},
): SearchResult<T>[] {
  const q = normalizeQuery(query).toLowerCase();
  const limit = opts.limit ?? 20;
  if (!q || limit <= 0) return [];
  const terms = q.split(" ").filter(Boolean);
  const scored: (SearchResult<T> & { order: number })[] = [];
  for (const entry of index.entries) {
    if (opts.filter && !opts.filter(entry.doc.payload)) continue;
    let s = scoreTerm(entry, q);
    if (!s && terms.length > 1) {
      // every word must match somewhere; rank by the weakest word
      const parts = terms.map((t) => scoreTerm(entry, t));
      if (parts.every(Boolean)) {
        const weakest = parts.reduce((a, b) => (a!.score <= b!.score ? a : b))!;
        const titled = parts.find((p) => p?.match?.field === "title");
        s = { score: weakest.score - 1, match: titled?.match ?? weakest.match };
      }
    }
    if (s) scored.push({ payload: entry.doc.payload, score: s.score, match: s.match, order: entry.order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map(({ payload, score, match }) => ({ payload, score, match }));
}
