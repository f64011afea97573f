import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountUser, alertsAlert, alertsDelivery, alertsFanoutJob } from "@/drizzle/schema";
import { sendSmsBatch } from "@/server/lib/sms";
import { areasText, SEVERITY_LABELS, type Severity, severityText } from "./labels";

/**
 * The fan-out of a published alert to its subscribers, off the publish request:
 * 1. expand: each queued job becomes one `alerts_delivery` row per matching subscriber — one
 *    INSERT … SELECT, unique per (alert, person), so running it twice adds nothing;
 * 2. send: batches of deliveries are claimed with FOR UPDATE SKIP LOCKED, and the in-site messages,
 *    the SMS (dev transport: into the outbox) and `sent_at` are written in the batch's transaction.
 *    Two workers (two instances) never claim the same row, so nobody is sent an alert twice.
 * A subscriber matches when the alert covers the whole city, or the subscriber chose the whole city,
 * or their divisions overlap the alert's, and the alert is at least their minimum level.
 */

export type DrainResult = { expanded: number; sent: number; messages: number; sms: number };

function messageOf(alert: typeof alertsAlert.$inferSelect) {
  const level = severityText(alert.severity as Severity);
  const link = `/alerts/${alert.msgType === "cancel" && alert.referencesId ? alert.referencesId : alert.id}`;
  if (alert.msgType === "cancel") {
    return {
      title: `【预警解除】${alert.headline}`,
      body: `${alert.issuer}：${alert.description}`,
      link,
      sms: `【智慧南通】${alert.issuer}解除${areasText(alert.areas)}${alert.event}${SEVERITY_LABELS[alert.severity as Severity].colour}预警：${alert.description}`,
    };
  }
  const verb = alert.msgType === "update" ? "更新" : "发布";
  return {
    title: `【${level}】${alert.headline}`,
    body: `${alert.description}\n\n防御指南：${alert.instruction}`,
    link,
    sms: `【智慧南通】${alert.issuer}${verb}${areasText(alert.areas)}${alert.event}${SEVERITY_LABELS[alert.severity as Severity].colour}预警：${alert.headline}。防御指南见 智慧南通 ${link}`,
  };
}

/** Step 1: turn queued jobs into deliveries. */
export async function expandJobs(db: DB, now = new Date()): Promise<number> {
  const jobs = await db
    .select({ alertId: alertsFanoutJob.alertId })
    .from(alertsFanoutJob)
    .where(isNull(alertsFanoutJob.expandedAt))
    .orderBy(asc(alertsFanoutJob.createdAt))
    .limit(20);
  let total = 0;
  for (const { alertId } of jobs) {
    const [alert] = await db.select().from(alertsAlert).where(eq(alertsAlert.id, alertId));
    if (!alert) continue;
    // An alert that was superseded or expired before its turn is not sent (its update or cancel is).
    const stale = alert.msgType !== "cancel" && (alert.supersededById !== null || alert.expiresAt.getTime() <= now.getTime());
    if (stale) {
      await db.update(alertsFanoutJob).set({ expandedAt: now }).where(eq(alertsFanoutJob.alertId, alertId));
      continue;
    }
    const cityWide = alert.areas.includes("city");
    const areas = sql`${`{${alert.areas.join(",")}}`}::text[]`;
    const result = await db.execute(sql`
      insert into alerts_delivery (alert_id, user_id, by_message, by_sms)
      select ${alertId}, s.user_id, s.by_message, s.by_sms
      from alerts_subscription s
      join account_user u on u.id = s.user_id and not u.disabled
      where s.min_severity_rank <= ${alert.severityRank}
        and (s.by_message or s.by_sms)
        and (${cityWide} or 'city' = any(s.areas) or s.areas && ${areas})
      on conflict (alert_id, user_id) do nothing`);
    total += Number((result as { count?: number; affectedRows?: number }).count ?? (result as { affectedRows?: number }).affectedRows ?? 0);
    await db
      .update(alertsFanoutJob)
      .set({ expandedAt: now })
      .where(and(eq(alertsFanoutJob.alertId, alertId), isNull(alertsFanoutJob.expandedAt)));
  }
  return total;
}

