import { getDb } from "@/server/db";
import { getServiceResponse } from "@/server/modules/catalogue/open-api";
import { publicOrigin } from "@/server/lib/public-origin";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return getServiceResponse(await getDb(), (await params).id, publicOrigin(req.url, req.headers));
}
