/**
 * Which internal route serves a page request.
 *
 * Every page lives under app/[shell]/: `standard` or `elder` (长辈版, from the nt-elder cookie). The
 * root layout gets the choice as a route param, so both variants of a public page are rendered once
 * and cached, and 长辈版 is in the first HTML byte (no script, no flash of the standard layout).
 *
 * Cached pages are the same HTML for everyone. They are routed by next.config.ts rewrites
 * (CACHED_PAGE_REWRITES, cheap regex matches) and proxy.ts does not run for them: no nonce, their CSP
 * carries the hashes of their scripts (added by the cache handler). Every other page goes through
 * proxy.ts (routePage), which rewrites it to its variant and gives it a per-request nonce. proxy.ts's
 * matcher must leave out the same cached paths (and catch the searches, later pages and sessions
 * that make them per request); e2e/public-cache.spec.ts checks both sides.
 */

export const SHELLS = ["standard", "elder"] as const;
export type Shell = (typeof SHELLS)[number];

export const ELDER_COOKIE = "nt-elder";

/** Query keys of a catalogue search or filter: with any of them /services renders per request. */
export const CATALOGUE_QUERY_KEYS = ["q", "section", "department", "audience", "theme", "online", "page"] as const;

/**
 * Public pages rendered once per variant and served from the cache, as path-to-regexp sources (few
 * rules: Next.js matches every rewrite against every request, twice).
 */
export const CACHED_PATHS = [
  "/",
  "/:page(economy|culture|governance|transport|environment|life|accessibility|services|12345)",
  "/services/:id(\\d+)",
  "/12345/public",
  "/12345/public/:id(\\d+)",
  "/life/:page(health|tourism|wifi|community)",
  "/life/health/:code([a-z0-9-]+)",
  // 智慧交通 and 智慧环保 (issue 13): lists, lines, stops, stations and articles; searches and filters go to …/search.
  "/transport/:page(lines|metro|parking|roads|bikes)",
  "/transport/:kind(lines|stops)/:id([A-Za-z0-9_-]+)",
  "/environment/:page(air|water|wiki|waste|low-carbon)",
  "/environment/:kind(air|wiki)/:id([a-z0-9-]+)",
  // 智慧经济, 智慧人文 and 智慧治理 (issue 15): reference pages with nothing personal (lists with searches, and
  // pages with a person's form or progress, stay per request).
  "/economy/macro",
  "/economy/:kind(policies|credit)/:id(\\d+)",
  "/culture/spaces",
  "/governance/open/:id(\\d+)",
  "/governance/data/:id([a-z0-9-]+)",
] as const;

type Condition = { type: "cookie" | "query"; key: string; value?: string };
export type Rewrite = { source: string; destination: string; has?: Condition[] };

/**
 * next.config.ts beforeFiles rewrites: each cached path to its elder or standard variant. When the
 * request makes the page per request (a search on /services, ?page on /12345/public, a session on
 * /12345), proxy.ts's matcher catches it first and rewrites it elsewhere, so these no longer match.
 */
export const CACHED_PAGE_REWRITES: Rewrite[] = CACHED_PATHS.flatMap((source) => {
  // Destinations name params without their pattern: /services/:id(\d+) → /standard/services/:id.
  const target = source === "/" ? "" : source.replace(/\([^)]*\)/g, "");
  const elder: Condition = { type: "cookie", key: ELDER_COOKIE, value: "1" };
  return [
    { source, destination: `/elder${target}`, has: [elder] },
    { source, destination: `/standard${target}` },
  ];
});

export type PageRoute = { cached: boolean; pathname: string };

/** Paths that are not pages: route handlers outside app/[shell] and Next.js's own files. */
const NOT_PAGES = /^\/(?:api|open311|_next)(?:\/|$)/;
const SECTION_PAGES = /^\/(?:economy|culture|governance|transport|environment|life|accessibility)?$/;
const ITEM_PAGE = /^\/services\/\d+$/;
/** One public 12345 request (/12345/public/[id]): cached per request, revalidated when it changes. */
const PUBLIC_REQUEST_PAGE = /^\/12345\/public\/\d+$/;
/**
 * 智慧生活's public reference pages (hospitals, a hospital's clinics, scenic spots, community centres, Wi-Fi).
 * /life/health/records is the citizen's 健康档案, never cached (proxy.ts's matcher lists it).
 */
