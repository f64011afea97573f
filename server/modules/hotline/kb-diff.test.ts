import { describe, expect, it } from "vitest";
import { diffLines } from "./kb-diff";

describe("diffLines", () => {
  it("marks unchanged, removed and added lines in order", () => {
    expect(diffLines("甲\n乙\n丙", "甲\n乙二\n丙\n丁")).toEqual([
      { kind: "same", text: "甲" },
      { kind: "removed", text: "乙" },
      { kind: "added", text: "乙二" },
      { kind: "same", text: "丙" },
      { kind: "added", text: "丁" },
    ]);
  });
  it("treats CRLF (as browsers submit textareas) like LF", () => {
    expect(diffLines("甲\n乙", "甲\r\n乙").every((l) => l.kind === "same")).toBe(true);
  });
  it("handles identical and empty texts", () => {
    expect(diffLines("a\nb", "a\nb").every((l) => l.kind === "same")).toBe(true);
    expect(diffLines("", "新")).toEqual([
      { kind: "removed", text: "" },
      { kind: "added", text: "新" },
    ]);
  });
});
