import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { checkPassword, PASSWORD_MAX_LENGTH } from "./password-policy";

const WEAK = "密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类；或使用12位以上的密码";
const COMMON = "该密码过于常见，容易被猜到，请换一个";
const PHONE = "密码不能包含手机号，请换一个";
const SAME = "密码不能全部由同一个字符组成，请换一个";

describe("checkPassword: accepted", () => {
  it("accepts the demo password Nantong@2026", () => {
    expect(checkPassword("Nantong@2026")).toEqual({ ok: true });
    expect(checkPassword("Nantong@2026", { phone: "13912345678" })).toEqual({ ok: true });
  });

  it("accepts a long passphrase with a single character class plus spaces", () => {
    expect(checkPassword("correct horse battery")).toEqual({ ok: true });
    expect(checkPassword("lowercaseonlyx")).toEqual({ ok: true }); // 14 lowercase letters
  });

  it("accepts 8 characters with exactly 3 classes, in every combination", () => {
    expect(checkPassword("Tq7vmkwz")).toEqual({ ok: true }); // upper, lower, digit
    expect(checkPassword("tq7vm#kw")).toEqual({ ok: true }); // lower, digit, symbol
    expect(checkPassword("TQ7VM#KW")).toEqual({ ok: true }); // upper, digit, symbol
    expect(checkPassword("Tqzvm#kw")).toEqual({ ok: true }); // upper, lower, symbol
  });

  it("accepts exactly 12 characters of one class (boundary)", () => {
    expect(checkPassword("qmvtrzkwplxh")).toEqual({ ok: true });
  });

  it("counts Chinese characters as symbols and by code point", () => {
    expect(checkPassword("南通abc123")).toEqual({ ok: true }); // 8 code points, lower+digit+symbol
    expect(checkPassword("濠河风光很美丽啊真不错呀")).toEqual({ ok: true }); // 12 CJK characters
  });

  it("accepts exactly the maximum length", () => {
    const max = "Ab1!".repeat(PASSWORD_MAX_LENGTH / 4);
    expect([...max].length).toBe(PASSWORD_MAX_LENGTH);
    expect(checkPassword(max)).toEqual({ ok: true });
  });
});

describe("checkPassword: rejected", () => {
  it("rejects too short or too simple passwords", () => {
    expect(checkPassword("")).toEqual({ ok: false, message: WEAK });
    expect(checkPassword("Ab1!xyz")).toEqual({ ok: false, message: WEAK }); // 7 chars, 4 classes
    expect(checkPassword("tqvmkwzp")).toEqual({ ok: false, message: WEAK }); // 8 lowercase
    expect(checkPassword("tqvm7kw9")).toEqual({ ok: false, message: WEAK }); // 8 chars, 2 classes
    expect(checkPassword("qmvtrzkwplx")).toEqual({ ok: false, message: WEAK }); // 11 lowercase
    expect(checkPassword("南通风光很美丽啊")).toEqual({ ok: false, message: WEAK }); // 8 CJK = 1 class
  });

  it("rejects passwords longer than 128 characters", () => {
    const tooLong = "Ab1!".repeat(32) + "x";
    const r = checkPassword(tooLong);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("128");
  });

  it("rejects common passwords case-insensitively, including ones that satisfy the class rule", () => {
    for (const p of ["Password123!", "P@ssw0rd1234", "Qwerty@123456", "Aa123456789!", "PASSWORD123!", "qwertyuiop123"]) {
      expect(checkPassword(p), p).toEqual({ ok: false, message: COMMON });
    }
  });

  it("rejects a password made of one repeated character even if long", () => {
    expect(checkPassword("aaaaaaaaaaaaaaaa")).toEqual({ ok: false, message: SAME });
    expect(checkPassword("################")).toEqual({ ok: false, message: SAME });
    expect(checkPassword("一一一一一一一一一一一一")).toEqual({ ok: false, message: SAME });
  });

  it("rejects passwords that contain the user's phone number", () => {
    expect(checkPassword("Nt@13912345678", { phone: "13912345678" })).toEqual({ ok: false, message: PHONE });
    expect(checkPassword("x13912345678x", { phone: "+86 139-1234-5678" })).toEqual({ ok: false, message: PHONE });
    expect(checkPassword("Nt@139-1234-5678", { phone: "13912345678" })).toEqual({ ok: false, message: PHONE });
  });

  it("does not flag a phone number that is only partially present or absent", () => {
    expect(checkPassword("Nt@1391234567", { phone: "13912345678" })).toEqual({ ok: true });
    expect(checkPassword("Nantong@2026", { phone: "" })).toEqual({ ok: true });
    expect(checkPassword("Nantong@2026", {})).toEqual({ ok: true });
    // Too short to be a phone number: ignored instead of over-matching.
    expect(checkPassword("Nantong@2026", { phone: "2026" })).toEqual({ ok: true });
  });
});

describe("COMMON_PASSWORDS", () => {
  it("has roughly 300 lower-case entries", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(280);
    for (const p of COMMON_PASSWORDS) {
      expect(p, p).toBe(p.toLowerCase());
    }
  });

  it("contains the headline breached passwords", () => {
    for (const p of [
      "123456",
      "password",
      "12345678",
      "qwerty123",
      "1q2w3e4r",
      "woaini1314",
      "aa123456",
      "passw0rd!",
      "p@ssw0rd",
      "admin123",
      "abc123456",
      "123qwe!@#",
      "zxcvbnm",
    ]) {
      expect(COMMON_PASSWORDS.has(p), p).toBe(true);
    }
  });

  it("does not contain the demo password", () => {
    expect(COMMON_PASSWORDS.has("nantong@2026")).toBe(false);
  });
});
