import { getDb } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { getFile } from "@/server/lib/storage";
import { publicPhoto } from "@/server/modules/hotline/supporters";

export const dynamic = "force-dynamic";

/**
 * The photo of a public 12345 request (the thumbnail beside a suggestion and on /12345/public/[id]): only
 * the request's own photos, only while it is public and not merged; joiners' photos never. Anyone else 404.
 * Cached briefly by browsers (a request made private stops showing within five minutes).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const notFound = () =>
    Response.json({ error: "文件不存在" }, { status: 404, headers: { "x-content-type-options": "nosniff", "cache-control": "no-store" } });
  try {
    const row = await publicPhoto(await getDb(), (await params).id);
    const bytes = await getFile(row.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": row.mimeType,
        "content-length": String(bytes.byteLength),
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        "cache-control": "public, max-age=300",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return notFound();
    throw e;
  }
}
