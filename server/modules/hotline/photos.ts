import { sniffFileKind } from "@/server/lib/storage";

/**
 * Pure rules of the citizen's 12345 submission (no database): photo limits and types, the channel
 * from the browser's user agent. Safe to unit-test; the service in citizen.ts applies them.
 */
export const MAX_PHOTOS = 6;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoKind = "jpg" | "png" | "webp";
export const PHOTO_MIME: Record<PhotoKind, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** JPEG / PNG / WebP from the first bytes; the file name and the browser's claimed type are ignored. */
export function sniffPhoto(bytes: Uint8Array): PhotoKind | null {
  const kind = sniffFileKind(bytes);
  if (kind === "jpg" || kind === "png") return kind;
  // WebP: "RIFF" <4-byte size> "WEBP"
  const b = bytes;
  if (
    b.length >= 12 &&
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50
  )
    return "webp";
  return null;
}

export type UploadedPhoto = { name: string; bytes: Uint8Array };
export type CheckedPhoto = UploadedPhoto & { kind: PhotoKind };

/**
 * Checks the photos (empty file inputs are dropped): at most 6, each at most 5 MB and really a
 * JPEG, PNG or WebP image. Returns the checked photos or the error messages (one per problem).
 */
export function checkPhotos(files: UploadedPhoto[]): { ok: true; photos: CheckedPhoto[] } | { ok: false; errors: string[] } {
  const present = files.filter((f) => f.bytes.byteLength > 0);
  const errors: string[] = [];
  if (present.length > MAX_PHOTOS) errors.push(`最多上传${MAX_PHOTOS}张照片，您选择了${present.length}张`);
  const photos: CheckedPhoto[] = [];
  for (const f of present) {
    const label = f.name ? `“${f.name.slice(0, 60)}”` : "照片";
    if (f.bytes.byteLength > MAX_PHOTO_BYTES) {
      errors.push(`${label}超过5MB，请压缩后重新选择`);
      continue;
    }
    const kind = sniffPhoto(f.bytes);
    if (!kind) {
      errors.push(`${label}不是JPG、PNG或WebP图片，请重新选择`);
      continue;
    }
    photos.push({ ...f, kind });
  }
  return errors.length ? { ok: false, errors } : { ok: true, photos };
}

/** A file name we are willing to store and send back: no path, no control characters, right extension. */
export function photoFileName(name: string, kind: PhotoKind, index: number): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 100);
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "") || `照片${index + 1}`;
  return `${stem}.${kind === "jpg" ? "jpg" : kind}`;
}

export type WebChannel = "web" | "mobile" | "wechat";

/** WeChat's in-app browser (MicroMessenger), another mobile browser, or a PC browser. */
export function channelFromUserAgent(ua: string | null | undefined): WebChannel {
  const s = ua ?? "";
  if (/MicroMessenger/i.test(s)) return "wechat";
  if (/Mobi|Android|iPhone|iPad|iPod|HarmonyOS|Windows Phone/i.test(s)) return "mobile";
  return "web";
}
