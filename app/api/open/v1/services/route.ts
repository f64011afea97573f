import { getDb } from "@/server/db";
import { listServicesResponse } from "@/server/modules/catalogue/open-api";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return listServicesResponse(await getDb(), new URL(req.url));
}
