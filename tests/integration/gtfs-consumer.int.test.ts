import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getFareAttributes, getRoutes, getStops, getStoptimes, getTrips, importGtfs, openDb } from "gtfs";
import type { DB } from "@/server/db";
import { buildGtfsZip } from "@/server/modules/transport/gtfs";
import { GTFS_DIR } from "@/server/modules/transport/gtfs-files";
import { BACKENDS, createTestDatabase } from "../helpers/db";

/**
 * An independent consumer: the `gtfs` npm package (node-gtfs, SQLite) imports our feed with its own
 * CSV parser and schema checks (ignoreErrors: false makes any invalid row fail the import).
 */
async function loadWithNodeGtfs(feedPath: string, dir: string) {
  const sqlitePath = path.join(dir, `gtfs-${Math.random().toString(36).slice(2)}.sqlite`);
  const config = { sqlitePath, ignoreErrors: false, verbose: false, logFunction: () => {}, agencies: [{ path: feedPath }] };
  await importGtfs(config);
  const db = openDb({ sqlitePath });
  try {
    return {
      routes: getRoutes({}, [], [], { db }),
      stops: getStops({}, [], [], { db }),
      trips: getTrips({ route_id: "M1" }, [], [], { db }),
      line1: getStoptimes({ trip_id: "M1-0-0600" }, [], [["stop_sequence", "ASC"]], { db }),
      fares: getFareAttributes({}, [], [], { db }),
    };
  } finally {
    closeDb(db);
  }
}

describe("the GTFS feed in an independent consumer (node-gtfs)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "nt-gtfs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the repository folder", async () => {
    const feed = await loadWithNodeGtfs(GTFS_DIR, dir);
    expect(feed.routes).toHaveLength(14);
    expect(feed.stops.length).toBe(123);
    expect(feed.line1).toHaveLength(28);
    expect(feed.line1[0]).toMatchObject({ stop_id: "metro-pingchao", departure_time: "06:00:00" });
    expect(feed.line1[27]).toMatchObject({ stop_id: "metro-zhenxinglu" });
    expect(feed.trips.length).toBeGreaterThan(200);
    expect(feed.fares.map((f) => f.price).sort()).toEqual([2, 2, 3, 4, 5, 6, 7]);
  }, 120_000);

  describe.each(BACKENDS)("and the gtfs.zip built from the tables on %s", (backend) => {
    let db: DB;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const t = await createTestDatabase(backend);
      db = t.handle.db;
      cleanup = t.cleanup;
    }, 180_000);
    afterAll(() => cleanup());

    it("loads the published archive", async () => {
      const zipPath = path.join(dir, `feed-${backend}.zip`);
      writeFileSync(zipPath, (await buildGtfsZip(db)).bytes);
      const feed = await loadWithNodeGtfs(zipPath, dir);
      expect(feed.routes.map((r) => r.route_id)).toEqual(expect.arrayContaining(["M1", "M2", "B1", "B701"]));
      expect(feed.line1).toHaveLength(28);
      expect(feed.stops.find((s) => s.stop_id === "metro-wenfeng")).toMatchObject({ stop_name: "文峰" });
    }, 120_000);
  });
});
