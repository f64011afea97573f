import { getDb } from "@/server/db";
import { gtfsZipResponse } from "@/server/modules/transport/open-data";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return gtfsZipResponse(await getDb(), req);
}
