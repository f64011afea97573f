import { describe, expect, it } from "vitest";
import { usccCheckChar, validateUscc } from "./uscc";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

describe("usccCheckChar", () => {
  it("computes the check character of a published valid code", () => {
    // 91350100M000100Y43 is the example code widely used in GB 32100 explainers.
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
  });

  it("matches a hand-computed value", () => {
    // 9·1+1·3+1·9+1·27 = 48 (rest are zero); 48 mod 31 = 17; 31-17 = 14 → CHARSET[14] = "E"
    expect(usccCheckChar("91110000000000000")).toBe("E");
  });

  it("maps a remainder of 0 to '0' (31 → 0)", () => {
    // All zeros: sum 0, 31 - 0 = 31 → "0".
    expect(usccCheckChar("00000000000000000")).toBe("0");
  });

  it("throws on wrong length or illegal characters", () => {
    expect(() => usccCheckChar("91350100M000100Y")).toThrow();
    expect(() => usccCheckChar("91350100M000100Y43")).toThrow();
    expect(() => usccCheckChar("91350100I000100Y4")).toThrow();
    expect(() => usccCheckChar("91350100m000100Y4")).toThrow();
  });
});

describe("validateUscc", () => {
  it("accepts the published example 91350100M000100Y43", () => {
    expect(validateUscc("91350100M000100Y43")).toEqual({ ok: true, normalized: "91350100M000100Y43" });
  });

  it("accepts constructed Nantong company codes", () => {
    for (const first17 of ["91320600MA1MF0000", "91320602MA1XY0123", "12320600466000001", "52320600MJ0000001"]) {
      const code = first17 + usccCheckChar(first17);
      expect(validateUscc(code), code).toEqual({ ok: true, normalized: code });
    }
  });

  it("trims and upper-cases input", () => {
    expect(validateUscc("  91350100m000100y43 ")).toEqual({ ok: true, normalized: "91350100M000100Y43" });
  });

  it("rejects a wrong check character", () => {
    expect(validateUscc("91350100M000100Y44")).toEqual({
      ok: false,
      message: "统一社会信用代码校验位不正确，请核对后重新输入",
    });
  });

  it("detects every single-character substitution in the organisation code", () => {
    const valid = "91350100M000100Y43";
    for (let pos = 8; pos < 17; pos++) {
      for (const ch of CHARSET) {
        if (ch === valid[pos]) continue;
        const mutated = valid.slice(0, pos) + ch + valid.slice(pos + 1);
        expect(validateUscc(mutated).ok, mutated).toBe(false);
      }
    }
  });

  it("rejects the letters I, O, S, V and Z", () => {
    const message = "统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z），请核对后重新输入";
    for (const bad of ["I", "O", "S", "V", "Z"]) {
      expect(validateUscc(`91350100M000100${bad}43`), bad).toEqual({ ok: false, message });
    }
    expect(validateUscc("91350100M000100-43")).toEqual({ ok: false, message });
    expect(validateUscc("91350100M000100中43")).toEqual({ ok: false, message });
  });

  it("rejects letters in the administrative division code (positions 3–8)", () => {
    const first17 = "91A50100M000100Y4";
    const code = first17 + usccCheckChar(first17);
    expect(validateUscc(code)).toEqual({
      ok: false,
      message: "统一社会信用代码第3至8位应为数字（行政区划码），请核对后重新输入",
    });
  });

  it("rejects wrong lengths", () => {
    const message = "统一社会信用代码应为18位，请核对后重新输入";
    expect(validateUscc("")).toEqual({ ok: false, message });
    expect(validateUscc("91350100M000100Y4")).toEqual({ ok: false, message });
    expect(validateUscc("91350100M000100Y430")).toEqual({ ok: false, message });
    // Old 15-digit business registration numbers are not USCCs.
    expect(validateUscc("320600000123456")).toEqual({ ok: false, message });
  });
});
