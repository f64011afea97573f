import type { DB } from "@/server/db";
import { AppError, HTTP_STATUS } from "@/server/lib/errors";
import { logger } from "@/server/lib/logger";
import { clientIp } from "@/server/lib/client-ip";
import { readBodyLimited } from "@/server/lib/body";
import type { Open311Format } from "./constants";
import type { Params } from "./params";
import { discovery, listServices, serviceDefinition } from "./services";
import { createRequest, getRequest, listRequests } from "./requests";
import { toXmlDocument } from "./xml";

/** Form bodies larger than this are refused (description ≤ 4,000 characters leaves ample room). */
export const MAX_BODY_BYTES = 64 * 1024;

const CONTENT_TYPES: Record<Open311Format, string> = { json: "application/json; charset=utf-8", xml: "text/xml; charset=utf-8" };

/**
 * The Open311 edge: the route handler's requests in, JSON or XML out. The services throw AppError like
 * every other module; only here is an error shaped the Open311 way — a list of `{code, description}`
 * whose code is the HTTP status (HTTP_STATUS of the AppError's code).
 */

/** `services/cg-ld.json` → { parts: ["services", "cg-ld"], format: "json" }; no or another extension → null. */
export function parsePath(segments: string[]): { parts: string[]; format: Open311Format } | null {
  if (segments.length === 0) return null;
  const last = segments[segments.length - 1]!;
  const m = /^(.+)\.(json|xml)$/.exec(last);
  if (!m) return null;
  return { parts: [...segments.slice(0, -1), m[1]!], format: m[2] === "json" ? "json" : "xml" };
}

/** The format asked for, even for a path we do not know (a 404 answers in that format; XML by default). */
function formatOf(segments: string[]): Open311Format {
  return /\.json$/i.test(segments[segments.length - 1] ?? "") ? "json" : "xml";
}

export function respond(format: Open311Format, root: string, body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = format === "json" ? JSON.stringify(body) : toXmlDocument(root, body);
  return new Response(text, { status, headers: { "content-type": CONTENT_TYPES[format], "cache-control": "no-store", ...headers } });
}

export function errorResponse(format: Open311Format, status: number, description: string, headers: Record<string, string> = {}): Response {
  return respond(format, "errors", [{ code: status, description }], status, headers);
}

async function run(format: Open311Format, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.code !== "INTERNAL") return errorResponse(format, HTTP_STATUS[e.code], e.message);
    logger.error({ err: e }, "open311 request failed");
    return errorResponse(format, 500, "系统繁忙，请稍后再试");
  }
}

const notFound = (format: Open311Format) =>
  errorResponse(
    format,
    404,
    "没有这个接口。可用：discovery、services、services/{service_code}、requests、requests/{service_request_id}，后缀 .json 或 .xml",
  );

export async function handleGet(db: DB, req: Request, segments: string[], origin: string): Promise<Response> {
  const p = parsePath(segments);
  if (!p) return notFound(formatOf(segments));
  const { parts, format } = p;
  const url = new URL(req.url);
  return run(format, async () => {
    if (parts.length === 1 && parts[0] === "discovery") return respond(format, "discovery", discovery(origin));
    if (parts.length === 1 && parts[0] === "services") return respond(format, "services", await listServices(db));
    if (parts.length === 2 && parts[0] === "services") return respond(format, "service_definition", await serviceDefinition(db, parts[1]!));
    if (parts.length === 1 && parts[0] === "requests") {
      const q = url.searchParams;
      return respond(
        format,
        "service_requests",
        await listRequests(db, {
          service_request_id: q.get("service_request_id"),
          service_code: q.get("service_code"),
          start_date: q.get("start_date"),
          end_date: q.get("end_date"),
          status: q.get("status"),
          lat: q.get("lat"),
          long: q.get("long"),
          radius: q.get("radius"),
        }),
      );
    }
    if (parts.length === 2 && parts[0] === "requests") return respond(format, "service_requests", await getRequest(db, parts[1]!));
    return notFound(format);
  });
}

async function readForm(req: Request): Promise<Params> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !(type === "" || type.startsWith("application/x-www-form-urlencoded")))
    throw new AppError("BAD_REQUEST", "请求体应为 application/x-www-form-urlencoded（或 multipart/form-data）");
  // Streamed with a hard limit before any parsing, with or without Content-Length.
  const bytes = await readBodyLimited(req, MAX_BODY_BYTES, `请求体不超过${MAX_BODY_BYTES / 1024}KB`);
  if (!multipart) return new URLSearchParams(new TextDecoder().decode(bytes));
  try {
    return await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "multipart/form-data 请求体格式不正确");
  }
}

export async function handlePost(db: DB, req: Request, segments: string[]): Promise<Response> {
  const p = parsePath(segments);
  if (!p) return notFound(formatOf(segments));
  const { parts, format } = p;
  if (!(parts.length === 1 && parts[0] === "requests")) {
    if (["discovery", "services", "requests"].includes(parts[0]!) && parts.length <= 2)
      return errorResponse(format, 405, "此接口只支持 GET；提交诉求请 POST requests", { allow: "GET" });
    return notFound(format);
  }
  return run(format, async () => {
    const form = await readForm(req);
    const query = new URL(req.url).searchParams;
    const apiKey = typeof form.get("api_key") === "string" && form.get("api_key") ? (form.get("api_key") as string) : query.get("api_key");
    const body = await createRequest({ db, ip: clientIp(req.headers) }, form, {
      apiKey,
      idempotencyKey: req.headers.get("idempotency-key"),
    });
    return respond(format, "service_requests", [body]);
  });
}
