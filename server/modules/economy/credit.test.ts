import { describe, expect, it } from "vitest";
import { usccCheckChar } from "@/server/lib/uscc";
import { checkUscc, looksLikeUscc } from "./credit";

const FIRST17 = "91320600MA1P8K3T6";
const VALID = FIRST17 + usccCheckChar(FIRST17);
const wrongCheck = (code: string) => {
  const expected = code[17]!;
  const other = expected === "0" ? "1" : "0";
  return code.slice(0, 17) + other;
};

describe("GB 32100 check with messages that point at the character", () => {
  it("accepts a valid code, ignoring case, spaces and hyphens", () => {
    expect(checkUscc(VALID)).toEqual({ ok: true, normalized: VALID });
    expect(checkUscc(` ${VALID.toLowerCase()} `)).toEqual({ ok: true, normalized: VALID });
    expect(checkUscc(`${VALID.slice(0, 8)}-${VALID.slice(8)}`)).toEqual({ ok: true, normalized: VALID });
  });

  it("names the check character the first 17 call for, and says what to do if it was typed right", () => {
    const bad = wrongCheck(VALID);
    const r = checkUscc(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBe(18);
    expect(r.expected).toBe(VALID[17]);
    expect(r.message).toBe(
      `校验位不符：按前17位计算，第18位应为“${VALID[17]}”，您输入的是“${bad[17]}”。请先核对第18位；如果第18位无误，则是前17位中有字符输错`,
    );
  });

  it("catches a mistyped character among the first 17 through the check character", () => {
    const typo = `${VALID.slice(0, 10)}${VALID[10] === "8" ? "9" : "8"}${VALID.slice(11)}`;
    const r = checkUscc(typo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("第18位应为");
  });

  it("names the position of a character the code never uses, with the likely intended one", () => {
    const withO = `${VALID.slice(0, 10)}O${VALID.slice(11)}`;
    expect(checkUscc(withO)).toMatchObject({
      ok: false,
      position: 11,
      message: "第11位“O”不是统一社会信用代码使用的字符（只有数字和除I、O、S、V、Z以外的大写字母），可能应为“0”",
    });
    const hash = checkUscc(`${VALID.slice(0, 12)}#${VALID.slice(13)}`);
    expect(hash).toMatchObject({ ok: false, position: 13, message: expect.stringMatching(/^第13位“#”不是/) });
    expect(hash.ok === false && hash.message).not.toContain("可能应为");
  });

  it("requires the division code (positions 3–8) to be digits", () => {
    expect(checkUscc(`91A20600MA1P8K3T6${VALID[17]}`)).toMatchObject({
      ok: false,
      position: 3,
      message: "第3至8位是登记机关的行政区划码，应全为数字，第3位却是“A”",
    });
  });

  it("says how many characters were typed when the length is wrong", () => {
    expect(checkUscc(VALID.slice(0, 17))).toMatchObject({
      ok: false,
      message: "统一社会信用代码应为18位，您输入了17位，请核对是否漏输或多输了字符",
    });
    expect(checkUscc(`${VALID}1`)).toMatchObject({ ok: false, message: expect.stringContaining("您输入了19位") });
  });

  it("tells a code from a name (names, pinyin and initials are name searches)", () => {
    expect(looksLikeUscc(VALID)).toBe(true);
    expect(looksLikeUscc(VALID.slice(0, 16))).toBe(true);
    expect(looksLikeUscc("江海智造")).toBe(false);
    expect(looksLikeUscc("jianghaizhizaokejiyouxiangongsi")).toBe(false);
    expect(looksLikeUscc("jhzz")).toBe(false);
  });
});
