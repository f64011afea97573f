import { arrivalRows, hm } from "@/components/transport/types";
import { appErrorOf } from "@/server/lib/form-state";
import { errorResponse } from "@/server/lib/open-data-http";
import { publicCaller } from "@/server/request";

export const dynamic = "force-dynamic";

/** GET /api/transit/arrivals?stop=<stop_id>: the stop page's departure board, refreshed without a reload. */
export async function GET(req: Request) {
  const stopId = new URL(req.url).searchParams.get("stop") ?? "";
  try {
    const { at, arrivals } = await (await publicCaller()).transport.public.arrivals({ stopId, limit: 8 });
    return Response.json({ at: hm(at), rows: arrivalRows(arrivals) }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return errorResponse(appErrorOf(e) ?? e);
  }
}
