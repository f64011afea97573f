import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";

export const dynamic = "force-dynamic";

/** The appointment as an `.ics` file (only the owner's; anyone else gets 404, guests 401). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  if (!id) return new Response("找不到该预约", { status: 404 });
  try {
    const file = await (await getCaller()).life.health.ics({ id });
    return new Response(file.body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    const code = appErrorOf(e)?.code;
    if (code === "UNAUTHORIZED") return new Response("请先登录", { status: 401 });
    if (code === "NOT_FOUND" || code === "FORBIDDEN") return new Response("找不到该预约", { status: 404 });
    throw e;
  }
}
