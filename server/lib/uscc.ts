/**
 * Validation of the Unified Social Credit Code (统一社会信用代码,
 * GB 32100-2015): 18 characters identifying companies, institutions and
 * other organisations.
 *
 * Pure functions only: no I/O, safe to use on both server and client.
 */

/**
 * The 31 characters allowed by GB 32100-2015. I, O, S, V and Z are excluded
 * because they are easily confused with 1, 0, 5, U and 2. A character's index
 * in this string is its numeric value for the checksum.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weights for positions 1–17: 3^(i-1) mod 31 for position i. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Result of {@link validateUscc}. */
export type UsccResult = { ok: true; normalized: string } | { ok: false; message: string };

/**
 * Computes the 18th (check) character for the first 17 characters of a USCC.
 *
 * @param first17 exactly 17 characters from the GB 32100 charset (upper case)
 * @throws Error if `first17` has the wrong length or an illegal character
 *   (a programming error — call {@link validateUscc} for user input)
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new Error("usccCheckChar expects exactly 17 characters");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) {
      throw new Error(`usccCheckChar: illegal character ${JSON.stringify(first17[i])}`);
    }
    sum += value * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CHARSET[check === 31 ? 0 : check];
}

/**
 * Validates a Unified Social Credit Code.
 *
 * Leading/trailing whitespace is ignored and lowercase letters are accepted
 * (people often type them); the normalized form is upper case. Checks, in
 * order: length, charset, the six-digit administrative division code in
 * positions 3–8, and the check character.
 */
export function validateUscc(input: string): UsccResult {
  const normalized = input.trim().toUpperCase();

  if (normalized.length !== 18) {
    return { ok: false, message: "统一社会信用代码应为18位，请核对后重新输入" };
  }

  for (const ch of normalized) {
    if (!CHARSET.includes(ch)) {
      return {
        ok: false,
        message: "统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z），请核对后重新输入",
      };
    }
  }

  // Positions 3–8 are the registering authority's administrative division
  // code, which is always numeric; a letter here means the code was mistyped.
  if (!/^\d{6}$/.test(normalized.slice(2, 8))) {
    return { ok: false, message: "统一社会信用代码第3至8位应为数字（行政区划码），请核对后重新输入" };
  }

  if (usccCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, message: "统一社会信用代码校验位不正确，请核对后重新输入" };
  }

  return { ok: true, normalized };
}
