/** Only same-site paths may be returned to (no open redirect). */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  const v = typeof value === "string" ? value : "";
  return v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : fallback;
}
