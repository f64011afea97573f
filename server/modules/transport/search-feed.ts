import { asc } from "drizzle-orm";
import type { DB } from "@/server/db";
import { transportBikeStation, transportParkingLot, transportStop } from "@/drizzle/schema";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
import { TRANSPORT_URLS } from "./labels";
import { listLines } from "./service";

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
