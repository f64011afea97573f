import { getDb } from "@/server/db";
import { errorResponse } from "@/server/lib/open-data-http";
import { AppError } from "@/server/lib/errors";
import { ingestGtfsRtResponse } from "@/server/modules/transport/open-data";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (kind !== "trip-updates" && kind !== "vehicle-positions")
    return errorResponse(new AppError("NOT_FOUND", "只有 trip-updates 和 vehicle-positions 两个接入地址"));
  return ingestGtfsRtResponse(await getDb(), kind, req);
}
