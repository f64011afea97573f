import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs } from "../helpers/fixtures";
import { expectTrpcError } from "../helpers/errors";

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
});
