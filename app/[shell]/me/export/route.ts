import { getDb } from "@/server/db";
import { getSessionUser } from "@/server/request";
import { exportPersonalData } from "@/server/modules/account/export";

export const dynamic = "force-dynamic";

/** PIPL art. 45: a copy of all of the person's own data in one file (ID number masked, secrets withheld). */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "请先登录" }, { status: 401 });
  const db = await getDb();
  const data = await exportPersonalData(db, user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="smart-nantong-my-data.json"',
      "cache-control": "no-store",
    },
  });
}
