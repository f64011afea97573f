/**
 * What a module gives the global /search: one document per findable thing. The global search builds
 * its index (server/lib/text-search.ts) from these; `url` is where the hit leads.
 */
export type SearchFeedDocument = {
  /** stable id across rebuilds, e.g. "transport:route:M1" */
  id: string;
  /** what kind of thing, shown as a tag: 地铁线路, 公交站, 垃圾分类 … */
  kind: string;
  title: string;
  url: string;
  keywords: string[];
  summary?: string;
};
