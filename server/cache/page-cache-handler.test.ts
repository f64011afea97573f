import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { deserializeEntry, serializeEntry } from "./page-cache-handler.mjs";
import { sha256Source } from "@/server/lib/csp.mjs";

const { tagsManifest } = tagsManifestModule;

/** A dist dir with a BUILD_ID of its own, so Redis keys of this run are apart from any server's. */
function distDir() {
  const root = mkdtempSync(path.join(tmpdir(), "nt-cache-"));
  writeFileSync(path.join(root, "BUILD_ID"), `test-${process.pid}-${Date.now()}`);
  return path.join(root, "server");
}

/** A fresh module instance = a fresh process's handler (own memory, own Redis connection). */
async function freshHandler(serverDistDir: string) {
  vi.resetModules();
  const { default: Handler } = await import("./page-cache-handler.mjs");
  return new Handler({ serverDistDir, maxMemoryCacheSize: 1024 * 1024 });
}

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:rsc"),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags } as Record<string, string>,
  status: 200,
});

describe("page cache handler", () => {
  const savedRedis = process.env.REDIS_URL;
  afterAll(() => {
    process.env.REDIS_URL = savedRedis;
  });

  it("gives each cached page a CSP with its own scripts' hashes, on the first response too", async () => {
    delete process.env.REDIS_URL;
    const handler = await freshHandler(distDir());
    const value = page("<html><body><script>self.__next_f.push([1])</script></body></html>", "a");
    await handler.set("/standard/economy", value, { cacheControl: { revalidate: false } });
    // Next.js sends these very headers with the response that produced the entry.
    const csp = String(value.headers["content-security-policy"]);
    expect(csp).toContain(sha256Source("self.__next_f.push([1])"));
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toMatch(/unsafe/);
    const hit = await handler.get("/standard/economy", { kind: "APP_PAGE" });
    expect(hit?.value?.headers?.["content-security-policy"]).toBe(csp);
    expect(hit?.cacheControl).toEqual({ revalidate: false });
  });

  it("records tag revalidations in Next.js's tag manifest (stale for a profile, expired without)", async () => {
    delete process.env.REDIS_URL;
    const handler = await freshHandler(distDir());
    const before = Date.now();
    await handler.revalidateTag("t:expire");
    expect(tagsManifest.get("t:expire")?.expired).toBeGreaterThanOrEqual(before);
    await handler.revalidateTag(["t:stale"], { expire: 3600 });
    const t = tagsManifest.get("t:stale");
    expect(t?.stale).toBeGreaterThanOrEqual(before);
    expect(t?.expired).toBeGreaterThan(Date.now() + 3000 * 1000);
  });

  it("tells the fast path whether a page is fresh, stale (serve while re-rendering) or expired (wait)", async () => {
    delete process.env.REDIS_URL;
    vi.resetModules();
    const { default: Handler } = await import("./page-cache-handler.mjs");
    const handler = new Handler({ serverDistDir: distDir(), maxMemoryCacheSize: 1024 * 1024 });
    const key = "/route-cache/APP_PAGE/abc/$/standard/culture";
    await handler.set(key, page("<p>x</p>", "peek:culture"), { cacheControl: { revalidate: false } });
    expect(Handler.peek("/standard/culture")?.state).toBe("fresh");
    expect(Handler.peek("/elder/culture")).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    await handler.revalidateTag("peek:culture", { expire: 3600 });
    expect(Handler.peek("/standard/culture")?.state).toBe("stale");
    await handler.revalidateTag("peek:culture");
    expect(Handler.peek("/standard/culture")?.state).toBe("expired");
    // A re-render after the change is fresh again; so is a time-based page until its time passes.
    await new Promise((r) => setTimeout(r, 2));
    await handler.set(key, page("<p>y</p>", "peek:culture"), { cacheControl: { revalidate: false } });
    expect(Handler.peek("/standard/culture")?.state).toBe("fresh");
    await handler.set("/route-cache/APP_PAGE/def/$/standard/12345/public", page("<p>z</p>", "t"), { cacheControl: { revalidate: 60 } });
    expect(Handler.peek("/standard/12345/public")?.state).toBe("fresh");
  });

  it("dates an entry from the lookup that missed, so a render that began before a revalidation is not fresh after it", async () => {
    delete process.env.REDIS_URL;
    vi.resetModules();
    const { default: Handler } = await import("./page-cache-handler.mjs");
    const handler = new Handler({ serverDistDir: distDir(), maxMemoryCacheSize: 1024 * 1024 });
    const key = "/route-cache/APP_PAGE/ghi/$/standard/12345/public";
    await handler.set(key, page("<p>old</p>", "race:public"), { cacheControl: { revalidate: 60 } });
    await new Promise((r) => setTimeout(r, 2));
    // A lookup finds the page outdated (its tag changed): Next.js starts a re-render with the data it reads now…
    await handler.revalidateTag("race:public");
    expect(await handler.get(key, { kind: "APP_PAGE" })).not.toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    // …the data changes again and the tag is revalidated while that render is still running…
    await handler.revalidateTag("race:public");
    await new Promise((r) => setTimeout(r, 5));
    await handler.set(key, page("<p>rendered from the data before the second change</p>", "race:public"), {
      cacheControl: { revalidate: 60 },
    });
    // …so the page it stores is already expired: the next request renders again.
    expect(Handler.peek("/standard/12345/public")?.state).toBe("expired");
    // A render that began after the last change is fresh.
    expect(await handler.get(key, { kind: "APP_PAGE" })).not.toBeNull();
    await handler.set(key, page("<p>new</p>", "race:public"), { cacheControl: { revalidate: 60 } });
    expect(Handler.peek("/standard/12345/public")?.state).toBe("fresh");
  });

  it("keeps Buffers and segment maps through serialisation", () => {
    const entry = { value: page("<p>x</p>", "a"), lastModified: 5, cacheControl: { revalidate: 60 } };
    const back = deserializeEntry(serializeEntry(entry));
    expect(back.value?.rscData?.toString()).toBe("0:rsc");
    expect(back.value?.segmentData?.get("/_tree")?.toString()).toBe("tree");
    expect(back).toMatchObject({ lastModified: 5, cacheControl: { revalidate: 60 } });
  });

  describe.runIf(savedRedis)("with Redis (REDIS_URL)", () => {
    const dir = distDir();
    afterAll(async () => {
      // Leave nothing behind: this run's entries and the tag it revalidated.
      const { default: Redis } = await import("ioredis");
      const redis = new Redis(savedRedis!);
      const ns = `${process.env.REDIS_PREFIX ?? "nt:"}page-cache:`;
      const buildId = (await import("node:fs")).readFileSync(path.join(dir, "..", "BUILD_ID"), "utf8");
      const keys = await redis.keys(`${ns}${buildId}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.hdel(`${ns}tags`, "catalogue:item:1");
      redis.disconnect();
    });
    it("shares pages between instances and hands a newer render to an instance holding an outdated one", async () => {
      process.env.REDIS_URL = savedRedis;
      const a = await freshHandler(dir);
      await a.set("/standard/services/1", page("<p>v1</p>", "catalogue:item:1"), { cacheControl: { revalidate: false } });
      const b = await freshHandler(dir);
      const fromRedis = await b.get("/standard/services/1", { kind: "APP_PAGE" });
      expect(fromRedis?.value?.html).toBe("<p>v1</p>");
      expect(fromRedis?.value?.rscData?.toString()).toBe("0:rsc");

      // An edit through A: the tag changes, A renders v2. B's copy is outdated, so B takes A's.
      await a.revalidateTag("catalogue:item:1", { expire: 0 });
      await new Promise((r) => setTimeout(r, 5));
      await a.set("/standard/services/1", page("<p>v2</p>", "catalogue:item:1"), { cacheControl: { revalidate: false } });
      expect((await b.get("/standard/services/1", { kind: "APP_PAGE" }))?.value?.html).toBe("<p>v2</p>");
    });
  });
});
