import { auth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { getFile, SERVED_FILE_HEADERS } from "@/server/lib/storage";
import { attachmentForUser } from "@/server/modules/hotline/citizen";

export const dynamic = "force-dynamic";

/**
 * A 12345 photo, for the citizen who filed the request, hotline agents, staff of the ticket's
 * department and admins; anyone else (and guests) get 404. The type was sniffed at upload, so the
 * stored content type is the real one; nosniff keeps browsers from guessing otherwise.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const u = session?.user;
  const notFound = () =>
    Response.json(
      { error: "文件不存在" },
      { status: 404, headers: { "x-content-type-options": "nosniff", "cache-control": "private, no-store" } },
    );
  if (!u?.id || !u.role) return notFound();
  try {
    const row = await attachmentForUser(await getDb(), { id: u.id, role: u.role, name: u.name ?? "" }, (await params).id);
    const bytes = await getFile(row.storageKey);
    const download = new URL(req.url).searchParams.get("download") === "1";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": row.mimeType,
        "content-length": String(bytes.byteLength),
        "content-disposition": `${download ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        ...SERVED_FILE_HEADERS,
      },
    });
  } catch (e) {
    if (e instanceof AppError) return notFound();
    throw e;
  }
}
