import type { IncomingMessage } from "node:http";

/**
 * The client address for rate limits and the audit log.
 *
 * A client can send any `X-Forwarded-For` it likes (Next.js keeps it as it came), so the address is
 * never read from that header alone. The server `npm start` runs (scripts/serve.ts) works it out from
 * the TCP socket when the request arrives — `stampClientIp` — and hands it to the app in
 * `CLIENT_IP_HEADER`, replacing whatever a client sent under that name:
 *
 * - by default (`TRUST_PROXY` unset or `0`) the socket's peer address;
 * - with `TRUST_PROXY=<n>` (n load balancers or proxies of yours in front, each appending the address it
 *   saw), the address n hops from the right: the socket is the nearest proxy, the last
 *   `X-Forwarded-For` entry the one before it, and so on. Entries further left are the client's own
 *   claims and are never used. Fewer entries than n: the left-most (the request came by a shorter path).
 */
export const CLIENT_IP_HEADER = "x-nt-client-ip";

/** Hops of `X-Forwarded-For` to trust: TRUST_PROXY as a whole number 0–20, else 0. */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 20 ? n : 0;
}

function normalise(address: string): string {
  const a = address.trim().slice(0, 64);
  // IPv4 over an IPv6 socket ("::ffff:10.0.0.1") is the IPv4 address.
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a;
}

/** The client address from the socket's peer and the forwarded chain, trusting `hops` proxies. */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  // Nearest first: the socket, then X-Forwarded-For from the right.
  const path = [socketAddress, ...chain.reverse()].filter((a): a is string => Boolean(a));
  const ip = path[Math.min(hops, path.length - 1)];
  return ip ? normalise(ip) : null;
}

/** Called by the HTTP server for each request before the app sees it (scripts/serve.ts). */
export function stampClientIp(req: IncomingMessage, hops = trustedProxyHops()): void {
  delete req.headers[CLIENT_IP_HEADER];
  const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
}

/**
 * The address `stampClientIp` put on the request. Under `next dev` (no scripts/serve.ts) the last
 * `X-Forwarded-For` entry, which Next.js sets from the socket when the client sent none.
 */
export function clientIp(headers: Headers): string | null {
  const stamped = headers.get(CLIENT_IP_HEADER);
  if (stamped) return stamped.slice(0, 64);
  if (process.env.NODE_ENV !== "development") return null;
  const last = headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  return last ? last.slice(0, 64) : null;
}
