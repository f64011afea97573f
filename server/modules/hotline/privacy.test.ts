import { describe, expect, it } from "vitest";
import { maskPersonalData, publicAddress, publicCoordinate } from "./privacy";

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

describe("public location rule", () => {
  it("keeps the street, never the house number, building or landmark", () => {
    expect(publicAddress("崇川区", "崇川区濠河北路88号对面")).toBe("崇川区濠河北路");
    expect(publicAddress("崇川区", "濠河北路 88 号")).toBe("崇川区濠河北路");
    expect(publicAddress(null, "南通市崇川区人民中路与工农路交叉口")).toBe("南通市崇川区人民中路");
    expect(publicAddress("通州区", "金沙街道建设大道12号")).toBe("通州区金沙街道建设大道");
    expect(publicAddress("崇川区", "南大街3号")).toBe("崇川区南大街");
    expect(publicAddress("海门区", "三厂街道某某小区3栋")).toBe("海门区三厂街道");
    expect(publicAddress("如东县", "某某小区3栋近路口")).toBe("如东县");
    expect(publicAddress("崇川区", null)).toBe("崇川区");
    expect(publicAddress(null, null)).toBeNull();
    expect(publicAddress(null, "  ")).toBeNull();
  });
  it("rounds coordinates to 0.001° (about 100 m)", () => {
    expect(publicCoordinate(32.012345)).toBe(32.012);
    expect(publicCoordinate(120.8636)).toBe(120.864);
    expect(publicCoordinate(null)).toBeNull();
  });
});
