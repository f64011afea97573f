// The production server `npm start` runs (after scripts/start.ts has built, migrated and seeded):
// Next.js's request handler, with a fast path for cached public pages in front of it.
//
// A cached page still costs Next.js about ten times a static file per request (route matching,
// rewrites twice, a cache object per request, tracing — measured with `node --cpu-prof`), so the
// server answers a GET for a cached page itself when this instance holds a copy: the same
// HTML, headers and CSP Next.js would send, gzipped once per page rather than per request. Anything
// else (a miss, an expired page, RSC and prefetch requests, every other page) goes to Next.js, which
// renders and revalidates as usual; a stale page is served from here while one request at a time
// goes to Next.js to re-render it. Booking calls at 07:00 pass a per-slot admission gate here, before
// Next.js (server/lib/booking-gate-http.ts; BOOKING_GATE=off turns it off). `PORT`, `HOSTNAME` as for `next start`.
import http from "node:http";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { getCacheControlHeader } from "next/dist/server/lib/cache-control.js";
import PageCacheHandler, { type Entry } from "@/server/cache/page-cache-handler.mjs";
import { HSTS_HEADER, SECURITY_HEADERS } from "@/server/lib/csp.mjs";
import { ELDER_COOKIE, routePage } from "@/server/lib/page-routing";
import { serveRealtimeFeed } from "@/server/modules/transport/realtime/serve-feed";
import { stampClientIp } from "@/server/lib/client-ip";
import { refuseFormPost } from "@/server/lib/form-post-guard";

// Before Next.js (and React) load: production builds, and our handler instead of next.config.ts's.
Object.assign(process.env, { NODE_ENV: "production", NT_PAGE_CACHE_GLOBAL: "1" });
const { default: next } = await import("next");
// Hand Next.js our handler once, instead of next.config.ts's cacheHandler (re-imported per request).
// The registry lives on globalThis under a Symbol.for key (no declaration can name it): read it through a schema.
const handlers = Symbol.for("@next/cache-handlers");
const registered = z.record(z.string(), z.unknown()).optional().parse(Reflect.get(globalThis, handlers));
Reflect.set(globalThis, handlers, { ...registered, FetchCache: PageCacheHandler });

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
// Next.js names loopback addresses "localhost" in proxy.ts's URLs; given 127.0.0.1 here, a proxy
// rewrite would look like another origin and be proxied over HTTP instead of routed in place.
const app = next({ dev: false, dir: process.cwd(), hostname: /^(?:127\.|::1$)/.test(hostname) ? "localhost" : hostname, port });
const handle = app.getRequestHandler();

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const ELDER = new RegExp(`(?:^|;\\s*)${ELDER_COOKIE}=1(?:;|$)`);
/** Requests Next.js must answer itself: RSC payloads, prefetches, server actions. */
const NEXT_ONLY_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** When a request last went to Next.js to re-render a stale page (per internal path). */
const revalidating = new Map<string, number>();
const REVALIDATE_RETRY_MS = 2_000;

/** Bodies per cached entry, encoded once (the entry object is replaced when the page is re-rendered). */
const bodies = new WeakMap<Entry, { raw: Buffer; gzip: Buffer }>();

function bodyOf(entry: Entry) {
  let b = bodies.get(entry);
  if (!b) {
    const raw = Buffer.from(entry.value?.html ?? "", "utf8");
    b = { raw, gzip: gzipSync(raw) };
    bodies.set(entry, b);
  }
  return b;
}

