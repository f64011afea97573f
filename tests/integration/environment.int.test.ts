import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { environmentAirReading, environmentAirStation, hotlineCategory, hotlineTicket } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { DEMO_INGEST_KEY } from "@/server/lib/ingest-keys";
import type { SessionUser } from "@/server/modules/account/service";
import { airLatestOpenData, cityAir, lastCompleteHour, latestAir, stationHistory, simulateAirTick } from "@/server/modules/environment/air";
import { computeIaqi } from "@/server/modules/environment/aqi";
import { airLatestResponse, ingestAirResponse } from "@/server/modules/environment/open-data";
import {
  archiveArticle,
  createArticle,
  getArticle,
  leaderboard,
  listArticles,
  listWaterSections,
  logGreenAction,
  reportEnvironmentalProblem,
  searchWaste,
  setLeaderboardOptIn,
  updateArticle,
} from "@/server/modules/environment/service";
import { environmentSearchDocuments } from "@/server/modules/environment/search-feed";
import { listMine } from "@/server/modules/hotline/citizen";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

const ORIGIN = "http://environment.test";
const ingest = (body: unknown, key: string | null = DEMO_INGEST_KEY) =>
  new Request(`${ORIGIN}/api/open/v1/ingest/air`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });

describe.each(BACKENDS)("智慧环保 services on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let admin: SessionUser;
  let citizen: SessionUser;
  let staff: SessionUser;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    admin = await demoUser(db, DEMO.admin);
    citizen = await demoUser(db, DEMO.citizen);
    staff = await demoUser(db, DEMO.staff);
  }, 180_000);
  afterAll(() => cleanup());

  describe("air quality", () => {
    it("publishes every station's latest AQI computed from concentrations (HJ 633)", async () => {
      const res = await airLatestResponse(db);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Awaited<ReturnType<typeof airLatestOpenData>>;
      expect(body.stations.map((s) => s.station).slice(0, 5)).toEqual(["虹桥", "环境教育馆", "狼山镇街道", "城中", "星湖花园"]);
      expect(body.stations.filter((s) => s.sample)).toHaveLength(2);
      for (const s of body.stations) {
        expect(Object.keys(s)).toEqual(
          expect.arrayContaining(["station", "district", "time", "concentrations", "iaqi", "aqi", "level", "primaryPollutant"]),
        );
        expect(s.aqi).toBe(Math.max(...Object.values(s.iaqi)));
        expect(s.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00:00\+08:00$/);
        // the hourly NO2 IAQI is the 1-hour table applied to the reported concentration
        expect(s.iaqi.no2).toBe(computeIaqi("no2_1h", s.concentrations!.no2)!.iaqi);
        if (s.aqi! > 50) expect(s.primaryPollutant!.length).toBeGreaterThan(0);
        else expect(s.primaryPollutant).toBeNull();
      }
      expect((await cityAir(db))?.station).toBe("南通市区");
    });

    it("gives a station's 24-hour history for the chart and the table", async () => {
      const h = await stationHistory(db, "chengzhong", { hours: 24 });
      expect(h.points).toHaveLength(24);
      expect(h.points.filter((p) => p.aqi !== null).length).toBeGreaterThanOrEqual(23);
      await expect(stationHistory(db, "nowhere")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("ingest: authenticates, validates the whole batch, keeps the last good data, and a real reading replaces a simulated one", async () => {
      const hour = lastCompleteHour(new Date());
      const reading = { station: "hongqiao", time: hour.toISOString(), so2: 9, no2: 35, pm10: 60, co: 0.6, o3: 50, pm25: 30 };
      expect((await ingestAirResponse(db, ingest({ readings: [reading] }, null))).status).toBe(401);
      expect((await ingestAirResponse(db, ingest({ readings: [reading] }, "bad-key"))).status).toBe(403);

      const bad = await ingestAirResponse(
        db,
        ingest({ readings: [reading, { ...reading, station: "mars" }, { ...reading, time: "2026-13-45", pm25: -1 }] }),
      );
      expect(bad.status).toBe(400);
      const err = (await bad.json()) as { error: { message: string; fieldErrors: Record<string, string[]> } };
      expect(err.error.message).toContain("time 须为带时区的 ISO 8601 时间");
      const [station] = await db.select().from(environmentAirStation).where(eq(environmentAirStation.code, "hongqiao"));
      const before = await db
        .select()
        .from(environmentAirReading)
        .where(and(eq(environmentAirReading.stationId, station!.id), eq(environmentAirReading.observedAt, hour)));
      expect(before[0]?.source ?? "simulator").toBe("simulator");

      const unknown = await ingestAirResponse(db, ingest({ readings: [{ ...reading, station: "mars" }] }));
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe("第1条读数有误：未知站点编码 mars");
      const offHour = await ingestAirResponse(
        db,
        ingest({ readings: [{ ...reading, time: new Date(hour.getTime() + 60_000).toISOString() }] }),
      );
      expect(offHour.status).toBe(400);

      const ok = await ingestAirResponse(db, ingest({ readings: [reading] }));
      expect(await ok.json()).toEqual({ accepted: 1 });
      const [row] = await db
        .select()
        .from(environmentAirReading)
        .where(and(eq(environmentAirReading.stationId, station!.id), eq(environmentAirReading.observedAt, hour)));
      expect(row).toMatchObject({ source: "feed", no2: 35, pm25: 30 });
      // the simulator never overwrites it
      await simulateAirTick(db);
      const [still] = await db
        .select({ source: environmentAirReading.source })
        .from(environmentAirReading)
        .where(and(eq(environmentAirReading.stationId, station!.id), eq(environmentAirReading.observedAt, hour)));
      expect(still!.source).toBe("feed");
      const hongqiao = (await latestAir(db)).find((s) => s.stationCode === "hongqiao")!;
      expect(hongqiao.concentrations).toMatchObject({ no2: 35, pm25: 30 });
    });
  });

  it("lists surface-water sections with classes I–V, labelled sample", async () => {
    const list = await listWaterSections(db);
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect([...new Set(list.map((w) => w.river))]).toEqual(expect.arrayContaining(["长江南通段", "通吕运河", "濠河", "如泰运河"]));
    expect(list.every((w) => w.sample && w.currentClass >= 1 && w.currentClass <= 6)).toBe(true);
    expect(list.find((w) => w.code === "tl-haimen")).toMatchObject({ currentClassName: "Ⅳ类", targetClassName: "Ⅲ类", meetsTarget: false });
    expect((await listWaterSections(db, { district: "如东县" })).every((w) => w.district === "如东县")).toBe(true);
  });

  describe("垃圾分类", () => {
    it.each([
      ["dc", "电池", "有害垃圾"],
      ["dianchi", "电池", "有害垃圾"],
      ["电池", "电池", "有害垃圾"],
      ["ylg", "易拉罐", "可回收物"],
      ["guopi", "果皮", "厨余垃圾"],
      ["大骨头", "大骨头", "其他垃圾"],
      ["铝罐", "易拉罐", "可回收物"],
    ])("%s finds %s → %s", async (q, name, categoryName) => {
      const hits = await searchWaste(db, q);
      const hit = hits.find((h) => h.name === name);
      expect(hit, `${q} → ${hits.map((h) => h.name).join(",")}`).toBeDefined();
      expect(hit!.categoryName).toBe(categoryName);
      if (q === "dc" || q === "dianchi") expect(hits[0]!.name).toBe("电池");
    });

    it("has over 300 items and can filter by category", async () => {
      const docs = await environmentSearchDocuments(db);
      expect(docs.filter((d) => d.kind === "垃圾分类").length).toBeGreaterThanOrEqual(300);
      const hazardous = await searchWaste(db, "电池", { category: "hazardous", limit: 50 });
      expect(hazardous.length).toBeGreaterThan(3);
      expect(hazardous.every((h) => h.category === "hazardous")).toBe(true);
      expect(await searchWaste(db, "   ")).toEqual([]);
    });
  });

  describe("环保百科", () => {
    it("has at least 20 published articles of several paragraphs each, with their source", async () => {
      const list = await listArticles(db);
      expect(list.length).toBeGreaterThanOrEqual(20);
      for (const a of list.slice(0, 20)) {
        const full = await getArticle(db, a.slug);
        expect(full.paragraphs.length, a.slug).toBeGreaterThanOrEqual(3);
        expect(full.source.length).toBeGreaterThan(1);
      }
      await expect(getArticle(db, "no-such-article")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("lets admins create, edit (versioned) and archive; nobody else", async () => {
      const input = {
        title: "测试：秋冬季雾霾防护",
        category: "空气质量",
        summary: "集成测试文章：秋冬季雾霾天气的个人防护要点。",
        body:
          "第一段：雾霾天气多发生在秋冬季静稳天气条件下，污染物不易扩散。".repeat(4) +
          "\n\n" +
          "第二段：外出佩戴合格口罩，减少户外运动时间。".repeat(4),
        keywords: ["雾霾"],
        source: "示例内容",
      };
      await expect(createArticle({ db, user: citizen }, "test-smog", input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createArticle({ db, user: admin }, "Bad Slug", input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const short = await createArticle({ db, user: admin }, "test-short", { ...input, body: "太短" }).catch((e: unknown) => e);
      expect((short as AppError).fieldErrors?.body).toEqual(["正文至少200字，请写清楚要点"]);
      const created = await createArticle({ db, user: admin }, "test-smog", input);
      await expect(createArticle({ db, user: admin }, "test-smog", input)).rejects.toMatchObject({ code: "CONFLICT" });
      const v2 = await updateArticle({ db, user: admin }, created.id, 1, { ...input, title: "测试：秋冬季雾霾防护（修订）" });
      expect(v2.version).toBe(2);
      await expect(updateArticle({ db, user: admin }, created.id, 1, input)).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await getArticle(db, "test-smog")).title).toBe("测试：秋冬季雾霾防护（修订）");
      await archiveArticle({ db, user: admin }, created.id, 2);
      await expect(getArticle(db, "test-smog")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });

  it("shows only opted-in users on the leaderboard, under the name they chose", async () => {
    const now = new Date();
    await logGreenAction({ db, user: citizen }, { kind: "metro", distanceKm: 12, idempotencyKey: randomUUID() }, now);
    expect((await leaderboard(db, { now })).length).toBe(0);
    await expect(setLeaderboardOptIn({ db, user: citizen }, true, "")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await setLeaderboardOptIn({ db, user: citizen }, true, "绿色通勤者");
    const board = await leaderboard(db, { now });
    expect(board).toHaveLength(1);
    expect(board[0]).toMatchObject({ rank: 1, displayName: "绿色通勤者" });
    expect(board[0]!.co2SavedG).toBeGreaterThan(1000);
    await setLeaderboardOptIn({ db, user: citizen }, false);
    expect(await leaderboard(db, { now })).toEqual([]);
  });

  it("turns an environmental report into a 12345 request in 环境保护 that the citizen can follow", async () => {
    const input = {
      kind: "noise" as const,
      description: "每天晚上十点以后工地仍在打桩施工，噪声很大影响休息。",
      district: "崇川区" as const,
      address: "崇川区工农路88号附近工地",
      contactName: "周晓彤",
      contactPhone: "13800000001",
      idempotencyKey: randomUUID(),
    };
    await expect(reportEnvironmentalProblem({ db, user: null }, input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const bad = await reportEnvironmentalProblem({ db, user: citizen }, { ...input, description: "吵" }).catch((e: unknown) => e);
    expect((bad as AppError).fieldErrors?.description?.[0]).toContain("至少10个字");
    await expect(reportEnvironmentalProblem({ db, user: staff }, input)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const r = await reportEnvironmentalProblem({ db, user: citizen }, input);
    expect(r.created).toBe(true);
    expect(r.ticketNo).toMatch(/^12345\d{14}$/);
    const again = await reportEnvironmentalProblem({ db, user: citizen }, input);
    expect(again).toMatchObject({ id: r.id, created: false });
    const [ticket] = await db
      .select({
        type: hotlineTicket.type,
        description: hotlineTicket.description,
        categoryCode: hotlineCategory.code,
        parentId: hotlineCategory.parentId,
      })
      .from(hotlineTicket)
      .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
      .where(eq(hotlineTicket.id, r.id));
    expect(ticket).toMatchObject({ type: "举报", categoryCode: "hb-zs" });
    const [parent] = await db.select({ name: hotlineCategory.name }).from(hotlineCategory).where(eq(hotlineCategory.id, ticket!.parentId!));
    expect(parent!.name).toBe("环境保护");
    expect(ticket!.description).toContain("【环境问题·噪声】");
    const mine = await listMine({ db }, citizen);
    expect(JSON.stringify(mine)).toContain(r.ticketNo);
  });
});
