import { getDb } from "@/server/db";
import { ingestParkingResponse } from "@/server/modules/transport/open-data";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  return ingestParkingResponse(await getDb(), req);
}
