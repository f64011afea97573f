import { describe, expect, it } from "vitest";
import { routePage } from "./page-routing";

const guest = { elder: false, signedIn: false };
const route = (path: string, opts = guest) => {
  const u = new URL(path, "http://x");
  return routePage({ pathname: u.pathname, search: u.search }, opts);
};

describe("routePage", () => {
  it("serves the public pages from the cache, in the variant the nt-elder cookie picks", () => {
    for (const p of ["/", "/economy", "/culture", "/governance", "/transport", "/environment", "/life", "/accessibility"]) {
      expect(route(p)).toEqual({ cached: true, pathname: `/standard${p === "/" ? "" : p}` });
    }
    expect(route("/economy", { elder: true, signedIn: false })).toEqual({ cached: true, pathname: "/elder/economy" });
    expect(route("/services/1")).toEqual({ cached: true, pathname: "/standard/services/1" });
    expect(route("/12345/public")).toEqual({ cached: true, pathname: "/standard/12345/public" });
    expect(route("/12345/public/42")).toEqual({ cached: true, pathname: "/standard/12345/public/42" });
    expect(route("/12345/public/abc")).toEqual({ cached: false, pathname: "/standard/not-found" });
    for (const p of [
      "/transport/lines",
      "/transport/lines/M1",
      "/transport/stops/metro-pingchao",
      "/environment/air/hq-hongqiao",
      "/environment/wiki/pm25",
    ])
      expect(route(p)).toEqual({ cached: true, pathname: `/standard${p}` });
    // Searches, filters, nearby and personal pages of the two sections are per request.
    for (const p of [
      "/transport/nearby?district=崇川区",
      "/transport/parking/search?district=崇川区",
      "/environment/waste/search?q=dc",
      "/environment/report",
      "/environment/low-carbon/log",
    ])
      expect(route(p)?.cached).toBe(false);
    // Tracking parameters do not make a page personal.
    expect(route("/economy?utm_source=wechat")).toEqual({ cached: true, pathname: "/standard/economy" });
    expect(route("/services?utm_source=wechat")).toEqual({ cached: true, pathname: "/standard/services" });
  });

  it("renders searches, filters and later pages per request", () => {
    expect(route("/services?q=社保")).toEqual({ cached: false, pathname: "/standard/services/search" });
    expect(route("/services?section=life&page=2")).toEqual({ cached: false, pathname: "/standard/services/search" });
    expect(route("/services")).toEqual({ cached: true, pathname: "/standard/services" });
    expect(route("/12345/public?page=2")).toEqual({ cached: false, pathname: "/standard/12345/public/more" });
  });

  it("caches 智慧生活's reference pages; slots, tickets, filters and personal pages render per request", () => {
    for (const p of ["/life/health", "/life/health/ntdxfy", "/life/tourism", "/life/community", "/life/wifi"]) {
      expect(route(p)).toEqual({ cached: true, pathname: `/standard${p}` });
    }
    expect(route("/life/wifi?district=崇川区")).toEqual({ cached: false, pathname: "/standard/life/wifi/filtered" });
    for (const p of [
      "/life/health/ntdxfy/cardio",
      "/life/health/book/12",
      "/life/health/records",
      "/life/health/records/3",
      "/life/tourism/langshan",
      "/life/card",
      "/card/abc",
      "/me/appointments",
    ]) {
      expect(route(p)?.cached).toBe(false);
    }
  });

  it("caches 智慧经济, 智慧人文 and 智慧治理 reference pages; lists with searches, forms and personal pages render per request", () => {
    for (const p of [
      "/economy/macro",
      "/economy/policies/7",
      "/economy/credit/3",
      "/culture/spaces",
      "/governance/open/12",
      "/governance/data/service-catalogue",
    ]) {
      expect(route(p)).toEqual({ cached: true, pathname: `/standard${p}` });
      expect(route(p, { elder: true, signedIn: true })).toEqual({ cached: true, pathname: `/elder${p}` });
    }
    for (const p of [
      "/economy/policies",
      "/economy/policies?q=专精特新",
      "/economy/policies/match",
      "/economy/policies/match?industryCode=C",
      "/economy/credit",
      "/economy/credit/lists?list=red",
      "/economy/cloud",
      "/economy/cloud/3",
      "/economy/jobs",
      "/economy/jobs/5",
      "/economy/jobs/resume",
      "/culture/courses",
      // a course's page shows the signed-in learner's progress
      "/culture/courses/2",
      "/culture/courses/chapters/4",
      "/culture/events",
      "/culture/events/3",
      "/culture/spaces/2",
      "/culture/library?q=红楼梦",
      "/culture/library/books/9",
      "/culture/bookings",
      "/governance/open",
      "/governance/open?kind=notice",
      "/governance/data",
      "/governance/snap",
      "/governance/points",
    ]) {
      expect(route(p)?.cached, p).toBe(false);
    }
    // pages of these sections that are not ids (…/policies/match and …/credit/lists are): the 404 page per request
    expect(route("/governance/open/abc")).toEqual({ cached: false, pathname: "/standard/not-found" });
    expect(route("/economy/policies/x1")).toEqual({ cached: false, pathname: "/standard/not-found" });
    expect(route("/economy/policies/match")).toEqual({ cached: false, pathname: "/standard/economy/policies/match" });
    expect(route("/economy/credit/lists")).toEqual({ cached: false, pathname: "/standard/economy/credit/lists" });
  });

  it("gives a signed-in person their own /12345 (the form with their contact details), never the cached one", () => {
    expect(route("/12345")).toEqual({ cached: true, pathname: "/standard/12345" });
    expect(route("/12345", { elder: true, signedIn: true })).toEqual({ cached: false, pathname: "/elder/12345/signed-in" });
    // Other public pages are the same for everyone, signed in or not.
    expect(route("/economy", { elder: false, signedIn: true })?.cached).toBe(true);
  });

  it("renders personal and unknown pages per request", () => {
    for (const p of [
      "/me",
      "/me/requests/3",
      "/login",
      "/admin/catalogue",
      "/services/1/apply",
      "/services/track",
      "/search?q=x",
      "/nope",
    ]) {
      expect(route(p)?.cached).toBe(false);
    }
    // Not an item id: the 404 page per request (no cache entry per junk URL).
    expect(route("/services/abc")).toEqual({ cached: false, pathname: "/standard/not-found" });
  });

  it("leaves route handlers and Next.js files alone", () => {
    for (const p of ["/api/trpc/x", "/api/auth/session", "/open311/v2/services.json", "/_next/data/x"]) expect(route(p)).toBeNull();
  });
});

