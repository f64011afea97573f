import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SPOTS, WIFI_PLACES } from "./places-data";

const stops = new Map(
  readFileSync(path.join(__dirname, "../gtfs/stops.txt"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","))
    .map(([id, name, district]) => [id!, { name: name!, district: district! }]),
);

describe("畅游南通 / Wi-Fi seed data", () => {
  it("every scenic spot's nearby stop is a stop of the transit feed, in the spot's district", () => {
    for (const spot of SPOTS) {
      for (const id of spot.nearbyStops) {
        expect(stops.get(id), `${spot.code}: ${id}`).toMatchObject({ district: spot.district });
      }
    }
    // the city-centre spots have stops; the county ones (no sample bus lines there) have none
    expect(SPOTS.filter((s) => s.nearbyStops.length > 0).map((s) => s.code)).toEqual([
      "langshan",
      "haohe",
      "nantong-museum",
      "wenfeng-pagoda",
      "seyuan",
    ]);
  });

  it("lists the 20 public Wi-Fi places with unique codes", () => {
    expect(WIFI_PLACES).toHaveLength(20);
    expect(new Set(WIFI_PLACES.map((w) => w.code)).size).toBe(20);
  });
});
