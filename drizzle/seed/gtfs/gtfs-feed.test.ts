import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metroBaseFareFen, networkDistanceM } from "@/server/modules/transport/fares";
import { GTFS_FILES, buildGtfsFiles, metroNetworkFromSource, metroStopId } from "./build";
import { METRO_LINE_1, METRO_LINE_2 } from "./source";

const built = buildGtfsFiles();

describe("GTFS feed in drizzle/seed/gtfs", () => {
  it.each(GTFS_FILES)("%s matches source.ts (run `npx tsx scripts/generate-gtfs.ts` after editing the source)", (name) => {
    expect(readFileSync(path.join(import.meta.dirname, name), "utf8")).toBe(built[name]);
  });

  it("has Line 1's 28 stations from 平潮 to 振兴路 and Line 2's 17 from 幸福 to 先锋", () => {
    expect(METRO_LINE_1).toHaveLength(28);
    expect(METRO_LINE_1[0]!.name).toBe("平潮");
    expect(METRO_LINE_1[27]!.name).toBe("振兴路");
    expect(METRO_LINE_2).toHaveLength(17);
    expect([METRO_LINE_2[0]!.name, METRO_LINE_2[16]!.name]).toEqual(["幸福", "先锋"]);
    const interchanges = METRO_LINE_2.filter((s) => METRO_LINE_1.includes(s)).map((s) => s.name);
    expect(interchanges).toEqual(["和平桥", "文峰"]);
  });

  it("runs each trip forward in time and distance", () => {
    const rows = built["stop_times.txt"]
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(","));
    let prev: string[] | null = null;
    for (const r of rows) {
      if (prev && prev[0] === r[0]) {
        expect(r[1]! >= prev[2]!).toBe(true); // arrival ≥ previous departure (HH:MM:SS sorts as text)
        expect(Number(r[5])).toBeGreaterThan(Number(prev[5]));
      }
      prev = r;
    }
  });

  it("prices an end-to-end Line 1 trip at 7 元 and a Line 1 → Line 2 trip over the interchange", () => {
    const net = metroNetworkFromSource();
    const whole = networkDistanceM(net, metroStopId("平潮"), metroStopId("振兴路"))!;
    // Line 1 is 39.18 km; the shortest path may cut through Line 2 between 和平桥 and 文峰.
    expect(net.lines[0]!.stations.at(-1)!.distM).toBeCloseTo(39_180, 0);
    expect(whole).toBeGreaterThan(38_000);
    expect(whole).toBeLessThanOrEqual(39_180);
    expect(metroBaseFareFen(whole)).toBe(700);
    const cross = networkDistanceM(net, metroStopId("孩儿巷"), metroStopId("体育公园"))!;
    const viaHeping =
      networkDistanceM(net, metroStopId("孩儿巷"), metroStopId("和平桥"))! +
      networkDistanceM(net, metroStopId("和平桥"), metroStopId("体育公园"))!;
    expect(cross).toBeCloseTo(viaHeping, 3);
    expect(built["fare_rules.txt"]).toContain("metro_200,,z-metro-pingchao,z-metro-nantongxizhan");
  });
});
