import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { DB } from "@/server/db";
import { simulateAirTick } from "@/server/modules/environment/air";
import { realtimeConfig, realtimeTick, resetRealtimeState } from "@/server/modules/transport/realtime/service";
import { transportSearchDocuments } from "@/server/modules/transport/search-feed";
import { BikesView, ParkingView } from "@/components/transport/parking-bikes";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs } from "../helpers/fixtures";
import { expectTrpcError, fieldErrorsOf } from "../helpers/errors";

/** The `transport` and `environment` routers through the caller, as each role. */
describe.each(BACKENDS)("transport and environment procedures on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  }, 180_000);
  afterAll(async () => {
    resetRealtimeState(db);
    await cleanup();
  });

  describe("transport", () => {
    it("lists lines and gives a line with its stops in both directions", async () => {
      const guest = await callerAs(db, "guest");
      const lines = await guest.transport.public.lines();
      expect(lines[0]).toMatchObject({ id: "M1", typeName: "地铁", sample: false });
      const m1 = await guest.transport.public.line({ id: "M1" });
      expect(m1.directions).toHaveLength(2);
      expect(m1.directions[0]!.stops).toHaveLength(28);
      await expectTrpcError(guest.transport.public.line({ id: "nope" }), "NOT_FOUND");
      await expectTrpcError(guest.transport.public.line({ id: "" }), "BAD_REQUEST");
    });

    it("gives a stop's next arrivals with realtime predictions once a tick has run", async () => {
      const guest = await callerAs(db, "guest");
      const at = new Date();
      const tick = await realtimeTick(db, { ...realtimeConfig({}), mode: "simulate" }, "leader", at);
      expect(tick.role).toBe("leader");
      const { arrivals } = await guest.transport.public.arrivals({ stopId: "metro-hepingqiao" });
      // Line 1 runs 06:00–22:00 China time; outside service there may be nothing to show.
      const hour = (at.getUTCHours() + 8) % 24;
      if (hour >= 6 && hour < 21) {
        expect(arrivals.length).toBeGreaterThan(0);
        expect(arrivals.some((a) => a.realtime)).toBe(true);
      }
      await expectTrpcError(guest.transport.public.arrivals({ stopId: "nope" }), "NOT_FOUND");
    });

    it("prices metro trips by age: 60–64 half fare, 65+ free, and rejects an impossible age with a field error", async () => {
      const guest = await callerAs(db, "guest");
      const adult = await guest.transport.public.metroFare({ from: "metro-pingchao", to: "metro-zhenxinglu", age: 30 });
      const senior = await guest.transport.public.metroFare({ from: "metro-pingchao", to: "metro-zhenxinglu", age: 62 });
      const old = await guest.transport.public.metroFare({ from: "metro-pingchao", to: "metro-zhenxinglu", age: 70 });
      expect(adult.payFen).toBeGreaterThanOrEqual(200);
      expect(senior.payFen).toBe(adult.payFen / 2);
      expect(old.payFen).toBe(0);
      const e = await expectTrpcError(
        guest.transport.public.metroFare({ from: "metro-pingchao", to: "metro-zhenxinglu", age: 200 }),
        "BAD_REQUEST",
      );
      expect(fieldErrorsOf(e).age?.[0]).toMatch(/年龄/);
      const rules = await guest.transport.public.metroFareRules();
      expect(rules.bands[0]).toEqual({ fromKm: 0, toKm: expect.any(Number), fareFen: 200 });
    });

    it("finds the nearest stops, lots and bike stations and lists by district", async () => {
      const guest = await callerAs(db, "guest");
      const near = await guest.transport.public.nearestStops({ lat: 32.0104, lon: 120.8613, radiusM: 3000 });
      expect(near.length).toBeGreaterThan(0);
      expect(near.map((s) => s.distanceM)).toEqual([...near.map((s) => s.distanceM)].sort((a, b) => a - b));
      expect((await guest.transport.public.parking({ district: "崇川区" })).every((l) => l.district === "崇川区")).toBe(true);
      expect((await guest.transport.public.bikes()).length).toBeGreaterThan(0);
      await expectTrpcError(guest.transport.public.nearestStops({ lat: 40, lon: 116 }), "BAD_REQUEST");
      await expectTrpcError(guest.transport.public.parking({ district: "朝阳区" as never }), "BAD_REQUEST");
    });

    it("lets only admins manage road notices, and shows the current ones to everyone", async () => {
      const admin = await callerAs(db, "admin");
      const citizen = await callerAs(db, "citizen");
      const guest = await callerAs(db, "guest");
      const notice = {
        kind: "roadworks" as const,
        title: "工农路管线施工",
        description: "工农路（青年路—人民路）雨污水管道改造，半幅通行，请绕行。",
        roads: ["工农路"],
        district: "崇川区" as const,
        severity: 2,
        startsAt: new Date(Date.now() - 3600_000),
        endsAt: new Date(Date.now() + 7 * 86_400_000),
      };
      await expectTrpcError(citizen.transport.admin.createRoadNotice(notice), "FORBIDDEN");
      await expectTrpcError(guest.transport.admin.createRoadNotice(notice), "UNAUTHORIZED");
      const created = await admin.transport.admin.createRoadNotice(notice);
      expect((await guest.transport.public.roadNotices()).current.map((n) => n.id)).toContain(created.id);
      const e = await expectTrpcError(admin.transport.admin.createRoadNotice({ ...notice, roads: [] }), "BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(e))).toContain("roads");
      const updated = await admin.transport.admin.updateRoadNotice({
        id: created.id,
        version: created.version,
        notice: { ...notice, severity: 3 },
      });
      await expectTrpcError(admin.transport.admin.updateRoadNotice({ id: created.id, version: created.version, notice }), "CONFLICT");
      // The edit form opens a notice by id (admins only); an edit without a position keeps the old one.
      await expectTrpcError(citizen.transport.admin.roadNotice({ id: created.id }), "FORBIDDEN");
      await expectTrpcError(admin.transport.admin.roadNotice({ id: 2_000_000_000 }), "NOT_FOUND");
      const placed = await admin.transport.admin.updateRoadNotice({
        id: created.id,
        version: updated.version,
        notice: { ...notice, severity: 3, lat: 32.01, lon: 120.86 },
      });
      const edited = await admin.transport.admin.updateRoadNotice({
        id: created.id,
        version: placed.version,
        notice: { ...notice, title: "工农路管线施工（延期）" },
      });
      expect(await admin.transport.admin.roadNotice({ id: created.id })).toMatchObject({
        title: "工农路管线施工（延期）",
        severity: 2,
        lat: 32.01,
        lon: 120.86,
        version: edited.version,
      });
      await admin.transport.admin.withdrawRoadNotice({ id: created.id, version: edited.version });
      expect((await guest.transport.public.roadNotices()).current.map((n) => n.id)).not.toContain(created.id);
      // A withdrawn notice cannot be edited any more.
      await expectTrpcError(admin.transport.admin.updateRoadNotice({ id: created.id, version: edited.version + 1, notice }), "CONFLICT");
    });

    it("search hits for parking lots and bike stations point at rows of the list pages", async () => {
      const guest = await callerAs(db, "guest");
      const html =
        renderToStaticMarkup(createElement(ParkingView, { lots: await guest.transport.public.parking() })) +
        renderToStaticMarkup(createElement(BikesView, { stations: await guest.transport.public.bikes() }));
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const rowAnchors = new Set([...html.matchAll(/<tr data-row-anchor="([^"]+)"/g)].map((m) => m[1]));
      const docs = (await transportSearchDocuments(db)).filter((d) => d.kind === "停车场" || d.kind === "公共自行车");
      expect(docs.filter((d) => d.kind === "停车场").length).toBeGreaterThan(5);
      expect(docs.filter((d) => d.kind === "公共自行车").length).toBeGreaterThan(5);
      for (const d of docs) {
        const [path, fragment] = d.url.split("#");
        expect(path).toBe(d.kind === "停车场" ? "/transport/parking" : "/transport/bikes");
        const id = decodeURIComponent(fragment ?? "");
        // The card (phones) has the id; the table row (wider screens) names it for the scroll script.
        expect(ids.has(id), `${d.url}: an element with id ${id}`).toBe(true);
        expect(rowAnchors.has(id), `${d.url}: a table row for ${id}`).toBe(true);
      }
      expect(html.match(/ id="lot-/g)?.length).toBe(docs.filter((d) => d.kind === "停车场").length);
    });
  });

  describe("environment", () => {
    it("gives the air overview and a station's 24 hours, computed by HJ 633", async () => {
      await simulateAirTick(db);
      const guest = await callerAs(db, "guest");
      const { city, stations } = await guest.environment.public.air();
      expect(stations.length).toBeGreaterThanOrEqual(5);
      expect(city?.aqi).toEqual(expect.any(Number));
      const code = stations[0]!.stationCode;
      const history = await guest.environment.public.station({ code });
      expect(history.points).toHaveLength(24);
      await expectTrpcError(guest.environment.public.station({ code: "nope" }), "NOT_FOUND");
    });

    it("finds 垃圾分类 items by pinyin and initials and explains an empty query", async () => {
      const guest = await callerAs(db, "guest");
      expect((await guest.environment.public.waste({ q: "dianchi" })).map((w) => w.name)).toContain("电池");
      expect((await guest.environment.public.waste({ q: "dc" }))[0]?.name).toBe("电池");
      const e = await expectTrpcError(guest.environment.public.waste({ q: "  " }), "BAD_REQUEST");
      expect(fieldErrorsOf(e).q?.[0]).toMatch(/物品名称/);
    });

    it("computes a footprint and rejects negative use with a field error", async () => {
      const guest = await callerAs(db, "guest");
      const f = await guest.environment.public.footprint({ electricityKwh: 2400, carKm: 8000 });
      expect(f.totalKg).toBeGreaterThan(1000);
      const e = await expectTrpcError(guest.environment.public.footprint({ electricityKwh: -1 }), "BAD_REQUEST");
      expect(fieldErrorsOf(e).electricityKwh?.[0]).toMatch(/负数/);
    });

    it("logs green trips for citizens only, within the daily points cap, and lists the opted-in on the leaderboard", async () => {
      const citizen = await callerAs(db, "citizen");
      const agent = await callerAs(db, "agent");
      const guest = await callerAs(db, "guest");
      await expectTrpcError(
        guest.environment.citizen.logGreenAction({ kind: "walk", distanceKm: 2, idempotencyKey: randomUUID() }),
        "UNAUTHORIZED",
      );
      await expectTrpcError(
        agent.environment.citizen.logGreenAction({ kind: "walk", distanceKm: 2, idempotencyKey: randomUUID() }),
        "FORBIDDEN",
      );
      const before = await citizen.environment.citizen.greenActions();
      let total = 0;
      for (let i = 0; i < 4; i++)
        total += (await citizen.environment.citizen.logGreenAction({ kind: "walk", distanceKm: 4, idempotencyKey: randomUUID() }))
          .pointsAwarded;
      expect(total).toBeLessThanOrEqual(20);
      const after = await citizen.environment.citizen.greenActions();
      expect(after.balance - before.balance).toBe(total);
      expect(after.actions.length).toBe(before.actions.length + 4);
      await citizen.environment.citizen.setLeaderboard({ optIn: true, displayName: "绿色出行者" });
      expect((await guest.environment.public.leaderboard()).map((r) => r.displayName)).toContain("绿色出行者");
      await citizen.environment.citizen.setLeaderboard({ optIn: false });
      expect((await guest.environment.public.leaderboard()).map((r) => r.displayName)).not.toContain("绿色出行者");
    });

    it("turns an environmental report into a 12345 request and lets admins manage 环保百科", async () => {
      const citizen = await callerAs(db, "citizen");
      const admin = await callerAs(db, "admin");
      const ticket = await citizen.environment.citizen.report({
        kind: "noise",
        description: "夜间23点后工地仍在打桩施工，噪声很大影响休息",
        district: "崇川区",
        address: "崇川区工农路57号附近工地",
        contactName: "周晓彤",
        contactPhone: "13800000001",
        idempotencyKey: randomUUID(),
      });
      expect(ticket.ticketNo).toMatch(/\d/);
      const articles = await citizen.environment.public.articles();
      expect(articles.length).toBeGreaterThanOrEqual(20);
      const full = await citizen.environment.public.article({ slug: articles[0]!.slug });
      const { id, version, title, category, summary, body, keywords, source } = full;
      await expectTrpcError(
        citizen.environment.admin.updateArticle({ id, version, article: { title, category, summary, body, keywords, source } }),
        "FORBIDDEN",
      );
      const saved = await admin.environment.admin.updateArticle({
        id,
        version,
        article: { title: `${title}（修订）`, category, summary, body, keywords, source },
      });
      expect(saved.version).toBe(version + 1);
      await expectTrpcError(
        admin.environment.admin.updateArticle({ id, version, article: { title, category, summary, body, keywords, source } }),
        "CONFLICT",
      );
    });
  });
});
