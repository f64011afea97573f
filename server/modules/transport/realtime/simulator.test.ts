import { describe, expect, it } from "vitest";
import GtfsRealtimeBindings from "gtfs-realtime-bindings";
import { buildGtfsFiles } from "@/drizzle/seed/gtfs/build";
import { haversineMeters } from "@/server/lib/geo";
import { parseCsv } from "../gtfs";
import { nextArrivals } from "./arrivals";
import { encodeTripUpdates, encodeVehiclePositions, indexTripUpdates, vehiclesFromFeed, feedToJson, decodeFeed } from "./feed";
import { scheduleFromGtfsTexts } from "./schedule";
import { simulate, delayPlan } from "./simulator";

const { transit_realtime: rt } = GtfsRealtimeBindings;
const files = buildGtfsFiles();
const schedule = scheduleFromGtfsTexts(files, parseCsv);
const stopsById = new Map(
  parseCsv(files["stops.txt"]).map((s) => [s.stop_id!, { lat: Number(s.stop_lat), lon: Number(s.stop_lon), name: s.stop_name! }]),
);
const morning = new Date("2026-12-02T08:05:00+08:00");

describe("transit simulator", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = simulate(schedule, morning, 42);
    const b = simulate(schedule, morning, 42);
    expect(a).toEqual(b);
    const c = simulate(schedule, morning, 43);
    expect(c.map((v) => v.delay)).not.toEqual(a.map((v) => v.delay));
  });

  it("runs the morning service: metro every few minutes, buses on every line", () => {
    const vehicles = simulate(schedule, morning, 1);
    const line1 = vehicles.filter((v) => v.routeId === "M1");
    // 66 min each way at 7-min peak headways: about 9–10 trains per direction
    expect(line1.length).toBeGreaterThanOrEqual(16);
    expect(line1.length).toBeLessThanOrEqual(24);
    const routes = new Set(vehicles.map((v) => v.routeId));
    expect(routes.size).toBe(14);
  });

  it("has no service in the small hours", () => {
    expect(simulate(schedule, new Date("2026-12-02T03:00:00+08:00"), 1)).toEqual([]);
  });

  it("keeps each vehicle on its line, between the stops it runs between", () => {
    for (const v of simulate(schedule, morning, 7)) {
      const stop = stopsById.get(v.stopId)!;
      const trip = schedule.trips.find((t) => t.id === v.tripId)!;
      const i = trip.stops.findIndex((s) => s.seq === v.stopSeq);
      const prev = stopsById.get(trip.stops[Math.max(0, i - 1)]!.stopId)!;
      const span = haversineMeters(prev.lat, prev.lon, stop.lat, stop.lon);
      expect(haversineMeters(v.lat, v.lon, stop.lat, stop.lon)).toBeLessThanOrEqual(span + 5);
    }
  });

  it("never lets a trip's delay shrink along the way, and keeps metro delays small", () => {
    for (const trip of schedule.trips.slice(0, 400)) {
      const { delays } = delayPlan(trip, "2026-12-02", 99);
      for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
      if (trip.routeType === 1) expect(Math.max(...delays)).toBeLessThanOrEqual(30 + 3 * trip.stops.length);
    }
  });
});

describe("GTFS-realtime feeds", () => {
  const vehicles = simulate(schedule, morning, 5);
  const ts = Math.floor(morning.getTime() / 1000);

  it("decode with gtfs-realtime-bindings: TripUpdates", () => {
    const msg = rt.FeedMessage.decode(encodeTripUpdates(vehicles, ts));
    expect(msg.header.gtfsRealtimeVersion).toBe("2.0");
    expect(msg.header.incrementality).toBe(rt.FeedHeader.Incrementality.FULL_DATASET);
    expect(msg.entity).toHaveLength(vehicles.length);
    const first = msg.entity[0]!.tripUpdate!;
    expect(first.trip.tripId).toBe(vehicles[0]!.tripId);
    expect(first.trip.startDate).toBe("20261202");
    expect(first.stopTimeUpdate!.length).toBeGreaterThan(0);
    const json = feedToJson(msg) as { entity: { tripUpdate: { trip: { scheduleRelationship: string } } }[] };
    expect(json.entity[0]!.tripUpdate.trip.scheduleRelationship).toBe("SCHEDULED");
  });

  it("decode with gtfs-realtime-bindings: VehiclePositions", () => {
    const msg = decodeFeed(encodeVehiclePositions(vehicles, ts));
    expect(msg.entity).toHaveLength(vehicles.length);
    const live = vehiclesFromFeed(msg);
    expect(live[0]).toMatchObject({ vehicleId: vehicles[0]!.vehicleId, tripId: vehicles[0]!.tripId, stopId: vehicles[0]!.stopId });
    expect(live[0]!.lat).toBeCloseTo(vehicles[0]!.lat, 4);
    expect(["STOPPED_AT", "IN_TRANSIT_TO", "INCOMING_AT"]).toContain(live[0]!.status);
  });

  it("rejects bytes that are not a feed", () => {
    expect(() => decodeFeed(new TextEncoder().encode("<html>not protobuf</html>"))).toThrow(/GTFS-realtime/);
  });
});

describe("arrivals at a stop", () => {
  const stopId = "metro-wenfeng"; // 文峰: both lines
  const vehicles = simulate(schedule, morning, 5);
  const predictions = indexTripUpdates(decodeFeed(encodeTripUpdates(vehicles, Math.floor(morning.getTime() / 1000))));

  it("lists the next departures in time order, predicted where a train is running", () => {
    const list = nextArrivals(schedule, predictions, stopId, morning, { limit: 8 });
    expect(list).toHaveLength(8);
    const times = list.map((a) => (a.predicted ?? a.scheduled).getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(new Set(list.map((a) => a.routeId))).toEqual(new Set(["M1", "M2"]));
    const live = list.filter((a) => a.realtime);
    expect(live.length).toBeGreaterThan(0);
    for (const a of live) {
      expect(a.predicted!.getTime()).toBeGreaterThanOrEqual(a.scheduled.getTime());
      expect(a.delaySec).toBe(Math.round((a.predicted!.getTime() - a.scheduled.getTime()) / 1000));
    }
    expect(list[0]!.minutes).toBeLessThanOrEqual(10);
  });

  it("falls back to the timetable without realtime data, and skips trips ending at the stop", () => {
    const list = nextArrivals(schedule, new Map(), "metro-zhenxinglu", morning, { limit: 5 });
    expect(list.every((a) => !a.realtime && a.predicted === null)).toBe(true);
    expect(list.every((a) => a.headsign === "平潮")).toBe(true);
  });
});
