import { mkdtempSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { hotlineAttachment } from "@/drizzle/schema";
import { GET } from "@/app/api/hotline/public-photos/[id]/route";
import { createCaller } from "@/server/root";
import { derivedPath } from "@/server/lib/storage";
import { THUMBNAIL_PX } from "@/server/lib/thumbnail";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp } from "../helpers/fixtures";
import { hotlineRefs, newUser } from "../helpers/hotline";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-hotline-thumbs-"));

/** A real 3000×2000 camera-style JPEG with a GPS position in its EXIF. */
async function cameraPhoto() {
  const noise = Buffer.alloc(3000 * 2000 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width: 3000, height: 2000, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "TestCam", Copyright: "市民拍摄" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "32/1 1/1 12/1" } })
    .toBuffer();
}

describe.each(BACKENDS)("12345 public photo thumbnails on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let cat: Record<string, number>;
  let n = 0;

  async function publicPhotoOf(bytes: Uint8Array, name = "现场.jpg") {
    const me = await newUser(db, "citizen");
    const r = await createCaller({ db, user: me, ip: freshIp() }).hotline.citizen.submit({
      type: "投诉",
      categoryId: cat["cg-ld"]!,
      description: "路灯不亮，附现场照片（缩略图测试）。",
      district: "崇川区",
      address: `崇川区缩略图测试路${++n}号`,
      isPublic: true,
      contactName: "李女士",
      contactPhone: "13912340001",
      channel: "mobile",
      idempotencyKey: `thumbs-${process.pid}-${Date.now()}-${n}`,
      photos: [{ name, bytes }],
    });
    const [a] = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, r.id));
    return a!;
  }
  const fetchPhoto = (id: string) => GET(new Request(`http://x.test/api/hotline/public-photos/${id}`), { params: Promise.resolve({ id }) });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ cat } = await hotlineRefs(db));
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("serves a real resized thumbnail without EXIF, never the original, and caches it on disk", async () => {
    const original = await cameraPhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const a = await publicPhotoOf(original);
    const res = await fetchPhoto(a.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("content-disposition")).toContain("webp");
    const thumb = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(thumb).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", THUMBNAIL_PX, THUMBNAIL_PX]);
    expect(meta.exif).toBeUndefined(); // no GPS position or camera data on a public page
    expect(thumb.byteLength).toBeLessThan(original.byteLength / 10);
    expect(Number(res.headers.get("content-length"))).toBe(thumb.byteLength);

    // Made once: the cached file is what later requests get.
    const cached = derivedPath(`thumb-${THUMBNAIL_PX}`, a.storageKey, "webp");
    expect(await readFile(cached)).toEqual(thumb);
    const marker = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#00f" } })
      .webp()
      .toBuffer();
    await writeFile(cached, marker);
    expect(Buffer.from(await (await fetchPhoto(a.id)).arrayBuffer())).toEqual(marker);
    // The original stays as uploaded for the requester and the agents.
    expect((await stat(path.join(process.env.STORAGE_DIR!, a.storageKey))).size).toBe(original.byteLength);
  });

  it("crops other shapes and PNG/WebP to the same square; a file that only looks like an image is 404", async () => {
    const tall = await sharp({ create: { width: 600, height: 1400, channels: 4, background: "#c33" } })
      .png()
      .toBuffer();
    const res = await fetchPhoto((await publicPhotoOf(tall, "竖拍.png")).id);
    expect(res.status).toBe(200);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", THUMBNAIL_PX, THUMBNAIL_PX]);
    // JPEG magic bytes and nothing behind them pass the upload check but cannot be decoded.
    const fake = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
    const bad = await fetchPhoto((await publicPhotoOf(fake)).id);
    expect(bad.status).toBe(404);
    expect(await bad.json()).toEqual({ error: "文件不存在" });
  });
});
