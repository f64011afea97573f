import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/root";
import { getDb } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import { clientIp } from "./client-ip";

/**
 * What the tRPC HTTP endpoint (/api/trpc) accepts before any procedure runs:
 * - JSON only: a POST (mutation or batch) must say `application/json` — no form posts, no
 *   `multipart/form-data` (a cross-site form could otherwise post to it without a CORS preflight);
 * - same origin only for requests that carry a session cookie (a page of another site cannot make a
 *   signed-in visitor's browser run procedures as them); without a cookie a caller is a guest anyway;
 * - at most TRPC_MAX_BATCH calls per request (the route passes it to tRPC as `maxBatchSize`).
 */
export const TRPC_MAX_BATCH = 10;

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

function refusal(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * Whether the browser says the request came from another site (Sec-Fetch-Site, else Origin vs Host). Takes
 * fetch Headers or a header getter (scripts/serve.ts's booking path reads Node's headers without copying them).
 */
export function isCrossOrigin(headers: Headers | ((name: string) => string | null)): boolean {
  const get = typeof headers === "function" ? headers : (name: string) => headers.get(name);
  const site = get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = get("origin");
  if (!origin) return false;
  const host = get("x-forwarded-host") ?? get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A refusal for requests the endpoint does not take, or null to let tRPC handle it. */
export function refuseTrpcRequest(req: Request): Response | null {
  if (req.method === "POST") {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return refusal(415, "UNSUPPORTED_MEDIA_TYPE", "接口只接受 application/json 请求体");
  } else if (req.method !== "GET") {
    return refusal(405, "METHOD_NOT_SUPPORTED", "接口只接受 GET 与 POST");
  }
  if (SESSION_COOKIE.test(req.headers.get("cookie") ?? "") && isCrossOrigin(req.headers))
    return refusal(403, "FORBIDDEN", "不接受其他网站发起的已登录请求");
  // The batch limit, counted from the path ("a,b,c") before anything is parsed, with a Chinese message
  // (tRPC's own maxBatchSize check stays behind it).
  const url = new URL(req.url);
  if (url.searchParams.get("batch") === "1") {
    const calls = url.pathname.replace(/^.*\/api\/trpc\/?/, "").split(",").length;
    if (calls > TRPC_MAX_BATCH) return refusal(400, "BAD_REQUEST", `一次最多批量调用${TRPC_MAX_BATCH}个接口，本次${calls}个`);
  }
  return null;
}

/**
 * The endpoint: refusals first, then the person (only now, so a refused request costs no session
 * check), then tRPC with the batch limit.
 */
export async function serveTrpc(req: Request, sessionUser: () => Promise<SessionUser | null>): Promise<Response> {
  const refused = refuseTrpcRequest(req);
  if (refused) return refused;
  const user = await sessionUser();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    createContext: async () => ({ db: await getDb(), user, ip: clientIp(req.headers) }),
    // A signed-in caller's answers are theirs (health records, applications): never stored by a browser or proxy.
    responseMeta: () => (user ? { headers: new Headers({ "cache-control": "private, no-store" }) } : {}),
  });
}
