import { getDb } from "@/server/db";
import { alertsJsonResponse } from "@/server/modules/alerts/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return alertsJsonResponse(await getDb(), req);
}
