/**
 * The client address for rate limits and the audit log. Behind a proxy (TRUST_PROXY=1) the
 * left-most X-Forwarded-For entry is the client; otherwise the last one, which Next.js itself appends.
 */
export function clientIp(headers: Headers): string | null {
  const xff = headers.get("x-forwarded-for");
  if (xff) {
    const parts = xff
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const ip = process.env.TRUST_PROXY === "1" ? parts[0] : parts[parts.length - 1];
    if (ip) return ip.slice(0, 64);
  }
  return headers.get("x-real-ip")?.slice(0, 64) ?? null;
}
