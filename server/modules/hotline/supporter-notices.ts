import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountUser, hotlineCategory, hotlineSupporter, orgDepartment } from "@/drizzle/schema";
import { sendSms } from "@/server/lib/sms";
import { logger } from "@/server/lib/logger";
import { maskPersonalData } from "./privacy";
import type { TicketStatus } from "./labels";

/** The changes joiners and followers hear about (附议 and 关注): dispatched, answered, closed. */
export const NOTIFIED_STATUSES: readonly TicketStatus[] = ["dispatched", "replied", "closed"];

type Tx = Pick<DB, "select" | "insert">;
export type PendingSms = { phone: string; text: string }[];

const excerpt = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The message a joiner or follower gets for a change (no ticket number, contact or address: they are not the requester). */
export function supporterNotice(
  to: TicketStatus,
  t: { id: number; description: string; categoryName: string; answer: string | null; mergedIntoId: number | null },
  departmentName: string | null,
): { title: string; body: string; link: string } | null {
  const what = `“${t.categoryName}：${excerpt(maskPersonalData(t.description), 30)}”`;
  const link = `/12345/public/${t.id}`;
  switch (to) {
    case "dispatched":
      return { title: "您关注的12345诉求已派单", body: `${what}已派至${departmentName ?? "承办部门"}办理。`, link };
    case "replied":
      return {
        title: "您关注的12345诉求已答复",
        body: `${what}已答复${t.answer ? `：${excerpt(maskPersonalData(t.answer), 60)}` : "。"}`,
        link,
      };
    case "closed":
      return { title: "您关注的12345诉求已办结", body: `${what}已办结。`, link };
    default:
      return null;
  }
}

/**
 * Inside the transaction of a ticket's change: one 我的消息 per joiner and follower (so a rolled-back
 * change notifies nobody, and each change notifies once). The SMS texts are returned and sent after the
 * commit by `sendSupporterSms` (a gateway failure must not undo the change).
 */
export async function queueSupporterNotices(
  tx: Tx,
  to: TicketStatus,
  t: {
    id: number;
    description: string;
    categoryId: number;
    answer: string | null;
    mergedIntoId: number | null;
    departmentId: number | null;
  },
): Promise<PendingSms> {
  if (!NOTIFIED_STATUSES.includes(to)) return [];
  const rows = await tx
    .select({ userId: hotlineSupporter.userId, sms: hotlineSupporter.sms, phone: accountUser.phone })
    .from(hotlineSupporter)
    .innerJoin(accountUser, eq(accountUser.id, hotlineSupporter.userId))
    .where(eq(hotlineSupporter.ticketId, t.id));
  if (rows.length === 0) return [];
  const [cat] = await tx.select({ name: hotlineCategory.name }).from(hotlineCategory).where(eq(hotlineCategory.id, t.categoryId)).limit(1);
  const [dept] = t.departmentId
    ? await tx.select({ name: orgDepartment.shortName }).from(orgDepartment).where(eq(orgDepartment.id, t.departmentId)).limit(1)
    : [];
  const notice = supporterNotice(to, { ...t, categoryName: cat?.name ?? "12345诉求" }, dept?.name ?? null);
  if (!notice) return [];
  await tx.insert(accountMessage).values(rows.map((r) => ({ userId: r.userId, ...notice })));
  return rows.filter((r) => r.sms).map((r) => ({ phone: r.phone, text: `【智慧南通】${notice.title}：${notice.body}` }));
}

export async function sendSupporterSms(db: DB, pending: PendingSms): Promise<void> {
  for (const m of pending) {
    try {
      await sendSms(db, m.phone, m.text);
    } catch (err) {
      logger.error({ err }, "12345 supporter SMS failed");
    }
  }
}
