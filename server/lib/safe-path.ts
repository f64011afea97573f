/**
 * Only same-site paths may be returned to (no open redirect). Browsers drop tabs and newlines from
 * URLs (`/\t/evil.example` becomes `//evil.example`) and treat `\` as `/`, so a path with control
 * characters or backslashes is refused outright. Anything outside printable ASCII (Chinese in a query)
 * is percent-encoded, so the path is always a valid Location header.
 */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  const v = typeof value === "string" ? value : "";
  if (!v.startsWith("/") || v.startsWith("//") || /[\u0000-\u001f\u007f\\]/.test(v)) return fallback;
  return v.replace(/[^\u0021-\u007e]/gu, (c) => encodeURIComponent(c));
}
