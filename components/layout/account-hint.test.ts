import { describe, expect, it } from "vitest";
import { encodeAccountHint, readAccountHint } from "./account-hint";

const cookie = (value: string) => `nt-elder=1; nt-account=${encodeURIComponent(value)}; other=x`;

describe("account hint", () => {
  it("round-trips name, console and keep-alive through the cookie", () => {
    const hint = { name: "周晓彤", console: "agent" as const, keepAlive: true };
    expect(readAccountHint(cookie(encodeAccountHint(hint)))).toEqual(hint);
    expect(readAccountHint(cookie(encodeAccountHint({ name: "a", console: null, keepAlive: false })))).toEqual({
      name: "a",
      console: null,
      keepAlive: false,
    });
  });
  it("no cookie is a guest; a damaged or nameless one is still signed in", () => {
    expect(readAccountHint("nt-elder=1")).toBeNull();
    expect(readAccountHint("")).toBeNull();
    expect(readAccountHint(cookie("{}"))).toEqual({ name: "", console: null, keepAlive: false });
    expect(readAccountHint("nt-account=%E0%A4%A")).toEqual({ name: "", console: null, keepAlive: false });
    expect(readAccountHint(cookie('{"c":"root","n":1}'))).toEqual({ name: "", console: null, keepAlive: false });
  });
});
