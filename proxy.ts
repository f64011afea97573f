import { NextResponse, type NextRequest } from "next/server";
import { ACCOUNT_HINT_COOKIE, noncePolicy } from "@/server/lib/csp.mjs";
import { ELDER_COOKIE, routePage } from "@/server/lib/page-routing";

/** Auth.js session cookie names (over HTTPS with the __Secure- prefix; large ones are chunked .0, .1 …). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * Routes each page that renders per request to its standard or 长辈版 variant (app/[shell]) and gives
 * it a per-request nonce policy (Next.js puts the nonce on its scripts). Cached public pages do not
 * come here (see the matcher): next.config.ts rewrites them, and the cache handler stored a policy
 * with the hashes of their scripts beside the HTML, which Next.js sends with the page.
 * It also keeps the account hint cookie honest: no session, no hint.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  const route = routePage(request.nextUrl, { elder: request.cookies.get(ELDER_COOKIE)?.value === "1", signedIn });

  const requestHeaders = new Headers(request.headers);
  // Never let a client choose the nonce a cached page is rendered with.
  requestHeaders.delete("content-security-policy");
  requestHeaders.delete("x-nonce");
  let csp: string | null = null;
  // In development nothing is cached, so every page gets a nonce.
  if (!route?.cached || dev) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    csp = noncePolicy(nonce, { https, dev });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
  }
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  let response: NextResponse;
  if (route) {
    // Same origin as the request, so Next.js routes the rewrite in place (scripts/serve.ts gives
    // Next.js the hostname these URLs carry).
    const target = new URL(request.url);
    target.pathname = route.pathname;
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (csp) response.headers.set("content-security-policy", csp);

  const hint = request.cookies.get(ACCOUNT_HINT_COOKIE);
  if (hint && !signedIn) response.cookies.delete(ACCOUNT_HINT_COOKIE);
  // Signed in before the hint existed (or it was cleared): a nameless hint keeps "登录" away.
  else if (!hint && signedIn) response.cookies.set(ACCOUNT_HINT_COOKIE, "{}", { path: "/", sameSite: "lax", secure: https });
  return response;
}

export const config = {
  // Every page (prefetches too: they must reach the same variant as the page) — never route handlers
  // (/api/…, /open311/…: they set their own headers, such as a served file's sandbox CSP, and read their
  // own bodies with limits of their own; the proxy would buffer the body first) — except the cached
  // ones of CACHED_PATHS in server/lib/page-routing.ts (a literal here: Next.js reads it at build)…
  matcher: [
    "/((?!_next/static|_next/image|api/|open311/|favicon.ico|icon.svg|robots.txt|(?:economy|culture|governance|transport|environment|life|accessibility|services|services/\\d+|12345|12345/public|12345/public/\\d+|life/(?:health|tourism|wifi|community)|life/health/[a-z0-9-]+|transport/(?:lines|metro|parking|roads|bikes)|transport/(?:lines|stops)/[A-Za-z0-9_-]+|environment/(?:air|water|wiki|waste|low-carbon)|environment/(?:air|wiki)/[a-z0-9-]+|economy/macro|economy/(?:policies|credit)/\\d+|culture/spaces|governance/open/\\d+|governance/data/[a-z0-9-]+)$|$).*)",
    // …unless the request makes them personal or per request (see routePage in page-routing.ts).
    { source: "/services", has: [{ type: "query", key: "q" }] },
    { source: "/services", has: [{ type: "query", key: "section" }] },
    { source: "/services", has: [{ type: "query", key: "department" }] },
    { source: "/services", has: [{ type: "query", key: "audience" }] },
    { source: "/services", has: [{ type: "query", key: "theme" }] },
    { source: "/services", has: [{ type: "query", key: "online" }] },
    { source: "/services", has: [{ type: "query", key: "page" }] },
    { source: "/12345/public", has: [{ type: "query", key: "page" }] },
    { source: "/life/wifi", has: [{ type: "query", key: "district" }] },
    // 健康档案 looks like a hospital code (/life/health/:code) but is personal: always per request.
    "/life/health/records",
    { source: "/12345", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/12345", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
  ],
};
