import { describe, expect, it } from "vitest";
import { readTicket, signTicket } from "./signed-ticket";

describe("signed tickets", () => {
  it("round-trips within the lifetime", () => {
    const t = signTicket({ kind: "wechat-bind", id: "U-1" }, 60_000, 1_000);
    expect(readTicket(t, 2_000)).toMatchObject({ kind: "wechat-bind", id: "U-1" });
  });
  it("expires", () => {
    const t = signTicket({ kind: "x" }, 60_000, 1_000);
    expect(readTicket(t, 61_001)).toBeNull();
  });
  it("rejects tampering", () => {
    const t = signTicket({ kind: "signin", uid: "a" }, 60_000);
    const [body, sig] = t.split(".");
    const forged = Buffer.from(JSON.stringify({ kind: "signin", uid: "b", exp: Date.now() + 60_000 })).toString("base64url");
    expect(readTicket(`${forged}.${sig}`)).toBeNull();
    expect(readTicket(`${body}.x${sig}`)).toBeNull();
    expect(readTicket("garbage")).toBeNull();
  });
});
