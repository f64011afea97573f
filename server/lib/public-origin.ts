/**
 * The origin the browser used, for redirects and absolute links. `AUTH_URL`, when set, pins it (a
 * production site with one public name); otherwise it is read from the request's `Host` header (and
 * `X-Forwarded-Proto`/`X-Forwarded-Host` behind a trusted proxy, `TRUST_PROXY=1`), so a person who
 * opened the site as http://127.0.0.1:3000 or by the machine's LAN address is sent back to that same
 * address. Route handlers see the bind address in `req.url` (e.g. http://0.0.0.0:3000, or "localhost"
 * for a loopback IP), never what the browser typed, hence the header.
 */
export function publicOrigin(requestUrl: string, headers?: Headers): string {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's own origin
    }
  }
  const fromRequest = new URL(requestUrl);
  if (!headers) return fromRequest.origin;
  const trustProxy = process.env.TRUST_PROXY === "1";
  const host = (trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || headers.get("host");
  const proto = (trustProxy ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : null) || fromRequest.protocol.replace(":", "");
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host) || (proto !== "http" && proto !== "https")) return fromRequest.origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return fromRequest.origin;
  }
}

/** A same-origin URL as a path (path, query, hash), so a redirect stays on whatever origin the browser used. */
export function asRelativePath(url: string, fallback = "/"): string {
  try {
    const u = new URL(url, "http://relative.invalid");
    const path = `${u.pathname}${u.search}${u.hash}`;
    return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
  } catch {
    return fallback;
  }
}
