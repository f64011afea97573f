import { getDb } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { NotAnImageError, THUMBNAIL_MIME, getThumbnail } from "@/server/lib/thumbnail";
import { publicPhoto } from "@/server/modules/hotline/supporters";

export const dynamic = "force-dynamic";

/**
 * The thumbnail of a public 12345 request's photo (beside a suggestion and on /12345/public/[id]): only
 * the request's own photos, only while it is public and not merged; joiners' photos never. Anyone else 404.
 * Never the original: a 320 px WebP without EXIF (no GPS position), made once and cached on disk.
 * Cached briefly by browsers (a request made private stops showing within five minutes).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const notFound = () =>
    Response.json({ error: "文件不存在" }, { status: 404, headers: { "x-content-type-options": "nosniff", "cache-control": "no-store" } });
  try {
    const row = await publicPhoto(await getDb(), (await params).id);
    const bytes = await getThumbnail(row.storageKey);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": THUMBNAIL_MIME,
        "content-length": String(bytes.byteLength),
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(row.fileName.replace(/\.[^.]+$/, ""))}.webp`,
        "cache-control": "public, max-age=300",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (e instanceof AppError || e instanceof NotAnImageError) return notFound();
    throw e;
  }
}
