import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { accountDevSmsOutbox, accountMessage, alertsDelivery, alertsFanoutJob } from "@/drizzle/schema";
import { openDatabase, type DatabaseHandle, type DB } from "@/server/db";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import * as alerts from "@/server/modules/alerts/service";
import { expandJobs, pendingJobs, sendBatch } from "@/server/modules/alerts/fanout";
import { AREA_LABELS } from "@/server/modules/alerts/labels";
import { startAlertsJobs, sweepFanout, sweepIntervalMs } from "@/server/modules/alerts/jobs";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { demoUser, freshIp } from "../helpers/fixtures";
import { newUser } from "../helpers/hotline";

// Issue 16: an instance that dies while draining an alert's fan-out must not leave the rest unsent
// until the next publish. The sweeper (server/modules/alerts/jobs.ts, a startLeaderLoop job started by
// server/jobs.ts) finishes a half-drained job, and sends each subscriber exactly one message and SMS.

const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting for the sweeper");
    await sleep(50);
  }
}

describe("ALERTS_FANOUT_SWEEP_SECONDS", () => {
  it("defaults to 30 s and refuses values out of 5–3600", () => {
    expect(sweepIntervalMs({})).toBe(30_000);
    expect(sweepIntervalMs({ ALERTS_FANOUT_SWEEP_SECONDS: "10" })).toBe(10_000);
    for (const bad of ["0", "2", "abc", "99999"]) expect(sweepIntervalMs({ ALERTS_FANOUT_SWEEP_SECONDS: bad })).toBe(30_000);
  });
});

