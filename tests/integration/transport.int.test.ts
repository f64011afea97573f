import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import GtfsRealtimeBindings from "gtfs-realtime-bindings";
import { auditLog, transportParkingLot, transportRealtimeSnapshot, transportStopTime } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { createIngestKey, DEMO_INGEST_KEY, revokeIngestKey } from "@/server/lib/ingest-keys";
import type { SessionUser } from "@/server/modules/account/service";
import { buildGtfsFiles } from "@/drizzle/seed/gtfs/build";
import { buildGtfsTexts, importGtfs, parseCsv } from "@/server/modules/transport/gtfs";
import { ensureGtfsImported, readGtfsDir } from "@/server/modules/transport/gtfs-files";
import {
  gtfsRealtimeResponse,
  gtfsZipResponse,
  ingestGtfsRtResponse,
  ingestParkingResponse,
  parkingResponse,
} from "@/server/modules/transport/open-data";
import { encodeTripUpdates } from "@/server/modules/transport/realtime/feed";
import { forgetSchedule } from "@/server/modules/transport/realtime/schedule";
import {
  ingestPushedFeed,
  arrivalsAtStop,
  realtimeConfig,
  realtimeTick,
  resetRealtimeState,
  liveVehicles,
} from "@/server/modules/transport/realtime/service";
import {
  createRoadNotice,
  currentRoadNotices,
  getLine,
  getStop,
  listLines,
  listRoadNoticesForAdmin,
  metroFareBetween,
  metroFaresFrom,
  nearestBikeStations,
  nearestParking,
  nearestStops,
  simulateParkingTick,
  updateRoadNotice,
  withdrawRoadNotice,
} from "@/server/modules/transport/service";
import { transportSearchDocuments } from "@/server/modules/transport/search-feed";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

const { transit_realtime: rt } = GtfsRealtimeBindings;
const ORIGIN = "http://transport.test";

