import { auth } from "@/server/auth";
import { hasPermission } from "@/server/auth/roles";
import { getDb } from "@/server/db";
import { exportCatalogue } from "@/server/modules/catalogue/admin";
import { formatIsoDate } from "@/components/ui/format";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/** The whole catalogue as a JSON file in the import format (admins only). */
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "请先登录" }, { status: 401, headers: NO_STORE });
  if (!hasPermission(session.user.role, "admin.console"))
    return Response.json({ error: "您没有权限进行此操作" }, { status: 403, headers: NO_STORE });
  const items = await exportCatalogue(await getDb());
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: {
      ...NO_STORE,
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="catalogue-${formatIsoDate(new Date())}.json"`,
    },
  });
}
