import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, booking, bookingResource, bookingSlot } from "@/drizzle/schema";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { book, cancelBooking, listOwnBookings } from "@/server/modules/booking/service";
import type { BookingRules } from "@/server/modules/booking/rules";
import { AppError } from "@/server/lib/errors";

/** A plain rule set for the mechanism itself (no per-person limits). */
const RULES: BookingRules = {
  kind: "test_kind",
  confirmationPrefix: "TS",
  requireRealName: true,
  onePerGroupPerDay: false,
  duplicateMessage: "重复预约",
  maxActivePerPerson: null,
  cancelDeadline: (slot) => slot.startsAt,
  cancelTooLateMessage: () => "已过取消时限",
  noShow: null,
  notices: {
    booked: (b) => ({ title: "预约成功", body: b.confirmationNo, link: "/" }),
    cancelled: (b) => ({ title: "已取消", body: b.confirmationNo, link: "/" }),
    suspended: () => ({ title: "暂停", body: "暂停", link: "/" }),
  },
};

let ownerSeq = 1;
async function makeSlot(db: DB, capacity: number, opts: { opensAt?: Date; startsAt?: Date; kind?: string } = {}) {
  const [r] = await db
    .insert(bookingResource)
    .values({ kind: opts.kind ?? RULES.kind, ownerId: ownerSeq++, name: "测试资源" })
    .returning({ id: bookingResource.id });
  const startsAt = opts.startsAt ?? new Date(Date.now() + 3 * 86_400_000);
  const [s] = await db
    .insert(bookingSlot)
    .values({
      resourceId: r!.id,
      serviceDate: startsAt.toISOString().slice(0, 10),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      opensAt: opts.opensAt ?? new Date(Date.now() - 60_000),
      closesAt: startsAt,
      capacity,
      feeFen: 1500,
    })
    .returning({ id: bookingSlot.id });
  return s!.id;
}

async function slotCounts(db: DB, slotId: number) {
  const [s] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, slotId));
  const [a] = await db
    .select({ n: count() })
    .from(booking)
    .where(and(eq(booking.slotId, slotId), eq(booking.status, "active")));
  return { booked: s!.booked, active: a!.n };
}

