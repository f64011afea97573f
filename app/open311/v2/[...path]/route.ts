import { getDb } from "@/server/db";
import { publicOrigin } from "@/server/lib/public-origin";
import { handleGet, handlePost } from "@/server/modules/hotline/open311/http";

/** Open311 GeoReport v2 (see server/modules/hotline/open311/ and the README). */
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ path: string[] }> };

export async function GET(req: Request, { params }: Ctx) {
  return handleGet(await getDb(), req, (await params).path, publicOrigin(req.url, req.headers));
}

export async function POST(req: Request, { params }: Ctx) {
  return handlePost(await getDb(), req, (await params).path);
}