/** Step 2: one batch, claimed and sent in one transaction; returns how many deliveries it sent. */
export async function sendBatch(db: DB, batchSize = 1000, now = new Date()): Promise<{ sent: number; messages: number; sms: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: alertsDelivery.id,
        alertId: alertsDelivery.alertId,
        userId: alertsDelivery.userId,
        byMessage: alertsDelivery.byMessage,
        bySms: alertsDelivery.bySms,
      })
      .from(alertsDelivery)
      .where(isNull(alertsDelivery.sentAt))
      .orderBy(asc(alertsDelivery.id))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return { sent: 0, messages: 0, sms: 0 };
    const alertIds = [...new Set(rows.map((r) => r.alertId))];
    const alerts = new Map(
      (await tx.select().from(alertsAlert).where(inArray(alertsAlert.id, alertIds))).map((al) => [al.id, messageOf(al)]),
    );
    const smsUsers = rows.filter((r) => r.bySms).map((r) => r.userId);
    const phones = smsUsers.length
      ? new Map(
          (
            await tx.select({ id: accountUser.id, phone: accountUser.phone }).from(accountUser).where(inArray(accountUser.id, smsUsers))
          ).map((u) => [u.id, u.phone]),
        )
      : new Map<string, string>();
    const messages = rows
      .filter((r) => r.byMessage)
      .map((r) => {
        const m = alerts.get(r.alertId)!;
        return { userId: r.userId, title: m.title, body: m.body, link: m.link, createdAt: now };
      });
    for (let i = 0; i < messages.length; i += 2000) await tx.insert(accountMessage).values(messages.slice(i, i + 2000));
    const sms = rows
      .filter((r) => r.bySms && phones.has(r.userId))
      .map((r) => ({ phone: phones.get(r.userId)!, text: alerts.get(r.alertId)!.sms }));
    for (let i = 0; i < sms.length; i += 2000) await sendSmsBatch(tx, sms.slice(i, i + 2000));
    await tx
      .update(alertsDelivery)
      .set({ sentAt: now })
      .where(
        inArray(
          alertsDelivery.id,
          rows.map((r) => r.id),
        ),
      );
    return { sent: rows.length, messages: messages.length, sms: sms.length };
  });
}

/** Marks jobs done once every delivery of theirs is sent. */
async function finishJobs(db: DB, now: Date) {
  await db
    .update(alertsFanoutJob)
    .set({ doneAt: now })
    .where(
      and(
        isNotNull(alertsFanoutJob.expandedAt),
        isNull(alertsFanoutJob.doneAt),
        sql`not exists (select 1 from alerts_delivery d where d.alert_id = ${alertsFanoutJob.alertId} and d.sent_at is null)`,
      ),
    );
}

/** Expands queued jobs and sends every pending delivery. Safe to run on several workers at once. */
export async function drainFanout(db: DB, opts: { batchSize?: number; now?: () => Date } = {}): Promise<DrainResult> {
  const now = opts.now ?? (() => new Date());
  const result: DrainResult = { expanded: await expandJobs(db, now()), sent: 0, messages: 0, sms: 0 };
  for (;;) {
    const b = await sendBatch(db, opts.batchSize ?? 1000, now());
    if (b.sent === 0) break;
    result.sent += b.sent;
    result.messages += b.messages;
    result.sms += b.sms;
  }
  await finishJobs(db, now());
  return result;
}

/** Jobs not yet done (for the staff desk and the bench). */
export async function pendingJobs(db: DB): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(alertsFanoutJob)
    .where(isNull(alertsFanoutJob.doneAt));
  return r?.n ?? 0;
}

/** How far an alert's fan-out got (the staff desk shows it); null when it was never queued (not published). */
export async function fanoutProgress(
  db: DB,
  alertId: number,
): Promise<{ expanded: boolean; done: boolean; total: number; sent: number } | null> {
  const [job] = await db
    .select({ expandedAt: alertsFanoutJob.expandedAt, doneAt: alertsFanoutJob.doneAt })
    .from(alertsFanoutJob)
    .where(eq(alertsFanoutJob.alertId, alertId));
  if (!job) return null;
  const [counts] = await db
    .select({ total: sql<number>`count(*)::int`, sent: sql<number>`count(${alertsDelivery.sentAt})::int` })
    .from(alertsDelivery)
    .where(eq(alertsDelivery.alertId, alertId));
  return { expanded: job.expandedAt !== null, done: job.doneAt !== null, total: counts?.total ?? 0, sent: counts?.sent ?? 0 };
}
