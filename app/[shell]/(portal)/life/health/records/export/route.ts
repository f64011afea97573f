import { getDb } from "@/server/db";
import { getSessionUser } from "@/server/request";
import { exportOwnRecords } from "@/server/modules/health-records";

export const dynamic = "force-dynamic";

/** One's own 健康档案 as JSON (never cached, never logged: the body is not written anywhere but the response). */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "请先登录" }, { status: 401 });
  const data = await exportOwnRecords(await getDb(), user);
  if (!data)
    return Response.json(
      { error: "还没有查询到您的健康档案，或您尚未完成实名认证" },
      { status: 404, headers: { "cache-control": "no-store" } },
    );
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="my-health-records.json"',
      "cache-control": "no-store",
    },
  });
}
