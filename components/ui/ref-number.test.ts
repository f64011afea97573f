import { describe, expect, it } from "vitest";
import { refNumberGroups } from "./ref-number";

describe("refNumberGroups", () => {
  it("groups 12345 ticket numbers and 流水号 by prefix, date and sequence", () => {
    expect(refNumberGroups("1234520261202000574")).toEqual(["12345", "2026", "1202", "000574"]);
    expect(refNumberGroups("NT2026120200000574")).toEqual(["NT", "2026", "1202", "00000574"]);
  });
  it("falls back to groups of four and loses no character", () => {
    expect(refNumberGroups("ABCDEFGHIJ")).toEqual(["ABCD", "EFGH", "IJ"]);
    for (const v of ["1234520261202000574", "NT2026120200000574", "X"]) expect(refNumberGroups(v).join("")).toBe(v);
  });
});
