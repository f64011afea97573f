import { getDb } from "@/server/db";
import { auth } from "@/server/auth";
import { getProfile, listMessages } from "@/server/modules/account/service";

export const dynamic = "force-dynamic";

/** PIPL art. 45: a copy of the person's own data (ID number masked). */
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "请先登录" }, { status: 401 });
  const db = await getDb();
  const [profile, messages] = await Promise.all([getProfile(db, session.user.id), listMessages(db, session.user.id, 500)]);
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), profile, messages: messages.items }, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="smart-nantong-my-data.json"',
      "cache-control": "no-store",
    },
  });
}
