import { AppError, HTTP_STATUS } from "@/server/lib/errors";
import { logger } from "@/server/lib/logger";

/**
 * Shared plumbing of the open-data and ingest route handlers of 智慧交通/智慧环保: AppError → JSON
 * error with its status and field errors (never a 500 with a stack for bad input), bounded JSON bodies.
 */

export function errorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    return Response.json(
      { error: { code: e.code, message: e.message, ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}) } },
      { status: HTTP_STATUS[e.code], headers: { "cache-control": "no-store" } },
    );
  }
  logger.error({ err: e instanceof Error ? e.message : String(e) }, "open data handler failed");
  return Response.json(
    { error: { code: "INTERNAL", message: "服务暂时不可用，请稍后再试" } },
    { status: 500, headers: { "cache-control": "no-store" } },
  );
}

export const MAX_INGEST_BYTES = 1024 * 1024;

/** Reads a JSON body of at most `max` bytes; 400/413/415 with a Chinese message otherwise. */
export async function readJsonBody(req: Request, max = MAX_INGEST_BYTES): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) throw new AppError("BAD_REQUEST", "请以 Content-Type: application/json 提交数据");
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > max) throw new AppError("BAD_REQUEST", `请求体超过 ${Math.round(max / 1024)} KB，请分批提交`);
  const text = await req.text();
  if (Buffer.byteLength(text) > max) throw new AppError("BAD_REQUEST", `请求体超过 ${Math.round(max / 1024)} KB，请分批提交`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "请求体不是有效的 JSON");
  }
}

export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    return errorResponse(e);
  }
}
