/**
 * Masking of personal data shown to people who need to recognise it but not read it (the owner's own
 * profile, an agent greeting a caller).
 */

/** "13800000001" → "138****0001"; anything that is not 11 characters is shown as it is. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}

/**
 * "张三丰" → "张**", "欧阳" → "欧*": the surname stays (an agent can say 张女士), the rest is hidden.
 * A one-character name keeps the same shape, "张" → "张*", so a masked name never tells that the name
 * was that short, and nothing beyond the first character is shown. Empty or blank → null.
 */
export function maskName(name: string | null | undefined): string | null {
  const chars = [...(name ?? "").trim()];
  if (chars.length === 0) return null;
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}
