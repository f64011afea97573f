import { describe, expect, it } from "vitest";
import { idCardCheckChar, maskIdCard, validateIdCard } from "./id-card";

/** Fixed reference time so "future date" tests do not depend on the clock. */
const NOW = new Date("2026-03-01T04:00:00Z"); // 2026-03-01 12:00 in Shanghai

/** Appends the correct check character, producing a checksum-valid number. */
function withCheck(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

describe("idCardCheckChar", () => {
  it("matches hand-computed ISO 7064 MOD 11-2 values", () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → "X"
    expect(idCardCheckChar("11010519491231002")).toBe("X");
    // weighted sum 100; 100 mod 11 = 1 → "0"
    expect(idCardCheckChar("11010119800101001")).toBe("0");
    expect(idCardCheckChar("32060219900101124")).toBe("8");
  });

  it("rejects input that is not exactly 17 digits", () => {
    expect(() => idCardCheckChar("1101051949123100")).toThrow();
    expect(() => idCardCheckChar("110105194912310021")).toThrow();
    expect(() => idCardCheckChar("1101051949123100A")).toThrow();
  });
});

describe("validateIdCard", () => {
  it("accepts the published example 11010519491231002X", () => {
    expect(validateIdCard("11010519491231002X", NOW)).toEqual({
      ok: true,
      normalized: "11010519491231002X",
      birthDate: "1949-12-31",
      gender: "female",
      regionCode: "110105",
    });
  });

  it("accepts constructed Nantong numbers and derives birth date, gender and region", () => {
    const male = withCheck("32060219900101123"); // 17th digit 3 → male
    const result = validateIdCard(male, NOW);
    expect(result).toEqual({
      ok: true,
      normalized: male,
      birthDate: "1990-01-01",
      gender: "male",
      regionCode: "320602",
    });

    const female = withCheck("32068219850615002"); // 17th digit 2 → female
    const r2 = validateIdCard(female, NOW);
    expect(r2.ok && r2.gender).toBe("female");
    expect(r2.ok && r2.birthDate).toBe("1985-06-15");
  });

  it("accepts a leap day in a leap year", () => {
    expect(validateIdCard(withCheck("32061220000229002"), NOW).ok).toBe(true);
  });

  it("trims whitespace and upper-cases a trailing lowercase x", () => {
    const result = validateIdCard("  11010519491231002x \n", NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.normalized).toBe("11010519491231002X");
  });

  it("rejects a wrong check digit", () => {
    const valid = withCheck("32060219900101124"); // ends in 8
    const wrong = valid.slice(0, 17) + "7";
    expect(validateIdCard(wrong, NOW)).toEqual({ ok: false, message: "身份证号校验位不正确，请核对后重新输入" });
  });

  it("detects every single-digit change in the sequence code", () => {
    const valid = withCheck("32060219900101123");
    for (let pos = 14; pos <= 16; pos++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[pos]) continue;
        const mutated = valid.slice(0, pos) + String(d) + valid.slice(pos + 1);
        const r = validateIdCard(mutated, NOW);
        expect(r.ok, mutated).toBe(false);
      }
    }
  });

  it("rejects an X check character when the correct one is a digit", () => {
    const valid = withCheck("32060119991231001"); // ends in 5
    expect(valid.endsWith("X")).toBe(false);
    expect(validateIdCard(valid.slice(0, 17) + "X", NOW).ok).toBe(false);
  });

  it("rejects an impossible birth date (1990-02-30) even with a valid checksum", () => {
    expect(validateIdCard(withCheck("32060219900230123"), NOW)).toEqual({
      ok: false,
      message: "身份证号中的出生日期无效，请核对后重新输入",
    });
  });

  it("rejects Feb 29 in a non-leap year and month 13", () => {
    expect(validateIdCard(withCheck("32060219010229123"), NOW).ok).toBe(false);
    expect(validateIdCard(withCheck("32060219901301123"), NOW).ok).toBe(false);
  });

  it("rejects a birth year before 1900", () => {
    const r = validateIdCard(withCheck("44052418800101001"), NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("出生日期");
  });

  it("rejects a birth date in the future but accepts today's date (China time)", () => {
    expect(validateIdCard(withCheck("32060220260302123"), NOW).ok).toBe(false);
    expect(validateIdCard(withCheck("32060220260301123"), NOW).ok).toBe(true);
    // 2026-02-28T16:30Z is already 2026-03-01 in Shanghai.
    const lateUtc = new Date("2026-02-28T16:30:00Z");
    expect(validateIdCard(withCheck("32060220260301123"), lateUtc).ok).toBe(true);
    // ...but 15:59Z is still 2026-02-28 there.
    const earlierUtc = new Date("2026-02-28T15:59:00Z");
    expect(validateIdCard(withCheck("32060220260301123"), earlierUtc).ok).toBe(false);
  });

  it("rejects an invalid province code", () => {
    for (const prefix of ["00", "10", "19", "99", "83"]) {
      const r = validateIdCard(withCheck(`${prefix}060219900101123`), NOW);
      expect(r, prefix).toEqual({ ok: false, message: "身份证号前两位地区代码无效，请核对后重新输入" });
    }
  });

  it("rejects wrong lengths and letters with the format message", () => {
    const formatError = { ok: false, message: "身份证号应为18位，最后一位可以是数字或X" };
    expect(validateIdCard("", NOW)).toEqual(formatError);
    expect(validateIdCard("1101051949123100", NOW)).toEqual(formatError); // 16
    expect(validateIdCard("11010519491231002", NOW)).toEqual(formatError); // 17
    expect(validateIdCard("11010519491231002X1", NOW)).toEqual(formatError); // 19
    expect(validateIdCard("110105194912310A2X", NOW)).toEqual(formatError); // letter inside
    expect(validateIdCard("11010519491231002Y", NOW)).toEqual(formatError); // wrong trailing letter
    expect(validateIdCard("110105 19491231002X", NOW)).toEqual(formatError); // inner space
    // Old 15-digit cards are no longer accepted.
    expect(validateIdCard("110105491231002", NOW)).toEqual(formatError);
  });

  it("defaults `now` to the current time", () => {
    expect(validateIdCard("11010519491231002X").ok).toBe(true);
    expect(validateIdCard(withCheck("32060229990101123")).ok).toBe(false);
  });
});

describe("maskIdCard", () => {
  it("keeps the first 4 and last 4 characters with 10 asterisks", () => {
    expect(maskIdCard("320602199001011234")).toBe("3206**********1234");
    expect(maskIdCard("11010519491231002X")).toBe("1101**********002X");
  });

  it("uses a fixed number of asterisks regardless of length", () => {
    expect(maskIdCard("1234567890")).toBe("1234**********7890");
  });

  it("masks short values completely", () => {
    expect(maskIdCard("12345678")).toBe("********");
    expect(maskIdCard("123")).toBe("***");
    expect(maskIdCard("")).toBe("");
  });
});
