import { asc } from "drizzle-orm";
import type { DB } from "@/server/db";
import { transportBikeStation, transportParkingLot, transportStop } from "@/drizzle/schema";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchMatch } from "@/server/lib/text-search";
import { listLines } from "./service";

/** Pages of 智慧交通 the documents point at (phase 2 builds them at these paths). */
export const TRANSPORT_URLS = {
  line: (id: string) => `/transport/lines/${encodeURIComponent(id)}`,
  stop: (id: string) => `/transport/stops/${encodeURIComponent(id)}`,
  parking: (code: string) => `/transport/parking#lot-${encodeURIComponent(code)}`,
  bikes: (code: string) => `/transport/bikes#bike-${encodeURIComponent(code)}`,
};

/** Lines, stops and stations, parking lots and bike stations for the global search. */
export async function transportSearchDocuments(db: DB): Promise<SearchFeedDocument[]> {
  const docs: SearchFeedDocument[] = [];
  for (const l of await listLines(db)) {
    const metro = l.routeType === 1;
    docs.push({
      id: `transport:route:${l.id}`,
      kind: metro ? "地铁线路" : "公交线路",
      title: metro ? `地铁${l.shortName}（${l.longName}）` : `${l.shortName}（${l.longName}）`,
      url: TRANSPORT_URLS.line(l.id),
      keywords: metro
        ? ["地铁", "轨道交通", l.shortName, ...l.longName.split("—")]
        : ["公交", l.shortName, ...l.longName.replace(/（示例）/, "").split("—")],
      summary: l.description ?? undefined,
    });
  }
  for (const s of await db.select().from(transportStop).orderBy(asc(transportStop.id))) {
    const metro = s.id.startsWith("metro-");
    docs.push({
      id: `transport:stop:${s.id}`,
      kind: metro ? "地铁站" : "公交站",
      title: metro ? `${s.name}（地铁站）` : `${s.name}（公交站）`,
      url: TRANSPORT_URLS.stop(s.id),
      keywords: [s.name, metro ? "地铁站" : "公交站", s.district ?? ""].filter(Boolean),
    });
  }
  for (const p of await db.select().from(transportParkingLot).orderBy(asc(transportParkingLot.code)))
    docs.push({
      id: `transport:parking:${p.code}`,
      kind: "停车场",
      title: p.name,
      url: TRANSPORT_URLS.parking(p.code),
      keywords: ["停车场", "停车", p.district, p.address],
    });
  for (const b of await db.select().from(transportBikeStation).orderBy(asc(transportBikeStation.code)))
    docs.push({
      id: `transport:bike:${b.code}`,
      kind: "公共自行车",
      title: b.name,
      url: TRANSPORT_URLS.bikes(b.code),
      keywords: ["公共自行车", "单车", b.district],
    });
  return docs;
}

type Hit = { id: string; kind: string; title: string; url: string; summary: string | null };
const indexes = new Map<DB, { at: number; index: Promise<SearchIndex<Hit>> }>();

/**
 * This module's documents found by Chinese words, pinyin or initials, from an in-memory index per
 * instance rebuilt every 10 minutes: what /search shows until the global search index takes the feeds itself.
 */
export async function searchTransport(db: DB, q: string, limit = 10): Promise<(Hit & { match?: SearchMatch })[]> {
  let entry = indexes.get(db);
  if (!entry || Date.now() - entry.at > 600_000) {
    entry = {
      at: Date.now(),
      index: transportSearchDocuments(db).then((docs) =>
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