/** Answers from this instance's cache when it can; false hands the request to Next.js. */
function serveCached(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (NEXT_ONLY_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  const url = new URL(req.url ?? "/", "http://x");
  if (url.searchParams.has("_rsc")) return false;
  const cookie = req.headers.cookie ?? "";
  const route = routePage(url, { elder: ELDER.test(cookie), signedIn: SESSION_COOKIE.test(cookie) });
  if (!route?.cached) return false;
  const hit = PageCacheHandler.peek(route.pathname);
  const value = hit?.entry.value;
  if (!hit || !value || hit.state === "expired") return false;
  if (hit.state === "stale") {
    // One request goes to Next.js, which serves the stale page and re-renders it in the background;
    // meanwhile the others get the stale copy from here (stale-while-revalidate).
    const last = revalidating.get(route.pathname) ?? 0;
    if (Date.now() - last > REVALIDATE_RETRY_MS) {
      revalidating.set(route.pathname, Date.now());
      return false;
    }
  }
  const entry = hit.entry;

  const headers: http.OutgoingHttpHeaders = {};
  for (const h of SECURITY_HEADERS) headers[h.key] = h.value;
  if (req.headers["x-forwarded-proto"] === "https") headers[HSTS_HEADER.key] = HSTS_HEADER.value;
  for (const [k, v] of Object.entries(value.headers ?? {})) if (k !== "x-next-cache-tags" && v !== undefined) headers[k] = v;
  const { revalidate = false, expire } = entry.cacheControl ?? {};
  headers["cache-control"] = getCacheControlHeader({ revalidate, expire });
  headers["content-type"] = "text/html; charset=utf-8";
  headers["vary"] = VARY;
  headers["x-nextjs-cache"] = hit.state === "stale" ? "STALE" : "HIT";
  headers["x-nextjs-prerender"] = "1";
  const body = bodyOf(entry);
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzip) headers["content-encoding"] = "gzip";
  const payload = gzip ? body.gzip : body.raw;
  headers["content-length"] = payload.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : payload);
  return true;
}

await app.prepare();
// Simulators and feed ticks (transit realtime, parking, bikes, air), each once per cluster.
const { startBackgroundJobs } = await import("@/server/jobs");
const stopJobs = await startBackgroundJobs();
const FEED_HEADERS = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));
const { bookingGateEnabled, createBookingGate } = await import("@/server/lib/booking-gate-http");
const bookingGate = bookingGateEnabled() ? createBookingGate() : null;
const server = http.createServer((req, res) => {
  // The client address from the socket (and TRUST_PROXY hops), replacing whatever the client claimed.
  stampClientIp(req);
  // GTFS-realtime feeds from the in-memory snapshot, cached pages from the page cache, the rest to Next.js.
  if (serveRealtimeFeed(req, res, FEED_HEADERS)) return;
  if (bookingGate?.handle(req, res)) return;
  if (serveCached(req, res)) return;
  if (req.method !== "POST") return void handle(req, res);
  // Form posts: the size limit and, for large bodies, the session are checked before the body is read.
  void refuseFormPost(req).then((refusal) => {
    if (!refusal) return handle(req, res);
    res.writeHead(refusal.status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", connection: "close" });
    res.end(refusal.html);
    req.destroy();
  });
});
// Idle keep-alive connections stay open longer than a load balancer's (nginx upstream keepalive, cloud LBs:
// 60 s), so the balancer never reuses a connection Node.js is closing (a 502); Node.js's default is 5 s.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`✓ Ready on http://${hostname}:${port}`);
});

// Background work, each job once per cluster (server/lib/cluster-lock.ts): 智慧生活's daily slot release.
const { getDb } = await import("@/server/db");
const { startLifeJobs } = await import("@/server/modules/life/jobs");
const { textsSent } = await import("@/server/modules/life/notify");
const stopLifeJobs = startLifeJobs(await getDb());
// 注销账号: erases closed accounts' personal data (ACCOUNT_CLOSURE_JOB=off disables it).
const stopClosureJob = ["off", "0", "false"].includes((process.env.ACCOUNT_CLOSURE_JOB ?? "").toLowerCase())
  ? () => {}
  : (await import("@/server/modules/account/closure")).startClosureJob(await getDb());

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close();
    stopClosureJob();
    // Texts of notifications already made (notify.ts sends them after the answer) go out before the exit.
    void Promise.race([Promise.all([stopJobs(), stopLifeJobs(), textsSent()]), new Promise((r) => setTimeout(r, 3000))]).finally(() =>
      process.exit(0),
    );
  });
}