describe.each(BACKENDS)("booking mechanism (%s)", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(async () => cleanup?.());

  it("200 parallel attempts by 200 people at a capacity-20 slot: exactly 20 confirmations, booked = 20", async () => {
    const people = await createRealNameCitizens(db, 200, "1390100");
    const slotId = await makeSlot(db, 20);
    const results = await Promise.allSettled(people.map((u, i) => book({ db }, u, RULES, { slotId, idempotencyKey: `cap-${i}-attempt` })));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(20);
    expect(refused).toHaveLength(180);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).message).toContain("约满");
    }
    expect(await slotCounts(db, slotId)).toEqual({ booked: 20, active: 20 });
    // every confirmation is a committed booking with its own number
    const numbers = new Set(ok.map((r) => (r.status === "fulfilled" ? r.value.confirmationNo : "")));
    expect(numbers.size).toBe(20);
  });

  it("a retry with the same key (even in parallel) returns the same booking, never a second one", async () => {
    const [u] = await createRealNameCitizens(db, 1, "1390101", 1000);
    const slotId = await makeSlot(db, 5);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => book({ db }, u!, RULES, { slotId, idempotencyKey: "same-key-0001" })),
    );
    expect(new Set(attempts.map((a) => a.id)).size).toBe(1);
    expect(attempts.filter((a) => a.created)).toHaveLength(1);
    expect(await slotCounts(db, slotId)).toEqual({ booked: 1, active: 1 });
    // later retry after success too
    const later = await book({ db }, u!, RULES, { slotId, idempotencyKey: "same-key-0001" });
    expect(later).toMatchObject({ id: attempts[0]!.id, created: false });
    // the same when the slot has one place: the parallel retries must not be told "full"
    const [v] = await createRealNameCitizens(db, 1, "1390106", 1500);
    const single = await makeSlot(db, 1);
    const racing = await Promise.all(
      Array.from({ length: 6 }, () => book({ db }, v!, RULES, { slotId: single, idempotencyKey: "single-key-01" })),
    );
    expect(new Set(racing.map((a) => a.id)).size).toBe(1);
    expect(await slotCounts(db, single)).toEqual({ booked: 1, active: 1 });
    // the same key for a different slot is refused, not silently reused
    const other = await makeSlot(db, 5);
    await expect(book({ db }, u!, RULES, { slotId: other, idempotencyKey: "same-key-0001" })).rejects.toThrow("请求编号已用于另一次预约");
  });

  it("cancel gives the place back; a cancelled place can be booked by someone else", async () => {
    const [a, b] = await createRealNameCitizens(db, 2, "1390102", 1100);
    const slotId = await makeSlot(db, 1);
    const first = await book({ db }, a!, RULES, { slotId, idempotencyKey: "cancel-a-1" });
    await expect(book({ db }, b!, RULES, { slotId, idempotencyKey: "cancel-b-1" })).rejects.toThrow("约满");
    const cancelled = await cancelBooking({ db }, a!, RULES, first.id);
    expect(cancelled.status).toBe("cancelled");
    expect(await slotCounts(db, slotId)).toEqual({ booked: 0, active: 0 });
    // cancelling twice is harmless and does not free a second place
    await cancelBooking({ db }, a!, RULES, first.id);
    expect((await slotCounts(db, slotId)).booked).toBe(0);
    const second = await book({ db }, b!, RULES, { slotId, idempotencyKey: "cancel-b-2" });
    expect(second.status).toBe("active");
    expect(await slotCounts(db, slotId)).toEqual({ booked: 1, active: 1 });
  });

  it("one citizen cannot see or cancel another's booking", async () => {
    const [owner, other] = await createRealNameCitizens(db, 2, "1390103", 1200);
    const slotId = await makeSlot(db, 3);
    const mine = await book({ db }, owner!, RULES, { slotId, idempotencyKey: "owner-1-key" });
    await expect(cancelBooking({ db }, other!, RULES, mine.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnBookings(db, other!, RULES.kind)).map((b) => b.id)).not.toContain(mine.id);
    expect((await listOwnBookings(db, owner!, RULES.kind)).map((b) => b.id)).toContain(mine.id);
    expect(await slotCounts(db, slotId)).toEqual({ booked: 1, active: 1 });
  });

  it("a slot opens at its release time, not a moment before", async () => {
    const [u] = await createRealNameCitizens(db, 1, "1390104", 1300);
    const opensAt = new Date(Date.now() + 3_600_000);
    const slotId = await makeSlot(db, 2, { opensAt });
    await expect(book({ db }, u!, RULES, { slotId, idempotencyKey: "early-1-key" }, new Date(opensAt.getTime() - 1000))).rejects.toThrow(
      "开放预约",
    );
    const ok = await book({ db }, u!, RULES, { slotId, idempotencyKey: "early-2-key" }, opensAt);
    expect(ok.status).toBe("active");
  });

  it("a slot of another kind is not bookable with these rules; a citizen without real name is refused", async () => {
    const [u] = await createRealNameCitizens(db, 1, "1390105", 1400);
    const slotId = await makeSlot(db, 2, { kind: "other_kind" });
    await expect(book({ db }, u!, RULES, { slotId, idempotencyKey: "kind-1-key" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [plain] = await db
      .insert(accountUser)
      .values({ phone: "13901059999", nickname: "未实名", role: "citizen" })
      .returning({ id: accountUser.id });
    const anon = { id: plain!.id, role: "citizen" as const, name: "未实名" };
    const open = await makeSlot(db, 2);
    await expect(book({ db }, anon, RULES, { slotId: open, idempotencyKey: "anon-1-key" })).rejects.toThrow("实名认证");
    expect((await slotCounts(db, open)).booked).toBe(0);
  });
});
