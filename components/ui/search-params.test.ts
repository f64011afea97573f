import { describe, expect, it } from "vitest";
import { one, pageParam } from "./search-params";

describe("one", () => {
  it("takes the first of repeated parameters", () => {
    expect(one(["users", "audit"])).toBe("users");
    expect(one("audit")).toBe("audit");
  });

  it("treats a missing or empty parameter alike", () => {
    expect(one(undefined)).toBeUndefined();
    expect(one("")).toBeUndefined();
    expect(one([])).toBeUndefined();
    expect(one(["", "x"])).toBeUndefined();
  });
});

describe("pageParam", () => {
  it("reads a page number", () => {
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["2", "9"])).toBe(2);
  });

  it("falls back to page 1 for anything that is not a whole positive number", () => {
    for (const raw of [undefined, "", "0", "-2", "2.5", "abc", "1e400", " "]) expect(pageParam(raw)).toBe(1);
  });

  it("stops at the last page a list allows", () => {
    expect(pageParam("20000", 10_000)).toBe(10_000);
    expect(pageParam("999999999")).toBe(100_000);
  });
});