function ingestRequest(body: unknown, key: string | null, contentType = "application/json") {
  const headers: Record<string, string> = { "content-type": contentType };
  if (key) headers.authorization = `Bearer ${key}`;
  return new Request(`${ORIGIN}/api/open/v1/ingest/parking`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe.each(BACKENDS)("智慧交通 services on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let admin: SessionUser;
  let citizen: SessionUser;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    admin = await demoUser(db, DEMO.admin);
    citizen = await demoUser(db, DEMO.citizen);
  }, 180_000);
  afterAll(async () => {
    resetRealtimeState(db);
    await cleanup();
  });

  describe("GTFS static", () => {
    it("imports the repository feed once per version", async () => {
      expect(await ensureGtfsImported(db)).toEqual({ imported: false, version: "2026.1" });
      const lines = await listLines(db);
      expect(lines.map((l) => l.id).slice(0, 2)).toEqual(["M1", "M2"]);
      expect(lines.filter((l) => l.routeType === 3).every((l) => l.sample)).toBe(true);
      expect(lines.filter((l) => l.routeType === 1).some((l) => l.sample)).toBe(false);
    });

    it("gives Line 1 its 28 stations from 平潮 to 振兴路, 06:00–22:00, about 66 minutes", async () => {
      const line = await getLine(db, "M1");
      const towards = line.directions.find((d) => d.headsign === "振兴路")!;
      expect(towards.stops).toHaveLength(28);
      expect([towards.stops[0]!.name, towards.stops[27]!.name]).toEqual(["平潮", "振兴路"]);
      expect([towards.firstDeparture, towards.lastDeparture]).toEqual(["06:00", "22:00"]);
      expect(towards.runMinutes).toBeGreaterThanOrEqual(64);
      expect(towards.runMinutes).toBeLessThanOrEqual(67);
      expect(towards.lengthKm).toBeCloseTo(39.2, 1);
      await expect(getLine(db, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("knows which lines call at an interchange", async () => {
      const stop = await getStop(db, "metro-hepingqiao");
      expect(stop.name).toBe("和平桥");
      expect(stop.routes.map((r) => r.id)).toEqual(["M1", "M2"]);
    });

    it("round-trips through gtfs.zip: the archive holds the same feed as the repository files", async () => {
      const res = await gtfsZipResponse(db, new Request(`${ORIGIN}/api/open/v1/gtfs.zip`));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/zip");
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const source = buildGtfsFiles();
      for (const name of [
        "agency.txt",
        "routes.txt",
        "stops.txt",
        "trips.txt",
        "stop_times.txt",
        "shapes.txt",
        "fare_rules.txt",
        "calendar.txt",
      ] as const) {
        expect(files[name], name).toBeDefined();
        const rows = parseCsv(strFromU8(files[name]!));
        expect(rows.length, name).toBe(parseCsv(source[name]).length);
      }
      const stopTimes = parseCsv(strFromU8(files["stop_times.txt"]!));
      expect(stopTimes.find((r) => r.trip_id === "M1-0-0600" && r.stop_sequence === "28")).toMatchObject({
        arrival_time: "07:05:15",
        stop_id: "metro-zhenxinglu",
      });
      const again = await gtfsZipResponse(
        db,
        new Request(`${ORIGIN}/api/open/v1/gtfs.zip`, { headers: { "if-none-match": res.headers.get("etag")! } }),
      );
      expect(again.status).toBe(304);
    });

    it("refuses a malformed feed and keeps the loaded one", async () => {
      const files = readGtfsDir();
      await expect(
        importGtfs(db, {
          ...files,
          "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\r\nM1-0-0600,7:5,7:5,metro-pingchao,1\r\n",
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(importGtfs(db, { "agency.txt": files["agency.txt"] })).rejects.toThrow(/缺少 stops.txt/);
      const kept = await db
        .select({ tripId: transportStopTime.tripId })
        .from(transportStopTime)
        .where(eq(transportStopTime.tripId, "M1-0-0600"));
      expect(kept).toHaveLength(28);
      expect((await buildGtfsTexts(db))["trips.txt"]).toContain("M1-0-0600");
    });
  });

  describe("nearest and fares", () => {
    it("finds the nearest stops, metro first near a station, nearest first", async () => {
      const near = await nearestStops(db, { lat: 32.0162, lon: 120.8595, radiusM: 600 });
      expect(near[0]).toMatchObject({ id: "metro-hepingqiao", name: "和平桥" });
      expect(near[0]!.distanceM).toBeLessThan(5);
      const d = near.map((s) => s.distanceM);
      expect([...d].sort((a, b) => a - b)).toEqual(d);
      expect(d.every((x) => x <= 600)).toBe(true);
      await expect(nearestStops(db, { lat: 39.9, lon: 116.4 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: "位置不在南通范围内",
      });
    });

    it("prices metro trips by network distance and age", async () => {
      const whole = await metroFareBetween(db, "metro-pingchao", "metro-zhenxinglu");
      expect(whole.baseFen).toBe(700);
      expect((await metroFareBetween(db, "metro-pingchao", "metro-zhenxinglu", { age: 62 })).payFen).toBe(350);
      expect((await metroFareBetween(db, "metro-pingchao", "metro-zhenxinglu", { age: 70 })).payFen).toBe(0);
      expect((await metroFareBetween(db, "metro-wenfeng", "metro-cishanbowuguan")).payFen).toBe(200);
      // across lines, through an interchange
      const cross = await metroFareBetween(db, "metro-xingfu", "metro-zhenxinglu");
      expect(cross.distanceM).toBeGreaterThan(20_000);
      await expect(metroFareBetween(db, "metro-pingchao", "bus-nantongbowuyuan")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(metroFareBetween(db, "metro-pingchao", "metro-wenfeng", { age: -3 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const table = await metroFaresFrom(db, "metro-wenfeng");
      expect(table).toHaveLength(42); // 43 distinct stations less the origin
      expect(table.every((r) => r.senior60Fen * 2 === r.adultFen && r.senior65Fen === 0)).toBe(true);
    });
  });

  describe("parking", () => {
    it("lists lots with live free spaces and finds the nearest", async () => {
      const near = await nearestParking(db, { lat: 32.0112, lon: 120.8625, radiusM: 2000 });
      expect(near[0]!.code).toBe("P-CC-001");
      expect(near[0]!.live).toBe(true);
      expect(near[0]!.freeSpaces).toBeGreaterThanOrEqual(0);
      expect(near[0]!.freeSpaces).toBeLessThanOrEqual(near[0]!.capacity);
      const res = await parkingResponse(db, new URL(`${ORIGIN}/api/open/v1/parking?district=海门区`));
      const body = (await res.json()) as { lots: { district: string; sample: boolean }[] };
      expect(body.lots.length).toBe(3);
      expect(body.lots.every((l) => l.district === "海门区" && l.sample)).toBe(true);
      const bad = await parkingResponse(db, new URL(`${ORIGIN}/api/open/v1/parking?district=上海`));
      expect(bad.status).toBe(400);
    });

    it("ingest: rejects a missing, unknown or revoked key", async () => {
      const body = { lots: [{ code: "P-CC-001", freeSpaces: 10, observedAt: new Date().toISOString() }] };
      const none = await ingestParkingResponse(db, ingestRequest(body, null));
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { message: string } }).error.message).toContain("缺少 API key");
      expect((await ingestParkingResponse(db, ingestRequest(body, "not-a-key"))).status).toBe(403);
      const k = await createIngestKey(db, "测试停车数据源", ["air"]);
      const wrongScope = await ingestParkingResponse(db, ingestRequest(body, k.key));
      expect(wrongScope.status).toBe(403);
      const p = await createIngestKey(db, "测试停车数据源2", ["parking"]);
      await revokeIngestKey(db, p.id);
      expect((await ingestParkingResponse(db, ingestRequest(body, p.key))).status).toBe(403);
    });

    it("ingest: rejects malformed data with every problem listed and keeps the last good data", async () => {
      const at = new Date(Date.now() - 60_000);
      const good = await ingestParkingResponse(
        db,
        ingestRequest({ lots: [{ code: "P-CC-005", freeSpaces: 42, observedAt: at.toISOString() }] }, DEMO_INGEST_KEY),
      );
      expect(good.status).toBe(200);
      expect(await good.json()).toEqual({ accepted: 1, updated: 1, ignoredAsOlder: 0 });

      const bad = await ingestParkingResponse(
        db,
        ingestRequest(
          {
            lots: [
              { code: "P-CC-005", freeSpaces: 7, observedAt: new Date().toISOString() },
              { code: "P-CC-005", freeSpaces: 9999, observedAt: new Date().toISOString() },
              { code: "P-NOPE", freeSpaces: 1, observedAt: new Date().toISOString() },
            ],
          },
          DEMO_INGEST_KEY,
        ),
      );
      expect(bad.status).toBe(400);
      const err = (await bad.json()) as { error: { message: string; fieldErrors: Record<string, string[]> } };
      expect(err.error.message).toBe("第2个停车场数据有误：freeSpaces 9999 超过该停车场的泊位总数 150");
      expect(Object.keys(err.error.fieldErrors)).toEqual(["lots.1", "lots.2"]);
      expect((await ingestParkingResponse(db, ingestRequest("{not json", DEMO_INGEST_KEY))).status).toBe(400);
      expect((await ingestParkingResponse(db, ingestRequest({ lots: [] }, DEMO_INGEST_KEY))).status).toBe(400);
      expect(
        (
          await ingestParkingResponse(
            db,
            ingestRequest({ lots: [{ code: "P-CC-005", freeSpaces: -1, observedAt: "yesterday" }] }, DEMO_INGEST_KEY),
          )
        ).status,
      ).toBe(400);
      expect((await ingestParkingResponse(db, ingestRequest("lots=1", DEMO_INGEST_KEY, "application/x-www-form-urlencoded"))).status).toBe(
        400,
      );

      // an older reading does not replace a newer one, and the simulator leaves fresh feed readings alone
      const older = await ingestParkingResponse(
        db,
        ingestRequest(
          { lots: [{ code: "P-CC-005", freeSpaces: 3, observedAt: new Date(at.getTime() - 600_000).toISOString() }] },
          DEMO_INGEST_KEY,
        ),
      );
      expect(await older.json()).toEqual({ accepted: 1, updated: 0, ignoredAsOlder: 1 });
      await simulateParkingTick(db);
      const [lot] = await db.select().from(transportParkingLot).where(eq(transportParkingLot.code, "P-CC-005"));
      expect(lot).toMatchObject({ freeSpaces: 42, freeSource: "feed" });
    });
  });

  it("finds the nearest bike stations with bikes and free docks", async () => {
    const near = await nearestBikeStations(db, { lat: 32.0165, lon: 120.86, radiusM: 1000 });
    expect(near[0]!.code).toBe("B-001");
    for (const s of near) expect(s.bikes + s.freeDocks).toBe(s.docks);
  });

  describe("路况", () => {
    it("shows notices in force, and only admins manage them (audited, versioned)", async () => {
      const now = new Date();
      const current = await currentRoadNotices(db, { now });
      expect(current.length).toBeGreaterThanOrEqual(3);
      expect(current.every((n) => n.startsAt <= now && (!n.endsAt || n.endsAt > now))).toBe(true);
      expect(current.map((n) => n.severity)).toEqual([...current.map((n) => n.severity)].sort((a, b) => b - a));

      const input = {
        kind: "roadworks" as const,
        title: "测试：濠西路管线施工",
        description: "集成测试：占用一条车道，请绕行。",
        roads: ["濠西路"],
        district: "崇川区" as const,
        severity: 2,
        startsAt: new Date(now.getTime() - 60_000),
        endsAt: new Date(now.getTime() + 86_400_000),
      };
      await expect(createRoadNotice({ db, user: citizen }, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createRoadNotice({ db, user: null }, input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      for (const [bad, field, message] of [
        [{ roads: [] }, "roads", "请至少填写一条受影响的道路"],
        [{ endsAt: new Date(now.getTime() - 3_600_000) }, "endsAt", "结束时间须晚于开始时间"],
        [{ district: "上海市" }, "district", "请选择区县：崇川区、通州区、海门区、如皋市、启东市、海安市或如东县"],
      ] as const) {
        const e = await createRoadNotice({ db, user: admin }, { ...input, ...bad } as typeof input).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).fieldErrors?.[field]).toEqual([message]);
      }
      const created = await createRoadNotice({ db, user: admin, ip: "10.1.1.1" }, input);
      expect((await currentRoadNotices(db)).some((n) => n.id === created.id)).toBe(true);
      const updated = await updateRoadNotice({ db, user: admin }, created.id, created.version, { ...input, severity: 3 });
      expect(updated.version).toBe(created.version + 1);
      await expect(updateRoadNotice({ db, user: admin }, created.id, created.version, input)).rejects.toMatchObject({ code: "CONFLICT" });
      await withdrawRoadNotice({ db, user: admin }, created.id, updated.version);
      expect((await currentRoadNotices(db)).some((n) => n.id === created.id)).toBe(false);
      expect((await listRoadNoticesForAdmin({ db, user: admin })).find((n) => n.id === created.id)?.withdrawnAt).not.toBeNull();
      const audits = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.targetId, String(created.id)));
      expect(audits.map((a) => a.action).filter((a) => a.startsWith("transport."))).toEqual(
        expect.arrayContaining(["transport.road_notice.create", "transport.road_notice.update", "transport.road_notice.withdraw"]),
      );
    });
  });

  describe("GTFS-realtime", () => {
    const morning = new Date("2026-12-02T08:05:00+08:00");
    const config = { ...realtimeConfig({}), seed: 7 };

    it("the leader builds the feeds once per tick and publishes them; a follower reads what was published", async () => {
      forgetSchedule(db);
      resetRealtimeState(db);
      const led = await realtimeTick(db, config, "leader", morning);
      expect(led.role).toBe("leader");
      const vehicles = led.snapshot!.vehicles;
      expect(vehicles.length).toBeGreaterThan(40);
      const [row] = await db.select().from(transportRealtimeSnapshot).where(eq(transportRealtimeSnapshot.id, "current"));
      expect(row!.generatedAt.getTime()).toBe(morning.getTime());
      resetRealtimeState(db);
      const followed = await realtimeTick(db, config, "follower", new Date(morning.getTime() + 1000));
      expect(followed.role).toBe("follower");
      expect(followed.snapshot!.vehicles).toEqual(vehicles);
    });

    it("serves both feeds as protobuf that the reference bindings decode, and as JSON", async () => {
      const tu = await gtfsRealtimeResponse(db, "trip-updates", new URL(`${ORIGIN}/api/open/v1/gtfs-rt/trip-updates`));
      expect(tu.headers.get("content-type")).toBe("application/x-protobuf");
      const msg = rt.FeedMessage.decode(new Uint8Array(await tu.arrayBuffer()));
      expect(msg.entity.length).toBeGreaterThan(40);
      expect(msg.entity[0]!.tripUpdate!.stopTimeUpdate!.length).toBeGreaterThan(0);
      const vp = await gtfsRealtimeResponse(
        db,
        "vehicle-positions",
        new URL(`${ORIGIN}/api/open/v1/gtfs-rt/vehicle-positions?format=json`),
      );
      const json = (await vp.json()) as {
        header: { gtfsRealtimeVersion: string };
        entity: { vehicle: { position: { latitude: number } } }[];
      };
      expect(json.header.gtfsRealtimeVersion).toBe("2.0");
      expect(json.entity[0]!.vehicle.position.latitude).toBeGreaterThan(31);
      const bad = await gtfsRealtimeResponse(db, "trip-updates", new URL(`${ORIGIN}/api/open/v1/gtfs-rt/trip-updates?format=xml`));
      expect(bad.status).toBe(400);
      const line2 = await liveVehicles(db, "M2");
      expect(line2.vehicles.length).toBeGreaterThan(5);
      expect(line2.vehicles.every((v) => v.routeId === "M2")).toBe(true);
    });

    it("predicts arrivals at a stop from the realtime feed", async () => {
      const list = await arrivalsAtStop(db, "metro-wenfeng", { now: morning, limit: 6 });
      expect(list).toHaveLength(6);
      expect(list.some((a) => a.realtime)).toBe(true);
      expect(list.every((a) => (a.predicted ?? a.scheduled).getTime() >= morning.getTime() - 30_000)).toBe(true);
      await expect(arrivalsAtStop(db, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("takes a pushed GTFS-rt feed with a gtfs-rt key, refuses bad ones with clear 4xx and keeps the last good one", async () => {
      resetRealtimeState(db);
      const at = new Date("2026-12-02T09:00:00+08:00");
      const sim = (await realtimeTick(db, config, "leader", at)).snapshot!;
      resetRealtimeState(db);
      const push = (body: Uint8Array | string, key: string | null, kind: "trip-updates" | "vehicle-positions" = "trip-updates") =>
        ingestGtfsRtResponse(
          db,
          kind,
          new Request(`${ORIGIN}/api/open/v1/ingest/gtfs-rt/${kind}`, {
            method: "POST",
            headers: { "content-type": "application/x-protobuf", ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: typeof body === "string" ? body : Buffer.from(body),
          }),
        );
      const later = new Date(at.getTime() + 30_000);
      expect((await push(sim.tripUpdates, null)).status).toBe(401);
      const parkingOnly = await createIngestKey(db, "只能报停车", ["parking"]);
      expect((await push(sim.tripUpdates, parkingOnly.key)).status).toBe(403);
      const garbage = await push("<html>502</html>", DEMO_INGEST_KEY);
      expect(garbage.status).toBe(400);
      expect((await garbage.json()).error.message).toMatch(/FeedMessage/);
      const wrong = await push(sim.vehiclePositions, DEMO_INGEST_KEY, "trip-updates");
      expect((await wrong.json()).error.message).toMatch(/TripUpdate/);
      // Accepted: served as the feed, and the simulator stays off while pushes are fresh.
      const ok = await ingestPushedFeed(db, DEMO_INGEST_KEY, "trip-updates", sim.tripUpdates, later);
      expect(ok.entities).toBe(sim.vehicles.length);
      const served = await gtfsRealtimeResponse(db, "trip-updates", new URL(`${ORIGIN}/api/open/v1/gtfs-rt/trip-updates`));
      expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(sim.tripUpdates))).toBe(true);
      const tick = await realtimeTick(db, config, "leader", new Date(later.getTime() + 15_000));
      expect(tick.snapshot?.source).toBe("ingest");
      // An older push is refused; the newer data stays.
      const stale = encodeTripUpdates([], Math.floor(at.getTime() / 1000) - 600);
      await expect(ingestPushedFeed(db, DEMO_INGEST_KEY, "trip-updates", stale, later)).rejects.toMatchObject({ code: "CONFLICT" });
      expect(tick.snapshot?.tripUpdates).toEqual(sim.tripUpdates);
      await revokeIngestKey(db, parkingOnly.id);
      resetRealtimeState(db);
    });

    it("ingest mode takes an external feed, and keeps the last good one when the next is malformed", async () => {
      resetRealtimeState(db);
      const external = encodeTripUpdates([], Math.floor(morning.getTime() / 1000));
      let body: Uint8Array = external;
      const fakeFetch = (async () => new Response(Buffer.from(body))) as unknown as typeof fetch;
      const ingest = {
        ...config,
        mode: "ingest" as const,
        tripUpdatesUrl: "http://127.0.0.1:9/tu",
        vehiclePositionsUrl: "http://127.0.0.1:9/vp",
      };
      const first = await realtimeTick(db, ingest, "leader", morning, fakeFetch);
      expect(first.snapshot?.source).toBe("ingest");
      body = new TextEncoder().encode("<html>502 Bad Gateway</html>");
      const second = await realtimeTick(db, ingest, "leader", new Date(morning.getTime() + 15_000), fakeFetch);
      expect(second.snapshot).toBe(first.snapshot);
    });
  });

  it("feeds the global search with lines, stations and stops", async () => {
    const docs = await transportSearchDocuments(db);
    expect(docs.find((d) => d.id === "transport:route:M1")).toMatchObject({ kind: "地铁线路", url: "/transport/lines/M1" });
    expect(docs.find((d) => d.id === "transport:stop:metro-wenfeng")).toMatchObject({ title: "文峰（地铁站）", kind: "地铁站" });
    expect(docs.filter((d) => d.kind === "公交站").length).toBeGreaterThan(60);
  });
});
