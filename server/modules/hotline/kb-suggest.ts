/**
 * Knowledge suggestions for a call in progress: the agent types what the caller says ("楼下烧烤店油烟很大，
 * 晚上十一点还很吵"), not search words, so a plain search (every word must match) finds nothing. Here each
 * article scores by how much of its own vocabulary — keywords, and its title — occurs in the text: a
 * keyword of n characters found in the text adds n (longer words say more), a title found whole adds 10.
 */
export type SuggestDoc = { title: string; keywords: string[] };

/** Text without spaces and punctuation, lower case: what keywords are looked for in. */
function compact(s: string): string {
  return s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

export function suggestByText<T extends SuggestDoc>(docs: readonly T[], text: string, limit = 8): T[] {
  const hay = compact(text);
  if (hay.length < 2) return [];
  const scored: { doc: T; score: number; order: number }[] = [];
  docs.forEach((doc, order) => {
    let score = 0;
    const seen = new Set<string>();
    for (const raw of doc.keywords) {
      const k = compact(raw);
      // One-character keywords ("水") match nearly any sentence; they say nothing here.
      if (k.length < 2 || seen.has(k)) continue;
      seen.add(k);
      if (hay.includes(k)) score += k.length;
    }
    const title = compact(doc.title.replace(/[？?]$/, ""));
    if (title.length >= 4 && hay.includes(title)) score += 10;
    if (score > 0) scored.push({ doc, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.doc);
}
