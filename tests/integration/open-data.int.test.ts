import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, count, gt, lt, sql } from "drizzle-orm";
import { bigint, doublePrecision, pgTable, text } from "drizzle-orm/pg-core";
import { economyCreditListEntry, economyIndicatorValue, hotlineTicket } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { shanghaiDate } from "@/server/lib/working-days";
import { datasetDataResponse, getDatasetResponse, listDatasetsResponse } from "@/server/modules/open-data/http";
import { DATASETS } from "@/server/modules/open-data/datasets";
import { defineDataset, type DatasetDefinition } from "@/server/modules/open-data/registry";
import { EXPORT_BATCH_SIZE, datasetSearchDocuments, exportCsvStream, findDataset } from "@/server/modules/open-data/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";

const ORIGIN = "https://data.example";

// A way to collect garbage on demand, so heap samples measure what is live, not what awaits collection.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const BOM = [0xef, 0xbb, 0xbf];
/** The body's bytes: the UTF-8 byte-order mark (which Response.text() hides) and the text after it. */
async function bodyWithBom(res: Response): Promise<{ bom: number[]; text: string }> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)) };
}
const url = (path: string) => new URL(`${ORIGIN}/api/open/v1/datasets${path}`);
type ErrorBody = { error: { code: string; message: string; field?: string } };

/** Reads a byte stream chunk by chunk, keeping only counts (never the whole body). */
async function drain(stream: ReadableStream<Uint8Array>, onChunk?: (text: string) => void) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let lines = 0;
  let lastLine = "";
  let tail = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const chunk = decoder.decode(value, { stream: true });
    onChunk?.(chunk);
    const parts = (tail + chunk).split("\r\n");
    tail = parts.pop() ?? "";
    lines += parts.length;
    if (parts.length) lastLine = parts[parts.length - 1]!;
  }
  return { bytes, lines, lastLine, tail };
}

// A generated large table for the streaming tests (created by the test, not part of the schema).
const bigRow = pgTable("open_data_test_row", {
  id: bigint({ mode: "number" }).primaryKey(),
  name: text().notNull(),
  value: doublePrecision().notNull(),
});
const BIG_ROWS = 150_000;

function bigDataset(onRead?: (rows: number) => void): DatasetDefinition {
  return defineDataset({
    id: "test-big-table",
    title: "测试大表",
    description: "生成的测试数据",
    publisher: "南通市数据局",
    section: "governance",
    updateFrequency: "daily",
    licence: "cc-by-4.0",
    keywords: [],
    fields: [
      { name: "id", title: "编号", type: "integer", description: "" },
      { name: "name", title: "名称", type: "string", description: "" },
      { name: "value", title: "数值", type: "number", description: "" },
    ],
    async read(db, { after, offset, limit }) {
      const rows = await db
        .select({ id: bigRow.id, name: bigRow.name, value: bigRow.value })
        .from(bigRow)
        .where(typeof after === "number" ? gt(bigRow.id, after) : undefined)
        .orderBy(asc(bigRow.id))
        .limit(limit)
        .offset(after === null ? (offset ?? 0) : 0);
      onRead?.(rows.length);
      return { rows, last: rows.at(-1)?.id ?? null };
    },
    async count(db) {
      const [r] = await db.select({ n: count() }).from(bigRow);
      return r?.n ?? 0;
    },
  });
}

