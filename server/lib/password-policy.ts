/**
 * Password policy for 智慧南通 accounts (等保2.0 三级 / MLPS 2.0 level 3
 * complexity requirement, combined with OWASP ASVS L2 §2.1 guidance that
 * long passphrases must be allowed and breached passwords rejected).
 *
 * A password is accepted when all of these hold:
 * - at most {@link PASSWORD_MAX_LENGTH} characters;
 * - not a single character repeated;
 * - length ≥ 12, OR length ≥ 8 with at least 3 of 4 character classes
 *   (lowercase, uppercase, digit, symbol);
 * - not in {@link COMMON_PASSWORDS} (case-insensitive);
 * - does not contain the user's phone number.
 *
 * Length is counted in Unicode code points so a Chinese passphrase is not
 * penalised for UTF-16 surrogate pairs. Any character that is not an ASCII
 * letter or digit (including spaces and CJK characters) counts as a symbol.
 */
import { COMMON_PASSWORDS } from "./common-passwords";

/** Minimum length when the password mixes at least 3 character classes. */
export const PASSWORD_MIN_LENGTH = 8;
/** Length from which any character mix is accepted (passphrases). */
export const PASSPHRASE_MIN_LENGTH = 12;
/** Upper bound, so hashing cost cannot be abused with huge inputs. */
export const PASSWORD_MAX_LENGTH = 128;

/** Result of {@link checkPassword}. */
export type PasswordCheckResult = { ok: true } | { ok: false; message: string };

/** Counts how many of the four character classes appear in the password. */
function countClasses(password: string): number {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (const ch of password) {
    if (ch >= "a" && ch <= "z") lower = true;
    else if (ch >= "A" && ch <= "Z") upper = true;
    else if (ch >= "0" && ch <= "9") digit = true;
    else symbol = true;
  }
  return Number(lower) + Number(upper) + Number(digit) + Number(symbol);
}

/**
 * Reduces a phone number to its national significant digits so that
 * "+86 139-1234-5678" and "13912345678" are treated the same.
 */
function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length > 11 && digits.startsWith("86") ? digits.slice(2) : digits;
}

/**
 * Checks a candidate password against the policy.
 *
 * @param password the password exactly as typed (not trimmed: spaces are
 *   legitimate characters in a passphrase)
 * @param context optional user data the password must not contain
 * @returns `{ ok: true }` or the first failing rule as a Chinese message that
 *   tells the user how to fix it
 */
export function checkPassword(password: string, context?: { phone?: string }): PasswordCheckResult {
  const length = [...password].length;

  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, message: `密码不能超过${PASSWORD_MAX_LENGTH}位，请缩短后重试` };
  }

  if (length > 0 && new Set(password).size === 1) {
    return { ok: false, message: "密码不能全部由同一个字符组成，请换一个" };
  }

  const strongEnough = length >= PASSPHRASE_MIN_LENGTH || (length >= PASSWORD_MIN_LENGTH && countClasses(password) >= 3);
  if (!strongEnough) {
    return {
      ok: false,
      message: "密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类；或使用12位以上的密码",
    };
  }

  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return { ok: false, message: "该密码过于常见，容易被猜到，请换一个" };
  }

  const phone = context?.phone ? phoneDigits(context.phone) : "";
  // Very short "phones" would reject unrelated digit runs, so only check
  // values long enough to be a real number (mainland mobiles have 11 digits).
  // Common separators are ignored so "139-1234-5678" is caught too.
  if (phone.length >= 7 && password.replace(/[\s\-.()]/g, "").includes(phone)) {
    return { ok: false, message: "密码不能包含手机号，请换一个" };
  }

  return { ok: true };
}
