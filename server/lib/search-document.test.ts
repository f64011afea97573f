import { describe, expect, it } from "vitest";
import { excerpt } from "./search-document";

describe("excerpt", () => {
  it("collapses whitespace and cuts at a character, marking the cut", () => {
    expect(excerpt("  南通\n\n濠河  ")).toBe("南通 濠河");
    expect(excerpt("一二三四五", 3)).toBe("一二三…");
    expect(excerpt("一二三", 3)).toBe("一二三");
    expect(excerpt("𠮷𠮷𠮷", 2)).toBe("𠮷𠮷…"); // astral characters are not split
  });
});
