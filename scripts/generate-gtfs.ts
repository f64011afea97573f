// Writes drizzle/seed/gtfs/*.txt from drizzle/seed/gtfs/source.ts (run after editing the source;
// drizzle/seed/gtfs/gtfs-feed.test.ts fails while the committed files differ from the source).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildGtfsFiles } from "@/drizzle/seed/gtfs/build";

const dir = path.join(process.cwd(), "drizzle", "seed", "gtfs");
for (const [name, text] of Object.entries(buildGtfsFiles())) {
  writeFileSync(path.join(dir, name), text);
  console.log(`${name}: ${text.split("\r\n").length - 2} rows`);
}
