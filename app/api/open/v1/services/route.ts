import { getDb } from "@/server/db";
import { listServicesResponse } from "@/server/modules/catalogue/open-api";
import { publicOrigin } from "@/server/lib/public-origin";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return listServicesResponse(await getDb(), new URL(req.url), publicOrigin(req.url, req.headers));
}
