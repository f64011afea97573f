import { sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountUser } from "@/drizzle/schema";
import { isDevSmsTransport, sendSms, sendSmsBatch } from "@/server/lib/sms";
import { logger } from "@/server/lib/logger";

export type Notice = { title: string; body: string; link: string };

/** How long texts gather before they go out together (SMS_BATCH_MS; 0 sends each at the next turn). */
function batchMs(): number {
  const n = Number(process.env.SMS_BATCH_MS ?? 100);
  return Number.isFinite(n) && n >= 0 ? n : 100;
}

type Text = { phone: string; text: string; userId: string; title: string };
type Batch = { texts: Text[]; timer: ReturnType<typeof setTimeout> };

declare global {
  // One set per process: scripts/serve.ts and Next.js's server bundle each load their own copy of this module.
  var __ntPendingTexts: Set<Promise<unknown>> | undefined;
  var __ntTextBatches: Map<DB, Batch> | undefined;
}
const pendingTexts = (globalThis.__ntPendingTexts ??= new Set());
/** Texts waiting to go out, per database (tests run several in one process). */
const batches = (globalThis.__ntTextBatches ??= new Map());

/**
 * A message in 我的消息 plus an SMS, as applications and 12345 notify citizens. Called after the change has
 * committed: a failing SMS gateway must not undo a confirmed booking, so failures are logged, not thrown.
 *
 * One statement before this returns (true when the message was written — a synchronous commit, which the booking
 * service counts on: booking/service.ts `durable()`): the message, whose insert also returns the phone. The SMS goes
 * out after, gathered with the others of the next SMS_BATCH_MS (100 ms) into one batch (one outbox insert in
 * development; in production the batch's texts go to the gateway 8 at a time — batches of later windows in parallel
 * with it — a failed one logged and the rest sent): at 07:00 a thousand confirmations are answered first and
 * texted a moment later, instead of each answer waiting for, or competing with, a phone lookup and an outbox
 * insert or a gateway call of its own.
 */
export async function notifyUser(db: DB, userId: string, notice: Notice): Promise<boolean> {
  let phone: string | null | undefined;
  try {
    [{ phone } = { phone: null }] = await db
      .insert(accountMessage)
      .values({ userId, title: notice.title, body: notice.body, link: notice.link })
      .returning({ phone: sql<string | null>`(select ${accountUser.phone} from ${accountUser} where ${accountUser.id} = ${userId})` });
  } catch (err) {
    logger.error({ err, userId, title: notice.title }, "life notification failed");
    return false;
  }
  if (!phone) return true;
  const text = { phone, text: `【智慧南通】${notice.title}：${notice.body}`, userId, title: notice.title };
  const batch = batches.get(db);
  if (batch) batch.texts.push(text);
  else batches.set(db, { texts: [text], timer: setTimeout(() => flush(db), batchMs()) });
  return true;
}

/** Sends the texts gathered for `db` now. */
function flush(db: DB): void {
  const batch = batches.get(db);
  if (!batch) return;
  batches.delete(db);
  clearTimeout(batch.timer);
  const sent = send(db, batch.texts);
  pendingTexts.add(sent);
  void sent.finally(() => pendingTexts.delete(sent));
}

/** One outbox insert for the whole batch (development), or the gateway, 8 texts at a time, each failure its own. */
async function send(db: DB, texts: Text[]): Promise<void> {
  if (isDevSmsTransport()) {
    await sendSmsBatch(db, texts).catch((err: unknown) => logger.error({ err, count: texts.length }, "life notification SMS failed"));
    return;
  }
  for (let i = 0; i < texts.length; i += 8) {
    await Promise.all(
      texts
        .slice(i, i + 8)
        .map((t) =>
          sendSms(db, t.phone, t.text).catch((err: unknown) =>
            logger.error({ err, userId: t.userId, title: t.title }, "life notification SMS failed"),
          ),
        ),
    );
  }
}

/** Sends the texts still gathering and waits for every text notifyUser has queued (a server shutting down; tests). */
export async function textsSent(): Promise<void> {
  // A notification that finishes meanwhile starts a batch of its own: send that too before saying all are sent.
  while (batches.size > 0 || pendingTexts.size > 0) {
    for (const db of [...batches.keys()]) flush(db);
    await Promise.all([...pendingTexts]);
  }
}
