import { describe, expect, it } from "vitest";
import { boundingBox, haversineMeters, nearest } from "./geo";

describe("geo", () => {
  it("measures great-circle distances", () => {
    expect(haversineMeters(32, 120.8, 32, 120.8)).toBe(0);
    // one degree of latitude ≈ 111.2 km
    expect(haversineMeters(32, 120.8, 33, 120.8)).toBeCloseTo(111_195, -2);
    // 南通西站 → 平潮 metro stations, about 850 m apart
    expect(haversineMeters(32.102957, 120.76559, 32.106356, 120.757115)).toBeGreaterThan(800);
  });

  it("boxes every point within the radius", () => {
    const box = boundingBox(32, 120.9, 1000);
    const east = 120.9 + (box.maxLon - 120.9) * 0.99;
    expect(haversineMeters(32, 120.9, 32, east)).toBeLessThan(1000);
    expect(haversineMeters(32, 120.9, box.maxLat, 120.9)).toBeCloseTo(1000, 0);
  });

  it("orders by distance and cuts by radius and limit", () => {
    const items = [
      { id: "far", lat: 32.1, lon: 120.9 },
      { id: "near", lat: 32.001, lon: 120.9 },
      { id: "mid", lat: 32.01, lon: 120.9 },
    ];
    expect(nearest(items, 32, 120.9).map((x) => x.id)).toEqual(["near", "mid", "far"]);
    expect(nearest(items, 32, 120.9, { radiusM: 2000 }).map((x) => x.id)).toEqual(["near", "mid"]);
    expect(nearest(items, 32, 120.9, { limit: 1 })[0]).toMatchObject({ id: "near", distanceM: 111 });
  });
});
