import { describe, expect, it } from "vitest";
import { defineDataset, type DatasetDefinition } from "./registry";
import { DATASETS } from "./datasets";

const base: DatasetDefinition = {
  id: "x",
  title: "x",
  description: "x",
  publisher: "x",
  section: "governance",
  updateFrequency: "daily",
  licence: "cc-by-4.0",
  keywords: [],
  fields: [{ name: "id", title: "编号", type: "integer", description: "" }],
  read: async () => ({ rows: [], last: null }),
  count: async () => 0,
};

describe("dataset registry", () => {
  it("rejects ids that are not URL-safe and bad or duplicate field names", () => {
    expect(() => defineDataset({ ...base, id: "Bad Id" })).toThrow(/lower-case/);
    expect(() => defineDataset({ ...base, id: "a--b" })).toThrow();
    expect(() => defineDataset({ ...base, fields: [] })).toThrow(/no fields/);
    expect(() => defineDataset({ ...base, fields: [...base.fields, ...base.fields] })).toThrow(/duplicate/);
    expect(() => defineDataset({ ...base, fields: [{ ...base.fields[0]!, name: "1x" }] })).toThrow(/bad field/);
    expect(defineDataset({ ...base, id: "ok-2" }).id).toBe("ok-2");
  });

  it("registers the service catalogue, 12345 statistics, 红黑榜 and indicators under unique ids", () => {
    const ids = DATASETS.map((d) => d.id);
    expect(ids).toEqual(["service-catalogue", "hotline-daily-stats", "credit-red-black-lists", "economic-indicators"]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DATASETS) {
      expect(d.title).toMatch(/[\u4e00-\u9fff]/);
      expect(d.publisher).toMatch(/^南通市/);
      for (const f of d.fields) expect(f.title.length).toBeGreaterThan(0);
    }
  });
});
