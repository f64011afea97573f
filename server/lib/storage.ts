import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Attachment storage adapter. Default: a local directory (STORAGE_DIR, default `.data/uploads`).
 * Production swaps in S3-compatible storage behind the same two functions.
 */
export type StoredFile = { key: string; sha256: string; size: number };

function root(): string {
  return process.env.STORAGE_DIR ?? path.join(process.cwd(), ".data", "uploads");
}

export async function putFile(bytes: Uint8Array): Promise<StoredFile> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
  const full = path.join(root(), key);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, bytes, { mode: 0o600 });
  return { key, sha256, size: bytes.byteLength };
}

/** A key putFile() made ("2026-12/<uuid>"); nothing else names a stored file. */
export function isStorageKey(key: string): boolean {
  return /^\d{4}-\d{2}\/[0-9a-f-]{36}$/.test(key);
}

export async function getFile(key: string): Promise<Buffer> {
  if (!isStorageKey(key)) throw new Error("invalid storage key");
  return readFile(path.join(root(), key));
}

/** Where a file derived from a stored one (a thumbnail) is cached: beside the uploads, under `derived/<kind>/`. */
export function derivedPath(kind: string, key: string, extension: string): string {
  if (!isStorageKey(key) || !/^[a-z0-9-]+$/.test(kind)) throw new Error("invalid storage key");
  return path.join(root(), "derived", kind, `${key}.${extension}`);
}

/**
 * Deletes stored files that no row refers to (a submission whose transaction failed after its files were
 * written). Best effort: a file that cannot be removed is only unreachable, never served.
 */
export async function removeFiles(keys: readonly string[]): Promise<void> {
  await Promise.all(keys.filter(isStorageKey).map((k) => rm(path.join(root(), k), { force: true }).catch(() => undefined)));
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type FileKind = "pdf" | "jpg" | "png";
export const MIME: Record<FileKind, string> = { pdf: "application/pdf", jpg: "image/jpeg", png: "image/png" };

/** The file's real type from its first bytes (the name and the browser's claim are not trusted). */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return "pdf";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpg";
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  )
    return "png";
  return null;
}

/**
 * The name a stored file is served under: the uploaded name without path or control characters, its
 * extension replaced by the one of the type sniffed from its content (a PDF uploaded as `x.html`
 * downloads as `x.pdf`), or `fallbackStem` when nothing usable is left.
 */
export function storedFileName(name: string, extension: string, fallbackStem: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]{1,10}$/, "").replace(/\.+$/, "") || fallbackStem;
  return `${stem}.${extension}`;
}

/** Headers of every served upload: its own sandbox policy, never sniffed, never cached. */
export const SERVED_FILE_HEADERS = {
  "cache-control": "private, no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
} as const;