const LIFE_PAGES = /^\/life\/(?:health|tourism|community|wifi|health\/(?!records$)[a-z0-9-]+)$/;
/** 智慧交通 and 智慧环保 pages that are the same for everyone (CACHED_PATHS). */
const TRANSPORT_ENVIRONMENT_PAGES =
  /^\/(?:transport\/(?:lines|metro|parking|roads|bikes)|transport\/(?:lines|stops)\/[A-Za-z0-9_-]+|environment\/(?:air|water|wiki|waste|low-carbon)|environment\/(?:air|wiki)\/[a-z0-9-]+)$/;
/** 智慧经济, 智慧人文 and 智慧治理 pages that are the same for everyone (CACHED_PATHS). */
const SECTION_SUB_PAGES =
  /^\/(?:economy\/macro|economy\/(?:policies|credit)\/\d+|culture\/spaces|governance\/open\/\d+|governance\/data\/[a-z0-9-]+)$/;
/** Their id pages with something else than an id: the 404 page per request (…/policies/match and …/credit/lists are pages). */
const SECTION_ID_PAGES = /^\/(?:economy\/(?:policies|credit)|governance\/open)\/[^/]+$/;
const SECTION_NAMED_PAGES = new Set(["/economy/policies/match", "/economy/credit/lists"]);
/** /services/<one segment> pages that are not an item. */
const SERVICES_PAGES = new Set(["/services/search", "/services/track"]);

export function isShell(value: string): value is Shell {
  return (SHELLS as readonly string[]).includes(value);
}

/**
 * The internal route for a page request, or null when the path is not a page (the same decision
 * the rewrites and proxy.ts's matcher make together). `signedIn` is whether a session cookie came
 * with the request (not verified here: it only picks which /12345 renders, and that page checks).
 */
export function routePage(url: { pathname: string; search: string }, opts: { elder: boolean; signedIn: boolean }): PageRoute | null {
  const { pathname } = url;
  if (NOT_PAGES.test(pathname)) return null;
  const query = new URLSearchParams(url.search);
  const shell: Shell = opts.elder ? "elder" : "standard";
  const to = (path: string, cached: boolean): PageRoute => ({ cached, pathname: `/${shell}${path === "/" ? "" : path}` });

  if (SECTION_PAGES.test(pathname) || ITEM_PAGE.test(pathname) || PUBLIC_REQUEST_PAGE.test(pathname)) return to(pathname, true);
  // A district filter on the Wi-Fi list is per request.
  if (pathname === "/life/wifi" && query.has("district")) return to("/life/wifi/filtered", false);
  if (LIFE_PAGES.test(pathname) || TRANSPORT_ENVIRONMENT_PAGES.test(pathname) || SECTION_SUB_PAGES.test(pathname))
    return to(pathname, true);
  // A search or a filter is per request; the plain catalogue is the cached first page.
  if (pathname === "/services") return CATALOGUE_QUERY_KEYS.some((k) => query.has(k)) ? to("/services/search", false) : to(pathname, true);
  if (pathname === "/12345/public") return query.has("page") ? to("/12345/public/more", false) : to(pathname, true);
  // The hotline page carries the signed-in person's own form, so only guests get the cached one.
  if (pathname === "/12345") return opts.signedIn ? to("/12345/signed-in", false) : to(pathname, true);
  // Not an item id: the 404 page, rendered per request (no cache entry per junk URL).
  if (/^\/services\/[^/]+$/.test(pathname) && !SERVICES_PAGES.has(pathname)) return to("/not-found", false);
  if (/^\/12345\/public\/[^/]+$/.test(pathname) && pathname !== "/12345/public/more") return to("/not-found", false);
  if (SECTION_ID_PAGES.test(pathname) && !SECTION_NAMED_PAGES.has(pathname)) return to("/not-found", false);
  return to(pathname, false);
}
