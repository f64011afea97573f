import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { derivedPath, getFile } from "./storage";

/**
 * Thumbnails of stored photos for public pages (the 12345 suggestion step, /12345/public/[id]): the photo
 * turned upright by its EXIF orientation, cropped to a square of `THUMBNAIL_PX` (twice the largest
 * CSS size shown, 160 px, for sharp screens) and re-encoded as WebP — so a public page loads ~10–30 KB
 * instead of a 5 MB original, and no EXIF (GPS position, camera, time) leaves with it. Made on first use
 * and cached on disk beside the uploads (`derived/thumb-320/<key>.webp`); later requests read the file.
 */
export const THUMBNAIL_PX = 320;
export const THUMBNAIL_MIME = "image/webp";
/** Decoding is refused above this many pixels (a "decompression bomb" with a small file size). */
const MAX_INPUT_PIXELS = 50_000_000;

export class NotAnImageError extends Error {}

export async function makeThumbnail(bytes: Uint8Array): Promise<Buffer> {
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: "cover" })
      .webp({ quality: 72 })
      .toBuffer();
  } catch (e) {
    throw new NotAnImageError(`not a decodable image: ${(e as Error).message}`);
  }
}

/** The cached thumbnail of a stored photo, made (and cached) on the first request. Throws NotAnImageError. */
export async function getThumbnail(key: string): Promise<Buffer> {
  const file = derivedPath(`thumb-${THUMBNAIL_PX}`, key, "webp");
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const thumb = await makeThumbnail(await getFile(key));
  // Written under a temporary name and renamed: a concurrent reader sees the whole file or none.
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, thumb, { mode: 0o600 });
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true });
  }
  return thumb;
}
