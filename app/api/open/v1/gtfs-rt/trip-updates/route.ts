import { getDb } from "@/server/db";
import { gtfsRealtimeResponse } from "@/server/modules/transport/open-data";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return gtfsRealtimeResponse(await getDb(), "trip-updates", new URL(req.url));
}
