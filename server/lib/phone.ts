import { z } from "zod";

/**
 * The one phone-number rule. A mobile number is 11 digits starting 1[3-9]; a landline is 0 + area
 * code (2–3 digits) + 7–8 digits, with or without the dash ("0513-85123456"). Sign-in, registration,
 * SMS codes and form fields of type "phone" take mobiles only; 12345 contact and caller numbers take both.
 */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const LANDLINE_PATTERN = /^0\d{2,3}-?\d{7,8}$/;

export function isPhoneNumber(value: string): boolean {
  return MOBILE_PATTERN.test(value) || LANDLINE_PATTERN.test(value);
}

/** A mainland mobile number, trimmed; `message` says how to fix it. */
export const ZMobile = (message: string) => z.string({ error: message }).trim().regex(MOBILE_PATTERN, message);

/** A mobile or landline number, trimmed; `message` says how to fix it. */
export const ZPhoneNumber = (message: string) => z.string({ error: message }).trim().refine(isPhoneNumber, message);
