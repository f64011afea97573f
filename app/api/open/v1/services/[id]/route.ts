import { getDb } from "@/server/db";
import { getServiceResponse } from "@/server/modules/catalogue/open-api";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return getServiceResponse(await getDb(), (await params).id, new URL(req.url).origin);
}
