import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs } from "../helpers/fixtures";
import { expectTrpcError } from "../helpers/errors";
import { pinyin } from "pinyin-pro";
import { searchIndex } from "@/server/lib/text-search";
import { buildGlobalIndex, collectDocuments } from "@/server/modules/search/service";
import { candidateIndex } from "@/server/modules/search/postings";

describe.each(BACKENDS)("global search on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("finds services, policies, articles, datasets, books and the other sections' feeds", async () => {
    const guest = await callerAs(db, "guest");
    const all = await guest.search.query({ q: "公积金", page: 1, pageSize: 50 });
    expect(all.indexed).toBeGreaterThan(1000);
    expect(all.items.some((h) => h.section === "services")).toBe(true);
    const kinds = async (q: string) => new Set((await guest.search.query({ q, page: 1, pageSize: 50 })).items.map((h) => h.kind));
    expect(await kinds("专精特新")).toContain("惠企政策");
    expect(await kinds("红黑榜")).toContain("开放数据");
    expect(await kinds("红楼梦")).toContain("图书");
    expect(await kinds("随手拍")).toContain("政务要闻");
    const sections = (await guest.search.query({ q: "南通", page: 1, pageSize: 5 })).sections.map((s) => s.section);
    expect(sections.length).toBeGreaterThan(3);
  });

  it("matches pinyin and initials and filters by section", async () => {
    const guest = await callerAs(db, "guest");
    const initials = await guest.search.query({ q: "gjj", page: 1, pageSize: 10 });
    expect(initials.items.some((h) => h.title.includes("公积金"))).toBe(true);
    const full = await guest.search.query({ q: "hongloumeng", page: 1, pageSize: 10 });
    expect(full.items.some((h) => h.title.includes("红楼梦"))).toBe(true);
    const culture = await guest.search.query({ q: "南通", section: "culture", page: 1, pageSize: 50 });
    expect(culture.items.every((h) => h.section === "culture")).toBe(true);
    await expectTrpcError(guest.search.query({ q: " ", page: 1, pageSize: 10 }), "BAD_REQUEST");
  });

  it("scores only the entries a query can match, with the same results as scoring every entry", async () => {
    const docs = await collectDocuments(db);
    const idx = buildGlobalIndex(docs);
    let state = 11;
    const rand = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const queries = [
      "gjj",
      "公积金",
      "公积金 提取",
      "提取公积金",
      "xin yong",
      "xi'an",
      "hlm",
      "GJJ",
      "南",
      "a",
      "5",
      "12345",
      "wi-fi",
      "zzzz",
      "南通 gjj",
    ];
    while (queries.length < 600) {
      const title = docs[rand(docs.length)]!.title;
      const chars = Array.from(title);
      const start = rand(Math.max(1, chars.length - 2));
      const word = chars.slice(start, start + 1 + rand(7)).join("");
      const w = Array.from(word);
      const syllables = pinyin(word, { toneType: "none", type: "array" });
      const other = Array.from(docs[rand(docs.length)]!.title).slice(0, 2).join("");
      const forms = [
        word,
        syllables.join(""),
        syllables.join(" "),
        pinyin(word, { pattern: "first", toneType: "none", type: "array" }).join(""),
        [...w].reverse().join(""),
        // scrambled: most character pairs kept (rotated), or 3 of 5 kept (the 60 % threshold)
        [...w.slice(2), ...w.slice(0, 2)].join(""),
        [...w.slice(0, 2), ...w.slice(3), ...w.slice(2, 3)].join(""),
        `${word} ${other}`,
        `${syllables[0] ?? ""} ${other}`,
      ];
      queries.push(forms[rand(forms.length)]!);
    }
    let scored = 0;
    for (const q of queries) {
      const candidates = candidateIndex(idx, idx.postings, q);
      scored += candidates.entries.length;
      const fast = searchIndex(candidates, q, { limit: 1000 });
      const full = searchIndex(idx, q, { limit: 1000 });
      expect(
        fast.map((h) => [h.payload.id, h.score, h.match]),
        q,
      ).toEqual(full.map((h) => [h.payload.id, h.score, h.match]));
    }
    // on average a query scores a small part of the index (the full scan scored all of it)
    expect(scored / queries.length).toBeLessThan(idx.entries.length / 5);
    expect(candidateIndex(idx, idx.postings, "gjj").entries.length).toBeLessThan(idx.entries.length / 10);
  });
});
