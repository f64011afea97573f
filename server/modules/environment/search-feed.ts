import { asc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { environmentArticle, environmentWasteItem } from "@/drizzle/schema";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
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
