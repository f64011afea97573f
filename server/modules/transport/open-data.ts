import { createHash } from "node:crypto";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { handle, readJsonBody } from "@/server/lib/open-data-http";
import { keyFromHeaders } from "@/server/lib/ingest-keys";
import { buildGtfsZip } from "./gtfs";
import { ingestPushedFeed, MAX_FEED_BYTES, realtimeFeed } from "./realtime/service";
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

/** POST /api/open/v1/ingest/gtfs-rt/{trip-updates|vehicle-positions} (Authorization: Bearer <key>, application/x-protobuf) */
export function ingestGtfsRtResponse(db: DB, kind: "trip-updates" | "vehicle-positions", req: Request): Promise<Response> {
  return handle(async () => {
    const key = keyFromHeaders(req.headers);
    const type = (req.headers.get("content-type") ?? "").toLowerCase();
    if (!type.includes("application/x-protobuf") && !type.includes("application/octet-stream"))
      throw new AppError("BAD_REQUEST", "请以 Content-Type: application/x-protobuf 提交 GTFS-realtime FeedMessage");
    if (Number(req.headers.get("content-length") ?? 0) > MAX_FEED_BYTES) throw new AppError("BAD_REQUEST", "GTFS-realtime 数据超过 20 MB");
    const bytes = new Uint8Array(await req.arrayBuffer());
    return Response.json(await ingestPushedFeed(db, key, kind, bytes), { headers: { "cache-control": "no-store" } });
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

const jsonError = { description: "错误", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const format = {
  name: "format",
  in: "query",
  schema: { type: "string", enum: ["pb", "json"], default: "pb" },
  description: "pb：protobuf（默认）；json：便于阅读",
};

/** OpenAPI paths of 智慧交通's open data and ingest endpoints (merged into /api/open/v1/openapi.json). */
export const TRANSPORT_OPENAPI_PATHS = {
  "/gtfs.zip": {
    get: {
      operationId: "getGtfs",
      summary: "公交地铁静态数据（GTFS Schedule，zip）",
      responses: { "200": { description: "GTFS zip（带 ETag，If-None-Match 命中时为 304）", content: { "application/zip": {} } } },
    },
  },
  "/gtfs-rt/trip-updates": {
    get: {
      operationId: "getGtfsRtTripUpdates",
      summary: "实时到站预测（GTFS-realtime TripUpdates），每个周期生成一次",
      parameters: [format],
      responses: {
        "200": {
          description: "FeedMessage",
          content: { "application/x-protobuf": {}, "application/json": { schema: { type: "object" } } },
        },
        "400": jsonError,
        "404": { ...jsonError, description: "实时数据暂不可用" },
      },
    },
  },
  "/gtfs-rt/vehicle-positions": {
    get: {
      operationId: "getGtfsRtVehiclePositions",
      summary: "车辆实时位置（GTFS-realtime VehiclePositions）",
      parameters: [format],
      responses: {
        "200": {
          description: "FeedMessage",
          content: { "application/x-protobuf": {}, "application/json": { schema: { type: "object" } } },
        },
        "400": jsonError,
        "404": { ...jsonError, description: "实时数据暂不可用" },
      },
    },
  },
  "/parking": {
    get: {
      operationId: "getParking",
      summary: "停车场泊位和实时空余泊位",
      parameters: [{ name: "district", in: "query", schema: { type: "string", enum: [...DISTRICTS] } }],
      responses: {
        "200": {
          description: "{lots: [...]}；freeSpaces 为 null 表示30分钟内无实时数据",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "400": jsonError,
      },
    },
  },
  "/ingest/gtfs-rt/{kind}": {
    post: {
      operationId: "ingestGtfsRt",
      summary: "推送外部 GTFS-realtime FeedMessage（需 Authorization: Bearer 密钥，范围 gtfs-rt）；2分钟内有推送时模拟器停用",
      parameters: [{ name: "kind", in: "path", required: true, schema: { type: "string", enum: ["trip-updates", "vehicle-positions"] } }],
      requestBody: { required: true, content: { "application/x-protobuf": {} } },
      responses: {
        "200": { description: "{accepted, entities, timestamp}", content: { "application/json": { schema: { type: "object" } } } },
        "400": { ...jsonError, description: "不是有效的 FeedMessage、实体类型不符或时间戳有误；已有数据不变" },
        "401": { ...jsonError, description: "缺少密钥" },
        "403": { ...jsonError, description: "密钥无效、已撤销或无此范围" },
        "409": { ...jsonError, description: "时间戳早于已接收的数据" },
      },
    },
  },
  "/ingest/parking": {
    post: {
      operationId: "ingestParking",
      summary: "上报停车场空余泊位（需 Authorization: Bearer 密钥，范围 parking）",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["lots"],
              properties: {
                lots: {
                  type: "array",
                  maxItems: 2000,
                  items: {
                    type: "object",
                    required: ["code", "freeSpaces", "observedAt"],
                    properties: {
                      code: { type: "string" },
                      freeSpaces: { type: "integer", minimum: 0 },
                      observedAt: { type: "string", format: "date-time" },
                    },
                  },
                },
              },
            },
          },
        },
      },
      responses: {
        "200": { description: "{accepted, updated, ignoredAsOlder}", content: { "application/json": { schema: { type: "object" } } } },
        "400": { ...jsonError, description: "数据有误：整批拒收，列出每个问题，已有数据不变" },
        "401": { ...jsonError, description: "缺少密钥" },
        "403": { ...jsonError, description: "密钥无效、已撤销或无此范围" },
      },
    },
  },
} as const;
