import { getDb } from "@/server/db";
import { ingestAirResponse } from "@/server/modules/environment/open-data";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  return ingestAirResponse(await getDb(), req);
}
