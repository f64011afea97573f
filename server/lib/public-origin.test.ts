import { afterEach, describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  const saved = process.env.AUTH_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.AUTH_URL;
    else process.env.AUTH_URL = saved;
  });
  it("prefers the configured public origin over the bind address", () => {
    process.env.AUTH_URL = "https://www.example.gov.cn/some/path";
    expect(publicOrigin("http://0.0.0.0:3000/api/open/v1/services")).toBe("https://www.example.gov.cn");
  });
  it("falls back to the request's origin", () => {
    delete process.env.AUTH_URL;
    expect(publicOrigin("http://localhost:3000/x")).toBe("http://localhost:3000");
  });
});
