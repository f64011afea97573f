import { getDb } from "@/server/db";
import { parkingResponse } from "@/server/modules/transport/open-data";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return parkingResponse(await getDb(), new URL(req.url));
}
