import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountUser } from "@/drizzle/schema";
import { sendSms } from "@/server/lib/sms";
import { logger } from "@/server/lib/logger";

export type Notice = { title: string; body: string; link: string };

/**
 * A message in 我的消息 plus an SMS, as applications and 12345 notify citizens. Called after the change has
 * committed: a failing SMS gateway must not undo a confirmed booking, so failures are logged, not thrown.
 * The message is written before this returns; the SMS is sent after (its phone lookup and the gateway's
 * answer, up to 5 s, never hold up the citizen's own answer — at 07:00 the booking answers go first).
 */
export async function notifyUser(db: DB, userId: string, notice: Notice): Promise<void> {
  try {
    await db.insert(accountMessage).values({ userId, title: notice.title, body: notice.body, link: notice.link });
  } catch (err) {
    logger.error({ err, userId, title: notice.title }, "life notification failed");
    return;
  }
  const sent = textUser(db, userId, `【智慧南通】${notice.title}：${notice.body}`).catch((err: unknown) =>
    logger.error({ err, userId, title: notice.title }, "life notification SMS failed"),
  );
  pendingTexts.add(sent);
  void sent.finally(() => pendingTexts.delete(sent));
}

async function textUser(db: DB, userId: string, text: string): Promise<void> {
  const [u] = await db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, userId)).limit(1);
  if (u) await sendSms(db, u.phone, text);
}

declare global {
  // One set per process: scripts/serve.ts and Next.js's server bundle each load their own copy of this module.
  var __ntPendingTexts: Set<Promise<unknown>> | undefined;
}
const pendingTexts = (globalThis.__ntPendingTexts ??= new Set());

/** Waits for the SMS notifyUser is still sending (a server shutting down; tests). */
export async function textsSent(): Promise<void> {
  while (pendingTexts.size > 0) await Promise.all([...pendingTexts]);
}
