import { asc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { environmentArticle, environmentWasteItem } from "@/drizzle/schema";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchMatch } from "@/server/lib/text-search";
import { listAirStations } from "./air";
import { WASTE_CATEGORIES, type WasteCategoryKey } from "./service";

export const ENVIRONMENT_URLS = {
  airStation: (code: string) => `/environment/air/${encodeURIComponent(code)}`,
  article: (slug: string) => `/environment/wiki/${encodeURIComponent(slug)}`,
  waste: (name: string) => `/environment/waste/search?q=${encodeURIComponent(name)}`,
};

/** Air stations, 环保百科 articles and 垃圾分类 items for the global search. */
export async function environmentSearchDocuments(db: DB): Promise<SearchFeedDocument[]> {
  const docs: SearchFeedDocument[] = [];
  for (const s of await listAirStations(db))
    docs.push({
      id: `environment:air:${s.code}`,
      kind: "空气质量监测站",
      title: `${s.name}空气质量监测站`,
      url: ENVIRONMENT_URLS.airStation(s.code),
      keywords: ["空气质量", "AQI", "PM2.5", s.name, s.district],
    });
  for (const a of await db
    .select({
      slug: environmentArticle.slug,
      title: environmentArticle.title,
      summary: environmentArticle.summary,
      keywords: environmentArticle.keywords,
      category: environmentArticle.category,
    })
    .from(environmentArticle)
    .where(eq(environmentArticle.status, "published"))
    .orderBy(asc(environmentArticle.id)))
    docs.push({
      id: `environment:article:${a.slug}`,
      kind: "环保百科",
      title: a.title,
      url: ENVIRONMENT_URLS.article(a.slug),
      keywords: [a.category, ...a.keywords],
      summary: a.summary,
    });
  for (const w of await db.select().from(environmentWasteItem).orderBy(asc(environmentWasteItem.id))) {
    const c = WASTE_CATEGORIES[w.category as WasteCategoryKey];
    docs.push({
      id: `environment:waste:${w.id}`,
      kind: "垃圾分类",
      title: `${w.name} → ${c.name}`,
      url: ENVIRONMENT_URLS.waste(w.name),
      keywords: [w.name, ...w.aliases, c.name, c.alias, "垃圾分类"].filter(Boolean),
      summary: w.tip ?? c.hint,
    });
  }
  return docs;
}

type Hit = { id: string; kind: string; title: string; url: string; summary: string | null };
const indexes = new Map<DB, { at: number; index: Promise<SearchIndex<Hit>> }>();

/**
 * This module's documents found by Chinese words, pinyin or initials, from an in-memory index per
 * instance rebuilt every 10 minutes (articles and items change rarely): what /search shows until
 * the global search index takes the feeds itself.
 */
export async function searchEnvironment(db: DB, q: string, limit = 10): Promise<(Hit & { match?: SearchMatch })[]> {
  let entry = indexes.get(db);
  if (!entry || Date.now() - entry.at > 600_000) {
    entry = {
      at: Date.now(),
      index: environmentSearchDocuments(db).then((docs) =>
        buildSearchIndex(
          docs.map((d) => ({
            payload: { id: d.id, kind: d.kind, title: d.title, url: d.url, summary: d.summary ?? null },
            title: d.title,
            names: [d.title, ...d.keywords.slice(0, 2)],
            keywords: d.keywords,
            summary: d.summary,
          })),
        ),
      ),
    };
    indexes.set(db, entry);
    entry.index.catch(() => indexes.delete(db));
  }
  return searchIndex(await entry.index, q, { limit }).map((r) => ({ ...r.payload, match: r.match }));
}
