import { sql } from "drizzle-orm";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness + database reachability for load balancers. */
export async function GET() {
  const started = performance.now();
  try {
    const handle = await getDatabase();
    await handle.db.execute(sql`select 1`);
    return Response.json(
      {
        status: "ok",
        database: { status: "ok", backend: handle.backend, latencyMs: Math.round(performance.now() - started) },
        time: new Date().toISOString(),
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "degraded", database: { status: "unreachable" }, time: new Date().toISOString() },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
