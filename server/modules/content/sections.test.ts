import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, SECTIONS, getSection, searchPortal } from "./sections";

/** Routes that exist today; a link anywhere else would be a 404. */
const EXISTING_ROUTES = new Set([
  "/",
  "/economy",
  "/culture",
  "/governance",
  "/transport",
  "/environment",
  "/life",
  "/services",
  "/12345",
  "/login",
  "/register",
  "/me",
  "/accessibility",
  // 智慧交通 and 智慧环保 (issue 13)
  "/transport/lines",
  "/transport/metro",
  "/transport/parking",
  "/transport/roads",
  "/transport/bikes",
  "/environment/air",
  "/environment/water",
  "/environment/wiki",
  "/environment/waste",
  "/environment/low-carbon",
  "/environment/report",
]);

/** A page of the portal: app/[shell]/(portal)/<path>/page.tsx (or one of the fixed routes above). */
function isExistingRoute(href: string): boolean {
  if (href.startsWith("/search?q=")) return true;
  if (EXISTING_ROUTES.has(href)) return true;
  const file = path.join(process.cwd(), "app/[shell]/(portal)", href.replace(/^\//, ""), "page.tsx");
  return /^\/[a-z0-9/-]+$/.test(href) && existsSync(file);
}

describe("section registry", () => {
  it("has the six sections in the planned order", () => {
    expect(SECTIONS.map((s) => s.name)).toEqual(["智慧经济", "智慧人文", "智慧治理", "智慧交通", "智慧环保", "智慧生活"]);
    expect(SECTIONS.map((s) => s.slug)).toEqual(["economy", "culture", "governance", "transport", "environment", "life"]);
  });

  it("gives every section at least four sub-services and some facts", () => {
    for (const section of SECTIONS) {
      expect(section.subServices.length, section.name).toBeGreaterThanOrEqual(4);
      // 智慧经济, 智慧人文 and 智慧治理 show facts read from their modules' data instead
      if (!["economy", "culture", "governance"].includes(section.slug)) expect(section.facts.length, section.name).toBeGreaterThan(0);
      expect(section.summary.length).toBeGreaterThan(10);
      for (const sub of section.subServices) {
        expect(sub.summary.length, sub.name).toBeGreaterThan(10);
        expect(sub.audience.length, sub.name).toBeGreaterThan(0);
      }
    }
  });

  it("uses unique sub-service ids", () => {
    const ids = SECTIONS.flatMap((s) => s.subServices.map((sub) => sub.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links only to routes that exist", () => {
    const hrefs = SECTIONS.flatMap((s) => s.subServices.flatMap((sub) => (sub.href ? [sub.href] : [])));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(isExistingRoute(href), href).toBe(true);
    for (const section of SECTIONS) expect(isExistingRoute(`/${section.slug}`)).toBe(true);
  });

  it("reaches 一网通办 and 12345 from 智慧治理", () => {
    const governance = getSection("governance");
    expect(governance?.subServices.find((s) => s.name === "一网通办")?.href).toBe("/services");
    expect(governance?.subServices.find((s) => s.name.startsWith("12345"))?.href).toBe("/12345");
  });

  it("carries the sourced metro facts", () => {
    const text = getSection("transport")!
      .facts.map((f) => `${f.label} ${f.value}`)
      .join(" ");
    for (const fact of ["2022年11月10日", "平潮—振兴路", "39.18", "28 座", "06:00–22:00", "2 元", "65 周岁"]) {
      expect(text).toContain(fact);
    }
  });

  it("looks sections up by slug only", () => {
    expect(getSection("economy")?.brand).toBe("乐业南通");
    expect(getSection("nope")).toBeUndefined();
    expect(getSection("")).toBeUndefined();
    expect(getSection("toString")).toBeUndefined();
  });
});

describe("searchPortal", () => {
  it("finds by Chinese text", () => {
    const hits = searchPortal("信用");
    expect(hits[0]).toMatchObject({ kind: "subService", title: "信用南通", sectionSlug: "economy" });
    expect(hits[0].match).toEqual({ field: "title", start: 0, end: 2 });
  });

  it("finds by full pinyin without tones", () => {
    const hits = searchPortal("xinyong");
    expect(hits[0].title).toBe("信用南通");
    expect(hits[0].match).toEqual({ field: "title", start: 0, end: 2 });
    expect(searchPortal("gongjijin")[0].title).toBe("公积金与安居");
    expect(searchPortal("XIN YONG")[0].title).toBe("信用南通");
  });

  it("finds by pinyin initials", () => {
    expect(searchPortal("hqzc")[0].title).toBe("惠企政策");
    expect(searchPortal("ywtb")[0]).toMatchObject({ title: "一网通办", href: "/services" });
    expect(searchPortal("kqzl")[0].title).toBe("空气质量");
  });

  it("matches pinyin only from the start of a syllable", () => {
    // "an" is inside "nan" (南) but is not a syllable of it.
    expect(searchPortal("an").some((h) => h.title === "信用南通")).toBe(false);
  });

  it("finds sections by name and brand", () => {
    expect(searchPortal("智慧交通")[0]).toMatchObject({ kind: "section", title: "智慧交通 · 畅行南通", href: "/transport" });
    const byBrand = searchPortal("畅行南通")[0];
    expect(byBrand).toMatchObject({ kind: "section", href: "/transport" });
    expect(byBrand.title.slice(byBrand.match!.start, byBrand.match!.end)).toBe("畅行南通");
    const byBrandPinyin = searchPortal("changxing")[0];
    expect(byBrandPinyin.title.slice(byBrandPinyin.match!.start, byBrandPinyin.match!.end)).toBe("畅行");
    expect(searchPortal("anju").some((h) => h.sectionSlug === "life")).toBe(true);
  });

  it("finds by keywords", () => {
    expect(searchPortal("地铁")[0].title).toBe("地铁1号线");
    expect(searchPortal("社保")[0].title).toBe("市民卡");
    expect(searchPortal("空气质量")[0].title).toBe("空气质量");
    expect(searchPortal("公积金")[0].title).toBe("公积金与安居");
  });

  it("ranks exact name > prefix > contains > pinyin > summary", () => {
    // exact name beats a name that merely contains the query
    const exact = searchPortal("就业");
    expect(exact[0].title).toBe("就业");

    // name prefix ("12345 热线") ranks before mentions in summaries
    const prefix = searchPortal("12345");
    expect(prefix[0].title).toBe("12345 热线");
    expect(prefix.slice(1).every((h) => h.match?.field !== "title" || h.title.includes("12345"))).toBe(true);

    // "南通" is contained in names (信用南通) and brands; summary-only hits come after all name hits
    const contains = searchPortal("南通", 100);
    const firstSummaryOnly = contains.findIndex(
      (h) => !h.title.includes("南通") && h.kind === "subService" && h.match?.field === "summary",
    );
    const lastNameHit = contains.map((h) => h.title.includes("南通")).lastIndexOf(true);
    if (firstSummaryOnly >= 0) expect(lastNameHit).toBeLessThan(firstSummaryOnly);

    // Chinese name match outranks a summary match of the same word
    const mixed = searchPortal("停车");
    expect(mixed[0].title).toBe("停车");
    const summaryHits = mixed.filter((h) => h.match?.field === "summary");
    expect(summaryHits.length).toBeGreaterThan(0);
    expect(mixed.indexOf(summaryHits[0])).toBeGreaterThan(0);
  });

  it("ranks a name prefix above a name that only contains the query", () => {
    const hits = searchPortal("公积金");
    // "公积金与安居" starts with the query
    expect(hits[0].title).toBe("公积金与安居");
    const hits2 = searchPortal("云服务");
    expect(hits2[0].title).toBe("中小企业云服务");
  });

  it("returns nothing for an empty or whitespace query", () => {
    expect(searchPortal("")).toEqual([]);
    expect(searchPortal("   \t\n")).toEqual([]);
  });

  it("returns nothing for an unknown word", () => {
    expect(searchPortal("不存在的服务名称")).toEqual([]);
    expect(searchPortal("qqqqqq")).toEqual([]);
  });

  it("respects the limit and survives very long queries", () => {
    expect(searchPortal("南通", 3)).toHaveLength(3);
    expect(searchPortal("a".repeat(10_000))).toEqual([]);
    expect(MAX_QUERY_LENGTH).toBe(100);
  });

  it("links every hit only to existing routes", () => {
    for (const q of ["南通", "nantong", "服务", "12345", "zhihui"]) {
      for (const hit of searchPortal(q, 100)) {
        if (hit.href) expect(isExistingRoute(hit.href), hit.href).toBe(true);
      }
    }
  });
});
