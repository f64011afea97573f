import { getDb } from "@/server/db";
import { airLatestResponse } from "@/server/modules/environment/open-data";

export const dynamic = "force-dynamic";

export async function GET() {
  return airLatestResponse(await getDb());
}
