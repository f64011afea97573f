import { auth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { getFile, SERVED_FILE_HEADERS } from "@/server/lib/storage";
import { attachmentFor } from "@/server/modules/applications/service";

export const dynamic = "force-dynamic";

/** An attachment, for its applicant or the handling department only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const u = session?.user;
  if (!u?.id || !u.role) return Response.json({ error: "请先登录" }, { status: 401 });
  try {
    const row = await attachmentFor(await getDb(), { id: u.id, role: u.role, name: u.name ?? "" }, (await params).id);
    const bytes = await getFile(row.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": row.mimeType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        ...SERVED_FILE_HEADERS,
      },
    });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ error: e.message }, { status: 404 });
    throw e;
  }
}
