import { after } from "next/server";
import { getDb } from "@/server/db";
import { clientIp } from "@/server/lib/client-ip";
import { logger } from "@/server/lib/logger";
import { ingestAlertsResponse } from "@/server/modules/alerts/http";
import { kickFanout } from "@/server/modules/alerts/service";

export const dynamic = "force-dynamic";

/** POST a CAP 1.2 message (Authorization: Bearer <ingest key with the "alerts" scope>). */
export async function POST(req: Request) {
  const db = await getDb();
  return ingestAlertsResponse(db, req, clientIp(req.headers), () =>
    after(() =>
      kickFanout(db).catch((e: unknown) => logger.error({ err: e instanceof Error ? e.message : String(e) }, "alert fan-out failed")),
    ),
  );
}
