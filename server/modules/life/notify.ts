import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountUser } from "@/drizzle/schema";
import { sendSms } from "@/server/lib/sms";
import { logger } from "@/server/lib/logger";

export type Notice = { title: string; body: string; link: string };

/**
 * A message in 我的消息 plus an SMS, as applications and 12345 notify citizens. Called after the change has
 * committed: a failing SMS gateway must not undo a confirmed booking, so failures are logged, not thrown.
 */
export async function notifyUser(db: DB, userId: string, notice: Notice): Promise<void> {
  try {
    await db.insert(accountMessage).values({ userId, title: notice.title, body: notice.body, link: notice.link });
    const [u] = await db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, userId)).limit(1);
    if (u) await sendSms(db, u.phone, `【智慧南通】${notice.title}：${notice.body}`);
  } catch (err) {
    logger.error({ err, userId, title: notice.title }, "life notification failed");
  }
}
