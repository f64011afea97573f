import { getDb } from "@/server/db";
import { listDatasetsResponse } from "@/server/modules/open-data/http";
import { publicOrigin } from "@/server/lib/public-origin";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return listDatasetsResponse(await getDb(), new URL(req.url), publicOrigin(req.url, req.headers));
}
