import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-path";
import { clientIp } from "./client-ip";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/me?x=1")).toBe("/me?x=1");
  });
  it("refuses other sites and odd values", () => {
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath("//evil.example/")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(null, "/me")).toBe("/me");
  });
});

describe("clientIp", () => {
  it("takes the last X-Forwarded-For hop unless a proxy is trusted", () => {
    const h = new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2" });
    expect(clientIp(h)).toBe("2.2.2.2");
    process.env.TRUST_PROXY = "1";
    expect(clientIp(h)).toBe("1.1.1.1");
    delete process.env.TRUST_PROXY;
    expect(clientIp(new Headers())).toBeNull();
  });
});
