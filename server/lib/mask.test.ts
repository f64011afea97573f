import { describe, expect, it } from "vitest";
import { maskName, maskPhone } from "./mask";

describe("maskName", () => {
  it("keeps the surname and hides the rest, one star per character", () => {
    expect(maskName("李小明")).toBe("李**");
    expect(maskName("欧阳")).toBe("欧*");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("  周晓彤 ")).toBe("周**");
  });
  it("shows a one-character name like a two-character one, never the bare name", () => {
    expect(maskName("张")).toBe("张*");
    expect(maskName("张")).toBe(maskName("张三"));
  });
  it("counts characters, not UTF-16 units", () => {
    expect(maskName("𠮷野家")).toBe("𠮷**");
  });
  it("gives null for nothing to mask", () => {
    expect(maskName("")).toBeNull();
    expect(maskName("   ")).toBeNull();
    expect(maskName(null)).toBeNull();
    expect(maskName(undefined)).toBeNull();
  });
});

describe("maskPhone", () => {
  it("hides the middle four digits of a mobile number", () => {
    expect(maskPhone("13800000001")).toBe("138****0001");
    expect(maskPhone("0513-85123456")).toBe("0513-85123456");
  });
});
