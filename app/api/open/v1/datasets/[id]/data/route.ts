import { getDb } from "@/server/db";
import { datasetDataResponse } from "@/server/modules/open-data/http";
import { publicOrigin } from "@/server/lib/public-origin";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return datasetDataResponse(await getDb(), (await params).id, new URL(req.url), publicOrigin(req.url, req.headers));
}