describe.each(BACKENDS)("alert fan-out sweeper on %s", (backend) => {
  let handle: DatabaseHandle;
  let db: DB;
  let url: string | undefined;
  let cleanup: () => Promise<void>;
  let drafter: SessionUser;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    handle = t.handle;
    db = handle.db;
    url = t.url;
    cleanup = t.cleanup;
    drafter = await demoUser(db, "13800000021");
  });
  afterAll(() => cleanup());

  /** Seven subscribers of a division and a published yellow alert for it (queued, nothing sent yet). */
  async function publishToSubscribers(area: "haimen" | "rudong") {
    const name = AREA_LABELS[area];
    const ctx = { db, ip: freshIp() };
    const users = [];
    for (let i = 0; i < 7; i++) {
      const u = await newUser(db, "citizen");
      await alerts.saveSubscription(ctx, u, { areas: [area], minSeverity: "blue", byMessage: true, bySms: true });
      users.push(u);
    }
    const now = Date.now();
    const d = await alerts.createDraft(ctx, drafter, {
      content: {
        type: "weather",
        event: "大雾",
        severity: "yellow",
        areas: [area],
        headline: `南通市气象台发布${name}大雾黄色预警（测试）`,
        description: `预计未来12小时内${name}将出现能见度小于500米的雾。`,
        instruction: "1. 驾驶人员注意雾的变化，小心驾驶；2. 机场、高速公路、轮渡码头注意调度。",
        capStatus: "actual",
        effectiveAt: new Date(now - 60_000),
        expiresAt: new Date(now + 12 * HOUR),
      },
    });
    const published = await alerts.submit(ctx, drafter, { id: d.id, version: d.version });
    expect(published.state).toBe("published");
    return { users, alertId: published.id, sms: `${name}大雾黄色预警` };
  }

  /** Each subscriber has exactly one sent delivery, one in-site message and one SMS of the alert. */
  async function expectEachOnce(users: (SessionUser & { phone: string })[], alertId: number, smsText: string) {
    const ids = users.map((u) => u.id);
    const deliveries = await db
      .select({ userId: alertsDelivery.userId, sentAt: alertsDelivery.sentAt })
      .from(alertsDelivery)
      .where(and(eq(alertsDelivery.alertId, alertId), inArray(alertsDelivery.userId, ids)));
    expect(deliveries.map((d) => d.userId).sort()).toEqual([...ids].sort());
    expect(deliveries.every((d) => d.sentAt !== null)).toBe(true);
    const messages = await db
      .select({ userId: accountMessage.userId })
      .from(accountMessage)
      .where(and(inArray(accountMessage.userId, ids), eq(accountMessage.link, `/alerts/${alertId}`)));
    expect(messages.map((m) => m.userId).sort()).toEqual([...ids].sort());
    const sms = await db
      .select({ phone: accountDevSmsOutbox.phone, body: accountDevSmsOutbox.body })
      .from(accountDevSmsOutbox)
      .where(
        inArray(
          accountDevSmsOutbox.phone,
          users.map((u) => u.phone),
        ),
      );
    const ofAlert = sms.filter((s) => s.body.includes(smsText));
    expect(ofAlert.map((s) => s.phone).sort()).toEqual(users.map((u) => u.phone).sort());
  }

  const jobDone = async (alertId: number) =>
    (await db.select({ doneAt: alertsFanoutJob.doneAt }).from(alertsFanoutJob).where(eq(alertsFanoutJob.alertId, alertId)))[0]?.doneAt !=
    null;

  it("finishes a job an instance left half-drained, sending each subscriber exactly once", async () => {
    await sweepFanout(db, { handle }); // whatever the seed queued
    const { users, alertId, sms } = await publishToSubscribers("haimen");
    const unsent = () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(alertsDelivery)
        .where(and(eq(alertsDelivery.alertId, alertId), isNull(alertsDelivery.sentAt)))
        .then((r) => r[0]!.n);

    if (backend === "postgres") {
      // Another instance takes the fan-out lock, expands the job, sends one batch, and dies while it
      // holds the next batch in an open transaction.
      const other = await openDatabase({ url: url!, poolSize: 3 });
      const hang = new Promise<void>(() => {});
      let holding!: () => void;
      const holds = new Promise<void>((r) => (holding = r));
      const dying = runOncePerCluster(
        "alerts-fanout",
        async () => {
          await expandJobs(other.db);
          expect((await sendBatch(other.db, 2)).sent).toBe(2);
          await other.db.transaction(async (tx) => {
            await tx.select({ id: alertsDelivery.id }).from(alertsDelivery).where(isNull(alertsDelivery.sentAt)).limit(2).for("update");
            holding();
            await hang;
          });
        },
        { handle: other },
      ).catch((e: unknown) => e);
      await holds;
      // While the other instance is alive and draining, the sweeper does not step in.
      expect(await sweepFanout(db, { handle })).toBeNull();
      expect(await unsent()).toBe(5);
      // The instance dies: its sockets close (its pool is ended without waiting for the hung task),
      // so PostgreSQL rolls its transaction back and frees its lock. The task itself never returns.
      void dying;
      await other.close();
    } else {
      // PGlite is one process: the instance that died took its in-memory lock with it; it had
      // expanded the job and sent one batch.
      await expandJobs(db);
      expect((await sendBatch(db, 2)).sent).toBe(2);
    }
    expect(await unsent()).toBe(5);
    expect(await jobDone(alertId)).toBe(false);
    // The staff desk shows the half-sent state.
    const half = (await alerts.deskItem(db, drafter, alertId)).fanout;
    expect(half).toMatchObject({ expanded: true, done: false });
    expect(half!.total - half!.sent).toBe(5);

    // Two instances run the sweeper (one handle on PGlite); the leader finishes the job.
    const second = url ? await openDatabase({ url, poolSize: 3 }) : handle;
    const stops = [
      startAlertsJobs(db, {}, { handle, intervalMs: 100, retryMs: 50 }),
      startAlertsJobs(second.db, {}, { handle: second, intervalMs: 100, retryMs: 50 }),
    ];
    try {
      await until(() => jobDone(alertId));
    } finally {
      for (const s of stops) await s();
      if (second !== handle) await second.close();
    }
    expect(await unsent()).toBe(0);
    await expectEachOnce(users, alertId, sms);
    const done = (await alerts.deskItem(db, drafter, alertId)).fanout;
    expect(done).toMatchObject({ expanded: true, done: true });
    expect(done!.sent).toBe(done!.total);
    // Nothing is left for another sweep.
    expect(await pendingJobs(db)).toBe(0);
    expect(await sweepFanout(db, { handle })).toBeNull();
    await expectEachOnce(users, alertId, sms);
  });

  it("ALERTS_FANOUT_SWEEP=off starts no sweeper", async () => {
    const { users, alertId, sms } = await publishToSubscribers("rudong");
    const stop = startAlertsJobs(db, { ALERTS_FANOUT_SWEEP: "off" }, { handle, intervalMs: 50, retryMs: 20 });
    await sleep(400);
    await stop();
    expect(await jobDone(alertId)).toBe(false);
    expect((await sweepFanout(db, { handle }))?.sent).toBe(7);
    await expectEachOnce(users, alertId, sms);
  });
});
