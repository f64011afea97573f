import { describe, expect, it } from "vitest";
import { isPhoneNumber, ZMobile, ZPhoneNumber } from "./phone";

const isMobile = (v: string) => ZMobile("x").safeParse(v).success;

describe("phone numbers", () => {
  it("accepts mainland mobile numbers only as mobiles", () => {
    expect(isMobile("13800000001")).toBe(true);
    expect(isMobile("19912345678")).toBe(true);
    for (const bad of ["12800000001", "1380000000", "138000000012", "0513-85123456", "+8613800000001"]) expect(isMobile(bad)).toBe(false);
  });
  it("accepts landlines with an area code, with or without the dash", () => {
    for (const ok of ["0513-85123456", "051385123456", "010-12345678", "0513-8512345", "13800000001"]) expect(isPhoneNumber(ok)).toBe(true);
    for (const bad of ["85123456", "0513-851", "12345", "513-85123456"]) expect(isPhoneNumber(bad)).toBe(false);
  });
  it("trims and reports the caller's message", () => {
    expect(ZMobile("请输入手机号").parse(" 13800000001 ")).toBe("13800000001");
    expect(ZMobile("请输入手机号").safeParse("123").error?.issues[0]?.message).toBe("请输入手机号");
    expect(ZPhoneNumber("请输入正确的联系电话").safeParse("12345").error?.issues[0]?.message).toBe("请输入正确的联系电话");
  });
});
