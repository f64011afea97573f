import { createHash } from "node:crypto";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { handle, readJsonBody } from "@/server/lib/open-data-http";
import { keyFromHeaders } from "@/server/lib/ingest-keys";
import { buildGtfsZip } from "./gtfs";
import { realtimeFeed } from "./realtime/service";
import { ingestParking, parkingOpenData } from "./service";
import { DISTRICTS } from "./validation";

/** Route-handler bodies of /api/open/v1 for 智慧交通 (the route files only call these). */

const zipCache = new Map<DB, { at: number; bytes: Uint8Array; etag: string; version: string }>();

/** GET /api/open/v1/gtfs.zip — built from the tables, kept for 10 minutes, ETag by content. */
export function gtfsZipResponse(db: DB, req: Request): Promise<Response> {
  return handle(async () => {
    let cached = zipCache.get(db);
    if (!cached || Date.now() - cached.at > 600_000) {
      const { bytes, version } = await buildGtfsZip(db);
      cached = { at: Date.now(), bytes, version, etag: `"${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"` };
      zipCache.set(db, cached);
    }
    const headers = {
      etag: cached.etag,
      "cache-control": "public, max-age=600",
      "x-feed-version": cached.version,
    };
    if (req.headers.get("if-none-match") === cached.etag) return new Response(null, { status: 304, headers });
    return new Response(Buffer.from(cached.bytes), {
      headers: { ...headers, "content-type": "application/zip", "content-disposition": 'attachment; filename="nantong-gtfs.zip"' },
    });
  });
}

/** GET /api/open/v1/gtfs-rt/{trip-updates|vehicle-positions}[?format=json] — from the in-memory snapshot. */
export function gtfsRealtimeResponse(db: DB, kind: "trip-updates" | "vehicle-positions", url: URL): Promise<Response> {
  return handle(async () => {
    const format = url.searchParams.get("format") ?? "pb";
    if (format !== "pb" && format !== "json") throw new AppError("BAD_REQUEST", "format 只能是 pb 或 json");
    const feed = await realtimeFeed(db, kind, format);
    const body = typeof feed.body === "string" ? feed.body : Buffer.from(feed.body);
    return new Response(body, {
      headers: { "content-type": feed.contentType, "cache-control": "public, max-age=5", "last-modified": feed.generatedAt.toUTCString() },
    });
  });
}

/** GET /api/open/v1/parking[?district=崇川区] */
export function parkingResponse(db: DB, url: URL): Promise<Response> {
  return handle(async () => {
    const district = url.searchParams.get("district");
    if (district !== null && !(DISTRICTS as readonly string[]).includes(district))
      throw new AppError("BAD_REQUEST", `district 须为 ${DISTRICTS.join("、")} 之一`);
    const lots = await parkingOpenData(db, { district: district ?? undefined });
    return Response.json({ lots, note: "标注 sample 的为示例数据" }, { headers: { "cache-control": "public, max-age=30" } });
  });
}

/** POST /api/open/v1/ingest/parking (Authorization: Bearer <key>, JSON {lots:[{code, freeSpaces, observedAt}]}) */
export function ingestParkingResponse(db: DB, req: Request): Promise<Response> {
  return handle(async () => {
    const key = keyFromHeaders(req.headers);
    const body = await readJsonBody(req);
    return Response.json(await ingestParking(db, key, body), { headers: { "cache-control": "no-store" } });
  });
}

/** This module's public datasets, for the open-data catalogue (/api/open/v1/datasets) when it lands. */
export const TRANSPORT_DATASETS = [
  { id: "gtfs", title: "公交地铁静态数据（GTFS）", url: "/api/open/v1/gtfs.zip", format: "GTFS Schedule (zip)", updated: "随线路调整更新" },
  {
    id: "gtfs-rt-trip-updates",
    title: "公交地铁实时到站预测（GTFS-realtime TripUpdates）",
    url: "/api/open/v1/gtfs-rt/trip-updates",
    format: "protobuf；?format=json",
    updated: "每15秒",
  },
  {
    id: "gtfs-rt-vehicle-positions",
    title: "公交地铁实时位置（GTFS-realtime VehiclePositions）",
    url: "/api/open/v1/gtfs-rt/vehicle-positions",
    format: "protobuf；?format=json",
    updated: "每15秒",
  },
  { id: "parking", title: "停车场实时空余泊位", url: "/api/open/v1/parking", format: "JSON", updated: "每5分钟" },
] as const;
