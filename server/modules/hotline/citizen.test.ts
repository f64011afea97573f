import { describe, expect, it } from "vitest";
import { canRate, citizenEventNote } from "./citizen";

describe("canRate", () => {
  it("opens after the answer (已答复 or 已办结) and closes once rated", () => {
    expect(canRate({ status: "replied", citizenRating: null })).toBe(true);
    expect(canRate({ status: "closed", citizenRating: null })).toBe(true);
    expect(canRate({ status: "closed", citizenRating: 4 })).toBe(false);
    for (const status of ["new", "dispatched", "accepted", "returned", "reopened"])
      expect(canRate({ status, citizenRating: null })).toBe(false);
  });
});

describe("citizenEventNote", () => {
  it("replaces the department's internal 退单 reason with a plain explanation", () => {
    expect(citizenEventNote({ fromStatus: "accepted", toStatus: "returned", note: "退单：不属于本局职责，应由交通局处理" })).toBe(
      "承办部门认为该诉求不属于其职责，热线正在重新派单。",
    );
  });
  it("keeps every other note", () => {
    expect(citizenEventNote({ fromStatus: "accepted", toStatus: "replied", note: "答复：已修复" })).toBe("答复：已修复");
    expect(citizenEventNote({ fromStatus: null, toStatus: "new", note: "受理诉求" })).toBe("受理诉求");
  });
});
