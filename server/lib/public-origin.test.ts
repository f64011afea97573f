import { afterEach, describe, expect, it } from "vitest";
import { asRelativePath, publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  const saved = { auth: process.env.AUTH_URL, proxy: process.env.TRUST_PROXY };
  afterEach(() => {
    if (saved.auth === undefined) delete process.env.AUTH_URL;
    else process.env.AUTH_URL = saved.auth;
    if (saved.proxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved.proxy;
  });
  it("prefers the configured public origin over the bind address", () => {
    process.env.AUTH_URL = "https://www.example.gov.cn/some/path";
    expect(publicOrigin("http://0.0.0.0:3000/api/open/v1/services", new Headers({ host: "127.0.0.1:3000" }))).toBe(
      "https://www.example.gov.cn",
    );
  });
  it("falls back to the request's origin", () => {
    delete process.env.AUTH_URL;
    expect(publicOrigin("http://localhost:3000/x")).toBe("http://localhost:3000");
  });
  it("without AUTH_URL uses the Host the browser sent, not the bind address", () => {
    delete process.env.AUTH_URL;
    delete process.env.TRUST_PROXY;
    expect(publicOrigin("http://0.0.0.0:3000/x", new Headers({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(publicOrigin("http://localhost:3000/x", new Headers({ host: "192.168.1.20:3000" }))).toBe("http://192.168.1.20:3000");
  });
  it("reads X-Forwarded-* only behind a trusted proxy, and ignores a malformed Host", () => {
    delete process.env.AUTH_URL;
    const h = new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "www.nantong.gov.cn", "x-forwarded-proto": "https" });
    delete process.env.TRUST_PROXY;
    expect(publicOrigin("http://0.0.0.0:3000/x", h)).toBe("http://10.0.0.5:3000");
    process.env.TRUST_PROXY = "1";
    expect(publicOrigin("http://0.0.0.0:3000/x", h)).toBe("https://www.nantong.gov.cn");
    delete process.env.TRUST_PROXY;
    expect(publicOrigin("http://localhost:3000/x", new Headers({ host: "evil.example/path" }))).toBe("http://localhost:3000");
  });
});

describe("asRelativePath", () => {
  it("keeps path, query and hash and drops the origin", () => {
    expect(asRelativePath("http://localhost:3100/me?welcome=1#top")).toBe("/me?welcome=1#top");
    expect(asRelativePath("/agent")).toBe("/agent");
  });
});
