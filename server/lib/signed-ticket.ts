import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const ZTicketData = z.record(z.string(), z.union([z.string(), z.number()]));

/** Short-lived HMAC-signed tickets (e.g. a WeChat identity waiting to be bound to a phone account). */
export function signTicket(payload: Record<string, string | number>, ttlMs: number, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: now + ttlMs })).toString("base64url");
  return `${body}.${mac(body)}`;
}

export function readTicket(ticket: string, now = Date.now()): Record<string, string | number> | null {
  const [body, sig] = ticket.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = ZTicketData.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!data.success || typeof data.data.exp !== "number" || data.data.exp < now) return null;
    return data.data;
  } catch {
    return null;
  }
}

function mac(body: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET must be set");
  return createHmac("sha256", `ticket:${secret}`).update(body).digest("base64url");
}
