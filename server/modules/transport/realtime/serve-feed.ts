import type { IncomingMessage, ServerResponse } from "node:http";
import type { Snapshot } from "./service";
import { decodeFeed, feedToJson } from "./feed";

/**
 * The GTFS-realtime feeds answered straight from this process's snapshot, in front of Next.js
 * (scripts/serve.ts), the way cached pages are: a feed request then costs about what a static file
 * does, however many clients poll. The snapshot is the one the tick loop keeps (globalThis, shared
 * with Next.js's copy of the realtime module); the JSON form is encoded once per snapshot. Anything
 * else — no snapshot yet, a bad `format`, HEAD/POST — goes on to the route handler, which answers
 * exactly the same way (or with the JSON error).
 */
const PATHS = { "/api/open/v1/gtfs-rt/trip-updates": "tripUpdates", "/api/open/v1/gtfs-rt/vehicle-positions": "vehiclePositions" } as const;

const jsonBodies = new WeakMap<Snapshot, Partial<Record<"tripUpdates" | "vehiclePositions", Buffer>>>();

function currentSnapshot(): Snapshot | null {
  const states = (globalThis as { __ntTransitStates?: Map<unknown, { snapshot: Snapshot | null }> }).__ntTransitStates;
  for (const s of states?.values() ?? []) if (s.snapshot) return s.snapshot;
  return null;
}

export function serveRealtimeFeed(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): boolean {
  if (req.method !== "GET" || !req.url?.startsWith("/api/open/v1/gtfs-rt/")) return false;
  const url = new URL(req.url, "http://x");
  const kind = PATHS[url.pathname as keyof typeof PATHS];
  const format = url.searchParams.get("format") ?? "pb";
  if (!kind || (format !== "pb" && format !== "json") || [...url.searchParams.keys()].some((k) => k !== "format")) return false;
  const snap = currentSnapshot();
  if (!snap) return false;
  let body: Buffer;
  if (format === "pb") body = Buffer.from(snap[kind].buffer, snap[kind].byteOffset, snap[kind].byteLength);
  else {
    let cached = jsonBodies.get(snap);
    if (!cached) jsonBodies.set(snap, (cached = {}));
    body = cached[kind] ??= Buffer.from(JSON.stringify(feedToJson(decodeFeed(snap[kind]))), "utf8");
  }
  res.writeHead(200, {
    ...headers,
    "content-type": format === "pb" ? "application/x-protobuf" : "application/json; charset=utf-8",
    "cache-control": "public, max-age=5",
    "last-modified": snap.generatedAt.toUTCString(),
    "content-length": body.length,
  });
  res.end(body);
  return true;
}
