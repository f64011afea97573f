import { NextResponse, type NextRequest } from "next/server";

/** Origins the sign-in forms may redirect to (WeChat OAuth; a local fake in tests). */
function oauthOrigins(): string {
  const urls = [process.env.WECHAT_AUTHORIZATION_URL, process.env.WECHAT_QR_AUTHORIZATION_URL, "https://open.weixin.qq.com"];
  const origins = new Set<string>();
  for (const u of urls) {
    if (!u) continue;
    try {
      origins.add(new URL(u).origin);
    } catch {
      // ignore malformed env; the provider will fail loudly on use
    }
  }
  return [...origins].join(" ");
}

/**
 * Per-request CSP nonce (Next.js applies it to its own scripts), security headers, and the
 * request path for server components (长辈版 toggle returns to it).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${oauthOrigins()}`,
    "frame-ancestors 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
