/**
 * What a module hands the global search (`/search`, phase 2) for each public thing it owns: the
 * title and page to link, and the text to match (body, keywords). Modules export a
 * `…SearchDocuments(db)` function returning these.
 */
export type SearchDocument = {
  /** module and kind, e.g. "economy.policy" */
  kind: string;
  /** unique within the kind */
  id: string;
  title: string;
  /** the page path, e.g. "/economy/policies/12" */
  url: string;
  /** plain text, shortened; shown under the title and matched */
  body: string;
  keywords: string[];
  /** for ordering ties (newer first) */
  date?: string;
};

/** First `max` characters of plain text, cut at a character boundary, with "…" when cut. */
export function excerpt(text: string, max = 200): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max).join("")}…`;
}
