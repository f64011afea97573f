import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./privacy";

describe("maskPersonalData", () => {
  it("masks mobile numbers in any common spelling", () => {
    expect(maskPersonalData("请联系13812345678")).toBe("请联系138****5678");
    expect(maskPersonalData("电话 138 1234 5678 谢谢")).toBe("电话 138****5678 谢谢");
    expect(maskPersonalData("138-1234-5678")).toBe("138****5678");
  });
  it("masks landlines, with or without area code", () => {
    expect(maskPersonalData("回电0513-85123456")).toBe("回电0513-********");
    expect(maskPersonalData("座机：85123456")).toBe("座机：********");
  });
  it("masks resident ID numbers and e-mail addresses", () => {
    expect(maskPersonalData("身份证320602199001011234")).not.toContain("199001011234");
    expect(maskPersonalData("身份证32060219900101123X")).not.toMatch(/19900101/);
    expect(maskPersonalData("发到 zhang.san@example.com")).toBe("发到 z***@example.com");
  });
  it("masks plate numbers", () => {
    expect(maskPersonalData("苏F·A1234 乱停")).toBe("苏F·***** 乱停");
  });
  it("leaves ordinary text, dates, amounts and ticket numbers alone", () => {
    const s = "2026年11月30日，工单1234520261130000123，罚款200元，人民路88号";
    expect(maskPersonalData(s)).toBe(s);
    expect(maskPersonalData(null)).toBeNull();
  });
});
