import type { NextConfig } from "next";
import path from "node:path";
import { CACHED_PAGE_REWRITES } from "./server/lib/page-routing";
import { HSTS_HEADER, SECURITY_HEADERS } from "./server/lib/csp.mjs";
import { FORM_BODY_LIMIT_BYTES } from "./server/lib/upload-limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next.js hashes the whole body for an ETag on every response (measured: the largest single cost of
  // serving a cached page). Cached pages are revalidated by tag, not by the browser; a CDN or nginx in
  // front can add ETags from its own copy.
  generateEtags: false,
  reactStrictMode: true,
  // Native / wasm packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "postgres"],
  // Builds and test runs use their own output directory so a running server is never overwritten.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in people without the role.
  // Application attachments are up to 10 MB each and 12345 photos up to 6 × 5 MB; both go through
  // server actions. Actions and the proxy take bodies up to FORM_BODY_LIMIT_BYTES (server/lib/upload-limits.ts):
  // the proxy's own default (10 MB) cut larger bodies short and the action failed with a bare 500.
  // Public pages are rendered once and kept by our cache handler: in memory per instance, shared
  // through Redis when REDIS_URL is set, each with a CSP of its own scripts' hashes. scripts/serve.ts
  // (what `npm start` runs) hands Next.js the handler directly (NT_PAGE_CACHE_GLOBAL=1): configured
  // here, Next.js would re-import the module on every request.
  cacheHandler: process.env.NT_PAGE_CACHE_GLOBAL === "1" ? undefined : path.resolve(process.cwd(), "server/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // sri: integrity attributes on Next.js's script tags, so a cached page's CSP can allow its external
  // scripts by hash under 'strict-dynamic' (no per-request nonce needed).
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: FORM_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: FORM_BODY_LIMIT_BYTES,
    sri: { algorithm: "sha256" },
  },
  // Cached public pages go to their standard or 长辈版 variant here, without running proxy.ts (the
  // proxy costs more than serving the page itself); proxy.ts routes every other page.
  async rewrites() {
    return { beforeFiles: CACHED_PAGE_REWRITES, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // HTTPS ends at the load balancer; cached pages do not pass proxy.ts, so HSTS is set here.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS_HEADER] },
    ];
  },
};

export default nextConfig;
