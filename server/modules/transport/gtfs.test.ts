import { describe, expect, it } from "vitest";
import { formatGtfsTime, gtfsDateToIso, parseCsv, parseGtfsTime } from "./gtfs";
import { realtimeConfig } from "./realtime/service";

describe("GTFS text", () => {
  it("parses RFC 4180 CSV: quotes, doubled quotes, commas and line breaks in fields, BOM, CRLF", () => {
    const text = '\ufeffstop_id,stop_name,stop_desc\r\n1,"南大街, 北口","他说""好"""\r\n2,"两行\n名称",\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      { stop_id: "1", stop_name: "南大街, 北口", stop_desc: '他说"好"' },
      { stop_id: "2", stop_name: "两行\n名称", stop_desc: "" },
    ]);
  });

  it("reads times past midnight and refuses malformed ones", () => {
    expect(parseGtfsTime("25:10:05")).toBe(90605);
    expect(formatGtfsTime(90605)).toBe("25:10:05");
    expect(() => parseGtfsTime("7:5")).toThrow(/HH:MM:SS/);
    expect(gtfsDateToIso("20261202")).toBe("2026-12-02");
    expect(() => gtfsDateToIso("2026-12-02")).toThrow(/YYYYMMDD/);
  });
});

describe("realtime configuration", () => {
  it("simulates by default, ingests when a feed URL is set, and can be switched off", () => {
    expect(realtimeConfig({})).toMatchObject({ mode: "simulate", seed: 20221110, tickSec: 15 });
    expect(realtimeConfig({ TRANSIT_GTFS_RT_TRIP_UPDATES_URL: "https://example.org/tu" }).mode).toBe("ingest");
    expect(realtimeConfig({ TRANSIT_REALTIME: "off", TRANSIT_GTFS_RT_TRIP_UPDATES_URL: "https://example.org/tu" }).mode).toBe("off");
    expect(realtimeConfig({ TRANSIT_TICK_SECONDS: "1", TRANSIT_SIM_SEED: "7" })).toMatchObject({ tickSec: 5, seed: 7 });
  });
});
