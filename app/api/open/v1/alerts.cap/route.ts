import { getDb } from "@/server/db";
import { alertsCapResponse } from "@/server/modules/alerts/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return alertsCapResponse(await getDb(), req);
}
