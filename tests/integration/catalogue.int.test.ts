import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { searchCatalogue, getCatalogueItem } from "@/server/modules/catalogue/service";
import { getServiceResponse, listServicesResponse } from "@/server/modules/catalogue/open-api";
import { ZCatalogueQuery } from "@/server/modules/catalogue/validation";
import { openApiDocument } from "@/server/modules/catalogue/openapi-doc";
import type { DB } from "@/server/db";

const q = (input: Record<string, unknown>) => ZCatalogueQuery.parse({ page: 1, pageSize: 20, ...input });

describe.each(BACKENDS)("catalogue on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  describe("search relevance", () => {
    it("seeds all 649 items over the six sections", async () => {
      const all = await searchCatalogue(db, q({ pageSize: 100 }));
      expect(all.total).toBe(649);
      expect(Object.keys(all.facets.sections).sort()).toEqual(["culture", "economy", "environment", "governance", "life", "transport"]);
    });

    it("finds 社保查询 by its initials sbcx, first", async () => {
      const r = await searchCatalogue(db, q({ q: "sbcx" }));
      expect(r.items[0]?.name).toContain("社会保险参保缴费记录查询");
    });

    it("finds 公积金 items by gjj, with the pinyin match highlighted", async () => {
      const r = await searchCatalogue(db, q({ q: "gjj" }));
      expect(r.total).toBeGreaterThanOrEqual(3);
      const top = r.items.slice(0, 3);
      for (const item of top) expect(item.name).toContain("公积金");
      const m = top[0]!.match;
      expect(m?.field).toBe("title");
      expect(top[0]!.name.slice(m!.start, m!.end)).toBe("公积金");
    });

    it("ranks an exact or prefix name match above summary matches", async () => {
      const r = await searchCatalogue(db, q({ q: "居住证" }));
      expect(r.items[0]?.name.startsWith("居住证") || r.items[0]?.name.includes("居住证")).toBe(true);
      const firstSummaryOnly = r.items.findIndex((i) => !i.name.includes("居住证"));
      const lastNameHit = r.items.map((i) => i.name.includes("居住证")).lastIndexOf(true);
      if (firstSummaryOnly >= 0) expect(firstSummaryOnly).toBeGreaterThan(lastNameHit);
    });

    it("matches full pinyin and several words", async () => {
      expect((await searchCatalogue(db, q({ q: "hunyindengji" }))).items[0]?.name).toContain("婚姻登记");
      const words = await searchCatalogue(db, q({ q: "公积金 提取" }));
      expect(words.total).toBeGreaterThan(0);
      for (const i of words.items) expect(i.name + i.summary).toMatch(/公积金/);
      const scrambled = await searchCatalogue(db, q({ q: "提取公积金" }));
      expect(scrambled.items.some((i) => i.name.includes("公积金提取") || i.name.includes("住房公积金提取"))).toBe(true);
    });

    it("filters by section, audience and 全程网办", async () => {
      const r = await searchCatalogue(db, q({ section: "transport", audience: "enterprise", online: true, pageSize: 100 }));
      expect(r.total).toBeGreaterThan(0);
      for (const i of r.items) {
        expect(i.section).toBe("transport");
        expect(i.audience).toBe("enterprise");
        expect(i.online).toBe(true);
      }
    });

    it("suggests alternatives when nothing matches", async () => {
      const r = await searchCatalogue(db, q({ q: "火星移民许可" }));
      expect(r.total).toBe(0);
      expect(r.suggestions.length).toBeGreaterThan(0);
      const none = await searchCatalogue(db, q({ q: "zzzzqqq" }));
      expect(none.total).toBe(0);
      expect(none.suggestions.length).toBeGreaterThan(0);
    });
  });

  describe("item guide", () => {
    it("has every guide field", async () => {
      const r = await searchCatalogue(db, q({ q: "sbcx" }));
      const item = await getCatalogueItem(db, r.items[0]!.id);
      expect(item.conditions.length).toBeGreaterThan(0);
      expect(item.materials.length).toBeGreaterThan(0);
      expect(item.steps.length).toBeGreaterThan(0);
      expect(item.legalBasis.length).toBeGreaterThan(0);
      expect(item.promisedDays).toBeLessThanOrEqual(item.legalDays);
      expect(item.online).toBe(true);
      expect(item.form?.length).toBeGreaterThan(0);
    });
  });

  describe("open API", () => {
    const get = async (qs: string) => {
      const res = await listServicesResponse(db, new URL(`http://localhost/api/open/v1/services${qs}`));
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    it("lists with the documented keys and paging", async () => {
      const { status, body } = await get("?q=gjj&pageSize=2&page=1");
      expect(status).toBe(200);
      expect(body).toMatchObject({ page: 1, pageSize: 2 });
      const items = body.items as Record<string, unknown>[];
      expect(items).toHaveLength(2);
      expect(Object.keys(items[0]!).sort()).toEqual([
        "audience",
        "code",
        "department",
        "id",
        "name",
        "online",
        "section",
        "timeLimitDays",
        "url",
      ]);
      expect(String(items[0]!.url)).toMatch(/^http:\/\/localhost\/services\/\d+$/);
    });

    it("filters by section and department code", async () => {
      const { body } = await get("?section=life&department=gjj&pageSize=100");
      const items = body.items as { section: string; department: string }[];
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) {
        expect(i.section).toBe("life");
        expect(i.department).toBe("南通市住房公积金管理中心");
      }
    });

    it.each([
      ["?pageSize=101", "pageSize"],
      ["?pageSize=0", "pageSize"],
      ["?page=abc", "page"],
      ["?section=moon", "section"],
      ["?audience=alien", "audience"],
      ["?department=%27%20or%201%3D1--", "department"],
      ["?foo=1", "foo"],
      ["?page=1&page=2", "page"],
    ])("answers %s with a 400 JSON error naming %s", async (qs, field) => {
      const { status, body } = await get(qs);
      expect(status).toBe(400);
      expect((body.error as { field?: string; message: string }).field).toBe(field);
      expect((body.error as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
    });

    it("returns the full guide, and 404 for unknown or malformed ids", async () => {
      const { body } = await get("?q=sbcx&pageSize=1");
      const id = (body.items as { id: number }[])[0]!.id;
      const ok = await getServiceResponse(db, String(id), "http://localhost");
      expect(ok.status).toBe(200);
      const guide = (await ok.json()) as Record<string, unknown>;
      for (const k of ["department", "conditions", "materials", "steps", "fees", "legalBasis", "timeLimit", "visits", "phone", "online"])
        expect(guide).toHaveProperty(k);
      for (const bad of ["999999", "abc", "1.5", "-1", "99999999999999999999"]) {
        const res = await getServiceResponse(db, bad, "http://localhost");
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { message: string } }).error.message).toBeTruthy();
      }
    });

    it("publishes an OpenAPI 3.1 document describing the service endpoints (and the open-data ones)", () => {
      expect(openApiDocument.openapi).toBe("3.1.0");
      expect(Object.keys(openApiDocument.paths)).toEqual([
        "/services",
        "/services/{id}",
        "/datasets",
        "/datasets/{id}",
        "/datasets/{id}/data",
      ]);
      const params = openApiDocument.paths["/services"].get.parameters.map((p) => p.name);
      expect(params).toEqual(["q", "section", "department", "audience", "page", "pageSize"]);
    });
  });
});
