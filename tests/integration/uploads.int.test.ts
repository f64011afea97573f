import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "@auth/core/jwt";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import nextConfig from "@/next.config";
import { config as proxyConfig } from "@/proxy";
import { POST as open311Post } from "@/app/open311/v2/[...path]/route";
import { refuseFormPost } from "@/server/lib/form-post-guard";
import { FORM_BODY_LIMIT_BYTES, GUEST_BODY_LIMIT_BYTES } from "@/server/lib/upload-limits";
import { MAX_UPLOAD_BYTES } from "@/server/lib/storage";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/server/modules/hotline/photos";
import { BACKENDS, createTestDatabase } from "../helpers/db";

const MB = 1024 * 1024;

describe("request bodies and uploads", () => {
  it("server actions and the proxy take the documented uploads whole, with room for one too many", () => {
    const largest = MAX_PHOTOS * MAX_PHOTO_BYTES;
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(FORM_BODY_LIMIT_BYTES);
    // Next.js's proxy default (10 MB) cut a 12 MB photo short: the action then failed with a bare 500.
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(FORM_BODY_LIMIT_BYTES);
    expect(FORM_BODY_LIMIT_BYTES).toBeGreaterThan(largest + MAX_PHOTO_BYTES);
    expect(FORM_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES * 2);
  });

  it("route handlers never pass the proxy: served files keep their sandbox policy, bodies are not buffered", () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, url });
    expect(matches("/api/hotline/attachments/0b0e3f3a-6b1e-4f7e-9b1e-1f2e3d4c5b6a")).toBe(false);
    expect(matches("/api/applications/attachments/1")).toBe(false);
    expect(matches("/open311/v2/requests.json")).toBe(false);
    expect(matches("/api/trpc/catalogue.item")).toBe(false);
    expect(matches("/me")).toBe(true);
    expect(matches("/login")).toBe(true);
  });

  describe("form posts are refused from their headers, before the body is read", () => {
    const post = (headers: Record<string, string>, url = "/12345") => refuseFormPost({ method: "POST", url, headers });
    let session: string;
    beforeAll(async () => {
      const name = "authjs.session-token";
      session = `${name}=${await encode({ token: { uid: "u", role: "citizen" }, secret: process.env.AUTH_SECRET!, salt: name })}`;
    });

    it("over the hard limit: 413 with a Chinese page", async () => {
      const r = await post({ "content-length": String(FORM_BODY_LIMIT_BYTES + 1), cookie: session });
      expect(r?.status).toBe(413);
      expect(r?.html).toMatch(/提交的内容过大/);
      expect(r?.html).toMatch(/已填写的文字仍在/);
    });
    it("a large or unannounced body needs a valid session", async () => {
      expect((await post({ "content-length": String(30 * MB) }))?.status).toBe(401);
      expect((await post({}))?.status).toBe(401);
      expect((await post({ "content-length": String(30 * MB), cookie: "authjs.session-token=forged" }))?.status).toBe(401);
      expect(await post({ "content-length": String(30 * MB), cookie: session })).toBeNull();
    });
    it("small guest forms (sign-in, registration) and route handlers pass", async () => {
      expect(await post({ "content-length": String(GUEST_BODY_LIMIT_BYTES) }, "/login")).toBeNull();
      expect(await post({ "content-length": String(50 * MB) }, "/open311/v2/requests.json")).toBeNull();
      expect(await refuseFormPost({ method: "GET", url: "/12345", headers: {} })).toBeNull();
    });
  });
});

describe.each(BACKENDS)("Open311 request bodies on %s", (backend) => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    cleanup = (await createTestDatabase(backend)).cleanup;
  });
  afterAll(() => cleanup());

  it("a chunked 20 MB multipart body is refused with 413 after reading little more than the limit", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 20 * MB) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const req = new Request("http://localhost/open311/v2/requests.json", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XyZ" },
      body,
      duplex: "half",
    } as RequestInit);
    const res = await open311Post(req, { params: Promise.resolve({ path: ["requests.json"] }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { description: string }[])[0]?.description).toMatch(/请求体不超过64KB/);
    expect(pulled).toBeLessThan(MB);
  });

  it("a small multipart body is parsed as a form", async () => {
    const form = new FormData();
    form.set("service_code", "cg-ld");
    const res = await open311Post(new Request("http://localhost/open311/v2/requests.json", { method: "POST", body: form }), {
      params: Promise.resolve({ path: ["requests.json"] }),
    });
    // Parsed: the first missing thing is the API key, not the body.
    expect(res.status).toBe(403);
  });
});
