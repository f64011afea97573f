import { z } from "zod";

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

/** What a module's search procedure takes and gives (the /search page shows the hits). */
export const ZSearchQuery = z.object({
  q: z.string({ error: "请输入搜索内容" }).trim().min(1, "请输入搜索内容").max(100, "搜索内容不超过100字"),
  limit: z.number().int().min(1).max(50).default(10),
});
export const ZSearchHits = z.array(
  z.object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    url: z.string(),
    summary: z.string().nullable(),
    match: z.object({ field: z.enum(["title", "summary"]), start: z.number(), end: z.number() }).optional(),
  }),
);
