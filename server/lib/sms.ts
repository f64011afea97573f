import type { DB } from "@/server/db";
import { accountDevSmsOutbox } from "@/drizzle/schema";
import { logger } from "./logger";

/**
 * The SMS gateway is an outside service, so it sits behind this adapter.
 * - `dev` (default outside production): writes the text to the server log and the dev outbox table,
 *   which the test inbox endpoint reads.
 * - `http`: POSTs `{ phone, text }` as JSON to SMS_GATEWAY_URL with SMS_GATEWAY_TOKEN as a bearer token.
 */
export async function sendSms(db: Pick<DB, "insert">, phone: string, text: string): Promise<void> {
  const transport = process.env.SMS_TRANSPORT ?? (process.env.NODE_ENV === "production" && process.env.SMS_GATEWAY_URL ? "http" : "dev");
  if (transport === "http") {
    const url = process.env.SMS_GATEWAY_URL;
    if (!url) throw new Error("SMS_TRANSPORT=http needs SMS_GATEWAY_URL");
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SMS_GATEWAY_TOKEN ?? ""}` },
      body: JSON.stringify({ phone, text }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    return;
  }
  await db.insert(accountDevSmsOutbox).values({ phone, body: text });
  // Dev transport only: the log is the developer's inbox.
  logger.info({ sms: { to: phone, text } }, "dev SMS transport");
}

/** True when the dev transport (and so the test inbox) is in use. */
export function isDevSmsTransport(): boolean {
  const transport = process.env.SMS_TRANSPORT ?? (process.env.NODE_ENV === "production" && process.env.SMS_GATEWAY_URL ? "http" : "dev");
  return transport === "dev";
}

/**
 * Many texts at once (alert fan-out). `dev`: one multi-row insert into the dev outbox (inside the
 * caller's transaction, so a batch is stored exactly once) and one log line; `http`: one POST per text,
 * eight at a time.
 */
export async function sendSmsBatch(db: Pick<DB, "insert">, items: readonly { phone: string; text: string }[]): Promise<void> {
  if (items.length === 0) return;
  if (isDevSmsTransport()) {
    await db.insert(accountDevSmsOutbox).values(items.map((i) => ({ phone: i.phone, body: i.text })));
    logger.info({ sms: { count: items.length, first: { to: items[0]!.phone, text: items[0]!.text } } }, "dev SMS transport (batch)");
    return;
  }
  for (let i = 0; i < items.length; i += 8) await Promise.all(items.slice(i, i + 8).map((m) => sendSms(db, m.phone, m.text)));
}
