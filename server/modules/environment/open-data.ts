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

const jsonError = { description: "错误", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };

/** OpenAPI paths of 智慧环保's open data and ingest endpoints (merged into /api/open/v1/openapi.json). */
export const ENVIRONMENT_OPENAPI_PATHS = {
  "/air/latest": {
    get: {
      operationId: "getAirLatest",
      summary: "各监测站最新小时空气质量：浓度、IAQI、AQI、级别、首要污染物（按 HJ 633-2012 计算）",
      responses: {
        "200": {
          description: "{standard, units, stations: [{station, district, time, concentrations, iaqi, aqi, level, primaryPollutant}]}",
          content: { "application/json": { schema: { type: "object" } } },
        },
      },
    },
  },
  "/ingest/air": {
    post: {
      operationId: "ingestAir",
      summary: "上报监测站小时浓度（需 Authorization: Bearer 密钥，范围 air）",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["readings"],
              properties: {
                readings: {
                  type: "array",
                  maxItems: 1000,
                  items: {
                    type: "object",
                    required: ["station", "time"],
                    properties: {
                      station: { type: "string" },
                      time: { type: "string", format: "date-time" },
                      so2: { type: ["number", "null"] },
                      no2: { type: ["number", "null"] },
                      pm10: { type: ["number", "null"] },
                      co: { type: ["number", "null"], description: "mg/m³" },
                      o3: { type: ["number", "null"] },
                      pm25: { type: ["number", "null"] },
                    },
                  },
                },
              },
            },
          },
        },
      },
      responses: {
        "200": { description: "写入结果", content: { "application/json": { schema: { type: "object" } } } },
        "400": { ...jsonError, description: "数据有误：整批拒收，列出每个问题，已有数据不变" },
        "401": { ...jsonError, description: "缺少密钥" },
        "403": { ...jsonError, description: "密钥无效、已撤销或无此范围" },
      },
    },
  },
} as const;
