/**
 * Validation and masking of China resident identity card numbers
 * (居民身份证号码, GB 11643-1999, 18 characters).
 *
 * Pure functions only: no I/O, safe to use on both server and client.
 */

/** ISO 7064 MOD 11-2 weights for positions 1–17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character indexed by (weighted sum mod 11). */
const CHECK_MAP = "10X98765432";

/**
 * Province-level codes (first two digits of the administrative division code,
 * GB/T 2260). Listed explicitly because the 11–82 range has many gaps
 * (e.g. 16–20, 24–30) that never appear on a genuine card.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15", // 华北
  "21",
  "22",
  "23", // 东北
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37", // 华东
  "41",
  "42",
  "43",
  "44",
  "45",
  "46", // 中南
  "50",
  "51",
  "52",
  "53",
  "54", // 西南
  "61",
  "62",
  "63",
  "64",
  "65", // 西北
  "71", // 台湾
  "81",
  "82", // 香港、澳门 (港澳居民居住证 uses the same format)
]);

/** Result of {@link validateIdCard}. */
export type IdCardResult =
  | {
      ok: true;
      /** Trimmed, with a trailing lowercase `x` upper-cased. */
      normalized: string;
      /** Birth date in `YYYY-MM-DD`. */
      birthDate: string;
      gender: "male" | "female";
      /** The six-digit administrative division code (first six digits). */
      regionCode: string;
    }
  | { ok: false; message: string };

/**
 * Computes the 18th (check) character for the first 17 digits of an ID number.
 *
 * @param first17 exactly 17 ASCII digits
 * @returns `"0"`–`"9"` or `"X"`
 * @throws Error if `first17` is not exactly 17 digits (a programming error,
 *   not a user input error — call {@link validateIdCard} for user input)
 */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error("idCardCheckChar expects exactly 17 digits");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_MAP[sum % 11];
}

/** Today's calendar date in China (UTC+8, no DST) as `YYYY-MM-DD`. */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** True if year/month/day form a real Gregorian calendar date. */
function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Validates an 18-character resident ID number.
 *
 * Checks, in order: format (17 digits + digit/X), province code, birth date
 * (real date, year ≥ 1900, not in the future in China time) and the
 * ISO 7064 MOD 11-2 check character. Leading/trailing whitespace is ignored
 * and a trailing lowercase `x` is accepted.
 *
 * @param input raw user input
 * @param now reference time for the "not in the future" check; defaults to
 *   the current time (parameterised so tests are deterministic)
 */
export function validateIdCard(input: string, now: Date = new Date()): IdCardResult {
  const normalized = input.trim().toUpperCase();

  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return { ok: false, message: "身份证号应为18位，最后一位可以是数字或X" };
  }

  if (!PROVINCE_CODES.has(normalized.slice(0, 2))) {
    return { ok: false, message: "身份证号前两位地区代码无效，请核对后重新输入" };
  }

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > chinaToday(now)) {
    return { ok: false, message: "身份证号中的出生日期无效，请核对后重新输入" };
  }

  if (idCardCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, message: "身份证号校验位不正确，请核对后重新输入" };
  }

  // The 17th digit is the sequence code: odd for men, even for women.
  const gender = Number(normalized[16]) % 2 === 1 ? "male" : "female";

  return { ok: true, normalized, birthDate, gender, regionCode: normalized.slice(0, 6) };
}

/**
 * Masks an ID number for display: first 4 + ten `*` + last 4
 * (e.g. `3206**********1234`).
 *
 * The number of asterisks is fixed so the mask does not reveal the length of
 * malformed values; inputs of 8 characters or fewer are masked completely
 * because showing 4+4 characters would reveal all or most of them.
 */
export function maskIdCard(id: string): string {
  const value = id.trim();
  if (value.length <= 8) {
    return "*".repeat(value.length);
  }
  return `${value.slice(0, 4)}${"*".repeat(10)}${value.slice(-4)}`;
}