describe("CACHED_PAGE_REWRITES", () => {
  it("sends each cached path to its elder variant when nt-elder=1, else to the standard one", async () => {
    const { CACHED_PAGE_REWRITES, CACHED_PATHS } = await import("./page-routing");
    expect(CACHED_PAGE_REWRITES).toHaveLength(CACHED_PATHS.length * 2);
    expect(CACHED_PAGE_REWRITES[0]).toEqual({ source: "/", destination: "/elder", has: [{ type: "cookie", key: "nt-elder", value: "1" }] });
    expect(CACHED_PAGE_REWRITES[1]).toEqual({ source: "/", destination: "/standard" });
    expect(
      CACHED_PAGE_REWRITES.find(
        (r) => r.source === "/:page(economy|culture|governance|transport|environment|life|accessibility|services|12345)",
      )?.destination,
    ).toBe("/elder/:page");
    expect(CACHED_PAGE_REWRITES.find((r) => r.source === "/services/:id(\\d+)")?.destination).toBe("/elder/services/:id");
  });
});

describe("proxy.ts matcher", () => {
  it("leaves out exactly the paths routePage serves from the cache (with no query that makes them per request)", async () => {
    const { config } = await import("@/proxy");
    const first = config.matcher[0];
    const runs = new RegExp(`^${typeof first === "string" ? first : first!.source}$`);
    const paths = [
      "/",
      "/economy",
      "/services/12",
      "/12345/public/3",
      "/life/health/ntdxfy",
      "/transport/lines/M1",
      "/environment/wiki/pm25",
      "/economy/macro",
      "/economy/policies/7",
      "/economy/credit/3",
      "/culture/spaces",
      "/culture/courses/2",
      "/governance/open/12",
      "/governance/data/service-catalogue",
      "/economy/policies",
      "/economy/policies/match",
      "/economy/credit/lists",
      "/economy/jobs/resume",
      "/culture/courses/chapters/4",
      "/culture/spaces/2",
      "/governance/open/abc",
      "/me",
      "/admin/articles/3",
    ];
    for (const p of paths) expect(runs.test(p), p).toBe(!route(p)?.cached);
  });
});
