import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, resolveClientIp, trustedProxyHops } from "./client-ip";

describe("resolveClientIp", () => {
  it("takes the socket address unless proxies are trusted", () => {
    expect(resolveClientIp("127.0.0.1", "6.6.6.6", 0)).toBe("127.0.0.1");
    expect(resolveClientIp("::ffff:10.0.0.9", undefined, 0)).toBe("10.0.0.9");
  });
  it("counts TRUST_PROXY hops from the right of X-Forwarded-For", () => {
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 1.2.3.4", 1)).toBe("1.2.3.4");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 1.2.3.4, 10.0.0.1", 2)).toBe("1.2.3.4");
    // A shorter chain than configured: the left-most address there is.
    expect(resolveClientIp("10.0.0.2", "1.2.3.4", 3)).toBe("1.2.3.4");
    expect(resolveClientIp("10.0.0.2", ["6.6.6.6", "1.2.3.4"], 1)).toBe("1.2.3.4");
  });
  it("reads TRUST_PROXY as a small whole number", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("true")).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
  });
});

describe("clientIp", () => {
  afterEach(() => {
    (process.env as Record<string, string>).NODE_ENV = "test";
  });
  it("trusts only the stamped address, never X-Forwarded-For", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
  });
  it("under next dev falls back to the address Next.js put last", () => {
    (process.env as Record<string, string>).NODE_ENV = "development";
    expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });
});
