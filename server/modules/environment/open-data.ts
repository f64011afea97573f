import type { DB } from "@/server/db";
import { handle, readJsonBody } from "@/server/lib/open-data-http";
import { keyFromHeaders } from "@/server/lib/ingest-keys";
import { airLatestOpenData, ingestAirReadings } from "./air";

/** Route-handler bodies of /api/open/v1 for 智慧环保. */

/** GET /api/open/v1/air/latest */
export function airLatestResponse(db: DB): Promise<Response> {
  return handle(async () => Response.json(await airLatestOpenData(db), { headers: { "cache-control": "public, max-age=60" } }));
}

/** POST /api/open/v1/ingest/air (Authorization: Bearer <key>, JSON {readings:[{station, time, so2, …}]}) */
export function ingestAirResponse(db: DB, req: Request): Promise<Response> {
  return handle(async () => {
    const key = keyFromHeaders(req.headers);
    const body = await readJsonBody(req);
    return Response.json(await ingestAirReadings(db, key, body), { headers: { "cache-control": "no-store" } });
  });
}

/** This module's public datasets, for the open-data catalogue (/api/open/v1/datasets) when it lands. */
export const ENVIRONMENT_DATASETS = [
  { id: "air-latest", title: "空气质量实时报（各监测站，HJ 633-2012）", url: "/api/open/v1/air/latest", format: "JSON", updated: "每小时" },
] as const;
