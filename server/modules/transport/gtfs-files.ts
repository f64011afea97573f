import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { transportFeed } from "@/drizzle/schema";
import { FEED_ROW_ID, importGtfs, parseCsv, REQUIRED_FILES, type GtfsTexts } from "./gtfs";

/**
 * The repository's feed on disk (drizzle/seed/gtfs): read by the seed and the tests only, kept out
 * of the route handlers' module graph so the server bundle does not trace the file system.
 */

export const GTFS_DIR = path.join(process.cwd(), "drizzle", "seed", "gtfs");

/** Reads the feed's .txt files from a folder (missing optional files are simply absent). */
export function readGtfsDir(dir = GTFS_DIR): GtfsTexts {
  const out: GtfsTexts = {};
  for (const name of [
    ...REQUIRED_FILES,
    "calendar.txt",
    "calendar_dates.txt",
    "shapes.txt",
    "fare_attributes.txt",
    "fare_rules.txt",
    "feed_info.txt",
  ]) {
    try {
      out[name] = readFileSync(path.join(/* turbopackIgnore: true */ dir, name), "utf8");
    } catch {
      // optional file not present
    }
  }
  return out;
}

/** Imports the repository's feed unless the same version is already loaded (the seed calls this). */
export async function ensureGtfsImported(db: DB, dir = GTFS_DIR): Promise<{ imported: boolean; version: string }> {
  const files = readGtfsDir(dir);
  const version = parseCsv(files["feed_info.txt"] ?? "")[0]?.feed_version ?? "unversioned";
  const [current] = await db.select({ version: transportFeed.version }).from(transportFeed).where(eq(transportFeed.id, FEED_ROW_ID));
  if (current?.version === version) return { imported: false, version };
  await importGtfs(db, files);
  return { imported: true, version };
}
