import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { handle } from "@/server/lib/open-data-http";
import { authenticateIngestKey, keyFromHeaders } from "@/server/lib/ingest-keys";
import { publicOrigin } from "@/server/lib/public-origin";
import { parseInput } from "@/server/lib/validation";
import { capFeed, ingestCap, openAlerts } from "./service";
import { ZOpenQuery } from "./validation";

/** Route-handler bodies of /api/open/v1 for 突发事件预警 (JSON errors with their status, never a stack). */

export const MAX_CAP_BYTES = 256 * 1024;
const XML_TYPES = ["application/cap+xml", "application/xml", "text/xml", "application/atom+xml"];

function sinceOf(url: URL): Date | undefined {
  for (const key of url.searchParams.keys()) if (key !== "since") throw new AppError("BAD_REQUEST", `不支持的参数：${key}（只支持 since）`);
  if (url.searchParams.getAll("since").length > 1) throw new AppError("BAD_REQUEST", "参数 since 只能出现一次");
  const q = parseInput(ZOpenQuery, { since: url.searchParams.get("since") ?? undefined }, { by: "path" });
  if (!q.since) return undefined;
  const d = new Date(q.since);
  if (Number.isNaN(d.getTime())) throw new AppError("BAD_REQUEST", "since 不是有效的时间");
  return d;
}

/** GET /api/open/v1/alerts — live alerts, or with ?since= everything sent since then (updates and cancels too). */
export function alertsJsonResponse(db: DB, req: Request): Promise<Response> {
  return handle(async () => {
    const since = sinceOf(new URL(req.url));
    const items = await openAlerts(db, { since });
    return Response.json(
      { generatedAt: new Date().toISOString(), since: since?.toISOString() ?? null, count: items.length, items },
      { headers: { "cache-control": "public, max-age=30", "access-control-allow-origin": "*" } },
    );
  });
}

/** GET /api/open/v1/alerts.cap — an Atom feed of live alerts, each entry a CAP 1.2 message. */
export function alertsCapResponse(db: DB, req: Request): Promise<Response> {
  return handle(async () => {
    const since = sinceOf(new URL(req.url));
    const xml = await capFeed(db, publicOrigin(req.url), { since });
    return new Response(xml, {
      headers: {
        "content-type": "application/atom+xml; charset=utf-8",
        "cache-control": "public, max-age=30",
        "access-control-allow-origin": "*",
      },
    });
  });
}

/**
 * POST /api/open/v1/ingest/alerts (Authorization: Bearer <key with the "alerts" scope>, a CAP 1.2 XML
 * body): 201 with the stored alert, or a JSON error — 401/403 for the key, 400 for the XML (malformed,
 * wrong namespace, a missing element, an unknown severity, expired), 404 for an unknown reference, 409
 * for a message already received. `onPublished` runs after a successful ingest (the fan-out kick).
 */
export function ingestAlertsResponse(db: DB, req: Request, ip: string | null, onPublished?: () => void): Promise<Response> {
  return handle(async () => {
    const key = await authenticateIngestKey(db, keyFromHeaders(req.headers), "alerts");
    const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!XML_TYPES.includes(type))
      throw new AppError("BAD_REQUEST", "请以 Content-Type: application/cap+xml（或 application/xml）提交 CAP 1.2 XML");
    if (Number(req.headers.get("content-length") ?? 0) > MAX_CAP_BYTES) throw new AppError("BAD_REQUEST", "请求体超过 256 KB");
    const body = await req.text();
    if (Buffer.byteLength(body) > MAX_CAP_BYTES) throw new AppError("BAD_REQUEST", "请求体超过 256 KB");
    const alert = await ingestCap({ db, ip }, body, { keyName: key.name });
    onPublished?.();
    const origin = publicOrigin(req.url);
    return Response.json(
      {
        id: alert.id,
        identifier: alert.identifier,
        sender: alert.sender,
        msgType: alert.msgType,
        severity: alert.severity,
        referencesId: alert.referencesId,
        url: `${origin}/alerts/${alert.msgType === "cancel" && alert.referencesId ? alert.referencesId : alert.id}`,
      },
      { status: 201, headers: { "cache-control": "no-store" } },
    );
  });
}

const Error = { $ref: "#/components/schemas/Error" };
const since = {
  name: "since",
  in: "query",
  schema: { type: "string", format: "date-time" },
  description: "ISO 8601 时间；给出时返回此后发出的全部预警（含更新和解除），不给出时只返回当前有效的预警",
};

/** The alerts' part of the OpenAPI document (merged into /api/open/v1/openapi.json). */
export const ALERTS_OPENAPI_PATHS = {
  "/alerts": {
    get: {
      operationId: "listAlerts",
      summary: "突发事件预警（JSON）",
      parameters: [since],
      responses: {
        "200": {
          description: "预警列表：severity 为 blue/yellow/orange/red（IV–I级），areas 为 city 或县（市、区）代码",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["generatedAt", "count", "items"],
                properties: {
                  generatedAt: { type: "string", format: "date-time" },
                  since: { type: ["string", "null"] },
                  count: { type: "integer" },
                  items: { type: "array", items: { type: "object" } },
                },
              },
            },
          },
        },
        "400": { description: "参数无效", content: { "application/json": { schema: Error } } },
      },
    },
  },
  "/alerts.cap": {
    get: {
      operationId: "alertsCapFeed",
      summary: "突发事件预警 Atom 订阅源，每条为 CAP 1.2 消息（urn:oasis:names:tc:emergency:cap:1.2）",
      parameters: [since],
      responses: {
        "200": { description: "Atom feed", content: { "application/atom+xml": { schema: { type: "string" } } } },
        "400": { description: "参数无效", content: { "application/json": { schema: Error } } },
      },
    },
  },
  "/ingest/alerts": {
    post: {
      operationId: "ingestAlert",
      summary: "上游预警系统推送 CAP 1.2 预警（需 alerts 权限的数据接入密钥）",
      security: [{ bearer: [] }],
      requestBody: { required: true, content: { "application/cap+xml": { schema: { type: "string" } } } },
      responses: {
        "201": { description: "已接收并发布", content: { "application/json": { schema: { type: "object" } } } },
        "400": { description: "XML 格式错误、缺少元素、未知级别或已过期", content: { "application/json": { schema: Error } } },
        "401": { description: "缺少密钥", content: { "application/json": { schema: Error } } },
        "403": { description: "密钥无效、已撤销或无此权限", content: { "application/json": { schema: Error } } },
        "404": { description: "references 指向的原预警不存在", content: { "application/json": { schema: Error } } },
        "409": { description: "该预警已接收", content: { "application/json": { schema: Error } } },
      },
    },
  },
} as const;