describe.each(BACKENDS)("数据开放 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    await db.execute(sql`create table open_data_test_row (id bigint primary key, name text not null, value double precision not null)`);
    await db.execute(
      sql`insert into open_data_test_row select g, '第' || g || '行, 含"引号"', g * 1.5 from generate_series(1, ${BIG_ROWS}::int) g`,
    );
  });
  afterAll(() => cleanup());

  describe("GET /datasets", () => {
    it("lists every registered dataset with publisher, frequency, licence, row count and links", async () => {
      const res = await listDatasetsResponse(db, url(""));
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await res.json()) as {
        total: number;
        items: {
          id: string;
          rowCount: number;
          publisher: string;
          updateFrequencyName: string;
          licence: { name: string };
          links: Record<string, string>;
        }[];
      };
      expect(body.items.map((d) => d.id)).toEqual(DATASETS.map((d) => d.id));
      const catalogue = body.items.find((d) => d.id === "service-catalogue")!;
      expect(catalogue).toMatchObject({ rowCount: 649, publisher: "南通市行政审批局", updateFrequencyName: "每周" });
      expect(catalogue.licence.name).toContain("CC BY 4.0");
      expect(catalogue.links.csv).toBe(`${ORIGIN}/api/open/v1/datasets/service-catalogue/data?format=csv`);
      for (const d of body.items) expect(d.rowCount, d.id).toBeGreaterThan(0);
    });

    it("filters by section and searches in Chinese and pinyin", async () => {
      const econ = (await (await listDatasetsResponse(db, url("?section=economy"))).json()) as { items: { id: string }[] };
      expect(econ.items.map((d) => d.id).sort()).toEqual(["credit-red-black-lists", "economic-indicators"]);
      for (const q of ["红黑榜", "hongheibang", "hhb"]) {
        const r = (await (await listDatasetsResponse(db, url(`?q=${encodeURIComponent(q)}`))).json()) as { items: { id: string }[] };
        expect(r.items[0]?.id, q).toBe("credit-red-black-lists");
      }
    });

    it("answers bad parameters with a JSON 400 naming the parameter", async () => {
      const cases: [string, string, string][] = [
        ["?foo=1", "unknown_parameter", "foo"],
        ["?q=a&q=b", "duplicate_parameter", "q"],
        ["?section=moon", "invalid_parameter", "section"],
        [`?q=${"长".repeat(101)}`, "invalid_parameter", "q"],
      ];
      for (const [qs, code, field] of cases) {
        const res = await listDatasetsResponse(db, url(qs));
        expect(res.status, qs).toBe(400);
        const body = (await res.json()) as ErrorBody;
        expect(body.error, qs).toMatchObject({ code, field });
        expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  });

  describe("GET /datasets/{id}", () => {
    it("describes a dataset: fields with Chinese titles and a preview", async () => {
      const res = await getDatasetResponse(db, "credit-red-black-lists", url("/credit-red-black-lists"));
      expect(res.status).toBe(200);
      const d = (await res.json()) as {
        fields: { name: string; title: string; type: string }[];
        preview: Record<string, unknown>[];
        sample: boolean;
        rowCount: number;
      };
      expect(d.fields.map((f) => f.name)).toContain("uscc");
      expect(d.fields.find((f) => f.name === "uscc")).toMatchObject({ title: "统一社会信用代码", type: "string" });
      expect(d.preview).toHaveLength(10);
      expect(d.sample).toBe(true);
      const [n] = await db.select({ n: count() }).from(economyCreditListEntry);
      expect(d.rowCount).toBe(n?.n);
    });

    it("is a JSON 404 for an unknown dataset, and 400 for parameters it does not take", async () => {
      for (const id of ["no-such-dataset", "../etc/passwd", "SERVICE-CATALOGUE"]) {
        const res = await getDatasetResponse(db, id, url(`/${id}`));
        expect(res.status).toBe(404);
        expect(((await res.json()) as ErrorBody).error).toMatchObject({
          code: "not_found",
          message: expect.stringContaining("找不到数据集"),
        });
      }
      const res = await getDatasetResponse(db, "service-catalogue", url("/service-catalogue?page=1"));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: "unknown_parameter", field: "page" });
    });
  });

  describe("GET /datasets/{id}/data", () => {
    const data = (id: string, qs = "") => datasetDataResponse(db, id, url(`/${id}/data${qs}`));

    it("checks format, page and pageSize strictly", async () => {
      const cases: [string, string][] = [
        ["?format=xml", "format"],
        ["?format=CSV", "format"],
        ["?page=0", "page"],
        ["?page=abc", "page"],
        ["?page=1.5", "page"],
        ["?page=-1", "page"],
        ["?page=99999999", "page"],
        ["?page=1&pageSize=0", "pageSize"],
        ["?page=1&pageSize=1001", "pageSize"],
        ["?pageSize=10", "pageSize"],
        ["?page=1&page=2", "page"],
        ["?limit=10", "limit"],
      ];
      for (const [qs, field] of cases) {
        const res = await data("service-catalogue", qs);
        expect(res.status, qs).toBe(400);
        const body = (await res.json()) as ErrorBody;
        expect(body.error.field, qs).toBe(field);
        expect(body.error.message, qs).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(((await (await data("service-catalogue", "?pageSize=10")).json()) as ErrorBody).error.message).toBe(
        "pageSize 须与 page 一起使用（不带 page 时下载全部数据）",
      );
      const missing = await data("nope", "?format=csv");
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toContain("application/json");
    });

    it("serves numbered JSON pages with a link to the next one", async () => {
      const res = await data("service-catalogue", "?format=json&page=2&pageSize=10");
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        page: number;
        pageSize: number;
        total: number;
        totalPages: number;
        items: { id: number; name: string }[];
        next: string | null;
        fields: string[];
      };
      expect(body).toMatchObject({ page: 2, pageSize: 10, total: 649, totalPages: 65 });
      expect(body.items).toHaveLength(10);
      expect(body.fields[0]).toBe("id");
      expect(body.next).toBe(`${ORIGIN}/api/open/v1/datasets/service-catalogue/data?format=json&page=3&pageSize=10`);
      const first = (await (await data("service-catalogue", "?page=1&pageSize=10")).json()) as typeof body;
      expect(first.items.at(-1)!.id).toBeLessThan(body.items[0]!.id);
      const last = (await (await data("service-catalogue", "?page=65&pageSize=10")).json()) as typeof body;
      expect(last.items).toHaveLength(9);
      expect(last.next).toBeNull();
      const beyond = (await (await data("service-catalogue", "?page=66&pageSize=10")).json()) as typeof body;
      expect(beyond.items).toEqual([]);
      const dflt = (await (await data("service-catalogue", "?page=1")).json()) as typeof body;
      expect(dflt.pageSize).toBe(100);
    });

    it("serves a page as CSV", async () => {
      const res = await data("credit-red-black-lists", "?format=csv&page=1&pageSize=5");
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="credit-red-black-lists-page-1.csv"');
      const { bom, text } = await bodyWithBom(res);
      expect(bom).toEqual(BOM);
      const lines = text.split("\r\n").filter(Boolean);
      expect(lines).toHaveLength(6);
      expect(lines[0]).toBe("编号,榜单,类别,主体名称,统一社会信用代码,认定事由,认定文号,发布部门,发布日期,有效期至,示例数据");
    });

    it("downloads the whole service catalogue as CSV (BOM, Chinese header, one line per item) and as one JSON document", async () => {
      const csv = await data("service-catalogue", "?format=csv");
      expect(csv.headers.get("content-disposition")).toBe('attachment; filename="service-catalogue.csv"');
      const { bom, text } = await bodyWithBom(csv);
      expect(bom).toEqual(BOM);
      expect(
        text.startsWith(
          "事项ID,事项编码,事项名称,板块,承办部门,服务对象,主题,事项类型,法定办结时限,承诺办结时限,到现场次数,全程网办,更新时间\r\n",
        ),
      ).toBe(true);
      expect(text.split("\r\n").filter(Boolean)).toHaveLength(650);
      const json = await data("service-catalogue");
      expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const doc = JSON.parse(await json.text()) as { dataset: string; fields: string[]; items: { id: number; online: boolean }[] };
      expect(doc.dataset).toBe("service-catalogue");
      expect(doc.items).toHaveLength(649);
      expect(new Set(doc.items.map((i) => i.id)).size).toBe(649);
      expect(typeof doc.items[0]!.online).toBe("boolean");
    });

    it("publishes 12345 statistics for complete days that add up to the tickets received before today", async () => {
      const doc = JSON.parse(await (await data("hotline-daily-stats")).text()) as {
        items: { day: string; received: number; satisfactionRate: number | null }[];
      };
      const today = shanghaiDate(new Date());
      expect(doc.items.length).toBeGreaterThan(0);
      expect(doc.items.every((r) => r.day < today)).toBe(true);
      const [tickets] = await db
        .select({ n: count() })
        .from(hotlineTicket)
        .where(lt(hotlineTicket.createdAt, new Date(`${today}T00:00:00+08:00`)));
      expect(doc.items.reduce((s, r) => s + r.received, 0)).toBe(tickets?.n);
      for (const r of doc.items) if (r.satisfactionRate !== null) expect(r.satisfactionRate).toBeLessThanOrEqual(100);
    });

    it("walks a composite key in small batches without losing or repeating rows", async () => {
      const d = findDataset("economic-indicators");
      const seen: string[] = [];
      await drain(exportCsvStream(db, d, { batchSize: 7 }), (chunk) => {
        for (const line of chunk.split("\r\n")) if (/^[a-z_]+,/.test(line)) seen.push(line.split(",").slice(0, 4).join(","));
      });
      const [n] = await db.select({ n: count() }).from(economyIndicatorValue);
      expect(seen).toHaveLength(n!.n);
      expect(new Set(seen).size).toBe(seen.length);
    });
  });

  describe("streaming a large table", () => {
    it(`exports ${BIG_ROWS.toLocaleString("en-US")} rows as CSV through the API, every row once, in order`, async () => {
      const res = await datasetDataResponse(db, "test-big-table", url("/test-big-table/data?format=csv"), ORIGIN, [bigDataset()]);
      expect(res.status).toBe(200);
      const { lines, lastLine, tail } = await drain(res.body!);
      expect(tail).toBe("");
      expect(lines).toBe(BIG_ROWS + 1);
      expect(lastLine).toBe(`${BIG_ROWS},"第${BIG_ROWS}行, 含""引号""",${BIG_ROWS * 1.5}`);
    });

    it("reads at most one batch ahead of a slow client, and stops reading when the client goes away", async () => {
      let fetched = 0;
      const stream = exportCsvStream(
        db,
        bigDataset((n) => (fetched += n)),
      );
      const reader = stream.getReader();
      let consumedRows = 0;
      for (let i = 0; i < 20; i++) {
        const { value, done } = await reader.read();
        expect(done).toBe(false);
        consumedRows += i === 0 ? 0 : EXPORT_BATCH_SIZE; // the first chunk is the header
        expect(value!.byteLength).toBeGreaterThan(0);
        await new Promise((r) => setTimeout(r, 5)); // a slow client: the stream must not race ahead
        expect(fetched - consumedRows).toBeLessThanOrEqual(2 * EXPORT_BATCH_SIZE);
      }
      await reader.cancel();
      const atCancel = fetched;
      await new Promise((r) => setTimeout(r, 100));
      expect(fetched).toBe(atCancel);
      expect(fetched).toBeLessThan(BIG_ROWS / 5);
    });

    it("keeps the live heap flat while streaming the whole table (unlike holding the rows)", async () => {
      gc();
      const before = process.memoryUsage().heapUsed;
      let peakLive = 0;
      let chunks = 0;
      const { bytes } = await drain(exportCsvStream(db, bigDataset()), () => {
        if (++chunks % 30 === 0) {
          gc();
          peakLive = Math.max(peakLive, process.memoryUsage().heapUsed - before);
        }
      });
      // For comparison: what holding every row at once costs.
      gc();
      const base = process.memoryUsage().heapUsed;
      const all = await bigDataset().read(db, { after: null, limit: BIG_ROWS });
      gc();
      const buffered = process.memoryUsage().heapUsed - base;
      expect(all.rows).toHaveLength(BIG_ROWS);
      expect(bytes).toBeGreaterThan(5_000_000);
      expect(buffered).toBeGreaterThan(bytes);
      expect(peakLive).toBeLessThan(Math.max(4_000_000, buffered / 10));
    });
  });

  it("gives the global search one document per dataset", () => {
    const docs = datasetSearchDocuments();
    expect(docs.map((d) => d.url)).toContain("/governance/data/service-catalogue");
    expect(docs.every((d) => d.kind === "openData.dataset" && d.title.length > 0)).toBe(true);
  });
});
