import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-path";

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
  it("refuses paths a browser would turn into another site (tabs, newlines, backslashes)", () => {
    expect(safeReturnPath("/\t/evil.example")).toBe("/");
    expect(safeReturnPath("/\n/evil.example")).toBe("/");
    expect(safeReturnPath("/a\\..\\\\evil.example")).toBe("/");
  });
  it("percent-encodes what a Location header cannot carry", () => {
    const p = safeReturnPath("/services?q=社保 查询");
    expect(p).toBe("/services?q=%E7%A4%BE%E4%BF%9D%20%E6%9F%A5%E8%AF%A2");
    expect(() => new Headers({ location: p })).not.toThrow();
  });
});
