import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { pointsEntry } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import { awardPoints, balance, history } from "@/server/modules/points/service";
import { GREEN_DAILY_CAP, logGreenAction } from "@/server/modules/environment/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

const key = () => `test-${randomUUID()}`;

describe.each(BACKENDS)("points ledger on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let enterprise: SessionUser;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    citizen = await demoUser(db, DEMO.citizen);
    enterprise = await demoUser(db, DEMO.enterprise);
  }, 180_000);
  afterAll(() => cleanup());

  it("awards, spends and keeps the balance equal to the sum of the entries", async () => {
    const u = citizen.id;
    const start = await balance(db, u);
    const a = await awardPoints(db, {
      userId: u,
      delta: 30,
      reason: "report_accepted",
      sourceModule: "governance",
      sourceRef: "photo:1",
      idempotencyKey: key(),
    });
    expect(a).toMatchObject({ awarded: 30, balance: start + 30, created: true, capped: false });
    const b = await awardPoints(db, { userId: u, delta: -10, reason: "redeem", sourceModule: "life", idempotencyKey: key() });
    expect(b.balance).toBe(start + 20);
    await expect(
      awardPoints(db, { userId: u, delta: -100_000, reason: "redeem", sourceModule: "life", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [{ sum }] = await db
      .select({ sum: sql<number>`coalesce(sum(${pointsEntry.delta}), 0)::int` })
      .from(pointsEntry)
      .where(eq(pointsEntry.userId, u));
    expect(await balance(db, u)).toBe(sum);
    const h = await history(db, u, { limit: 2 });
    expect(h.map((e) => [e.delta, e.reasonName])).toEqual([
      [-10, "积分兑换"],
      [30, "随手拍被采纳"],
    ]);
    expect(h[0]!.balanceAfter).toBe(start + 20);
  });

  it("returns the first award for a retried idempotency key, even when retried concurrently", async () => {
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        awardPoints(db, { userId: citizen.id, delta: 5, reason: "volunteer_hours", sourceModule: "life", idempotencyKey: k }),
      ),
    );
    expect(new Set(results.map((r) => r.entryId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.select().from(pointsEntry).where(eq(pointsEntry.idempotencyKey, k))).toHaveLength(1);
  });

  it("rejects malformed awards with a clear message", async () => {
    await expect(
      awardPoints(db, { userId: citizen.id, delta: 0, reason: "x_y", sourceModule: "life", idempotencyKey: key() }),
    ).rejects.toMatchObject({ message: "积分变动不能为0" });
    await expect(
      awardPoints(db, { userId: "not-a-uuid", delta: 1, reason: "x_y", sourceModule: "life", idempotencyKey: key() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("never passes a daily cap, however many awards race (20 parallel awards of 7 against a cap of 50)", async () => {
    const day = "2026-12-01";
    const before = await balance(db, enterprise.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        awardPoints(db, {
          userId: enterprise.id,
          delta: 7,
          reason: "green_action",
          sourceModule: "environment",
          idempotencyKey: key(),
          dailyCap: { key: "race", limit: 50, day },
        }),
      ),
    );
    expect(results.reduce((a, r) => a + r.awarded, 0)).toBe(50);
    expect(results.filter((r) => r.capped).length).toBeGreaterThan(0);
    expect(await balance(db, enterprise.id)).toBe(before + 50);
    // the next day has its own allowance
    const next = await awardPoints(db, {
      userId: enterprise.id,
      delta: 7,
      reason: "green_action",
      sourceModule: "environment",
      idempotencyKey: key(),
      dailyCap: { key: "race", limit: 50, day: "2026-12-02" },
    });
    expect(next.awarded).toBe(7);
  });

  it("caps green-action points per day under concurrent submissions, and keeps logging the trips", async () => {
    const now = new Date("2026-12-02T10:00:00+08:00");
    const ctx = { db, user: citizen };
    const results = await Promise.all(
      Array.from({ length: 12 }, () => logGreenAction(ctx, { kind: "walk", distanceKm: 2, idempotencyKey: key() }, now)),
    );
    expect(results.every((r) => r.created && r.co2SavedG > 0)).toBe(true);
    expect(results.reduce((a, r) => a + r.pointsAwarded, 0)).toBe(GREEN_DAILY_CAP);
    const retry = await logGreenAction(ctx, { kind: "walk", distanceKm: 2, idempotencyKey: "same-trip-key-1" }, now);
    const again = await logGreenAction(ctx, { kind: "walk", distanceKm: 2, idempotencyKey: "same-trip-key-1" }, now);
    expect(again).toMatchObject({ id: retry.id, created: false });
    await expect(logGreenAction(ctx, { kind: "walk", distanceKm: 2, idempotencyKey: key(), day: "2026-12-03" }, now)).rejects.toMatchObject(
      { message: "不能记录未来的出行" },
    );
    await expect(logGreenAction(ctx, { kind: "plane" as "walk", distanceKm: 2, idempotencyKey: key() }, now)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(logGreenAction({ db, user: null }, { kind: "walk", distanceKm: 2, idempotencyKey: key() }, now)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
