import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { bookingResource, bookingSlot } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { createCaller } from "@/server/root";
import { EVENT_KIND, generateCultureSlots, parseOpeningHours } from "@/server/modules/culture/booking";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, freshIp } from "../helpers/fixtures";
import { expectTrpcError } from "../helpers/errors";
import { newUser } from "../helpers/hotline";

let n = 0;
const key = () => `culture-router-${process.pid}-${Date.now()}-${++n}`;

describe("opening hours", () => {
  it("reads days and hours from the opening text", () => {
    const h = parseOpeningHours("周二至周日 9:00–17:00（周一闭馆）")!;
    expect([...h.days]).toEqual([2, 3, 4, 5, 6, 7]);
    expect(h).toMatchObject({ open: "09:00", close: "17:00" });
    expect(parseOpeningHours("预约开放")).toBeNull();
  });
});

describe.each(BACKENDS)("culture router on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("records course progress through the caller", async () => {
    const guest = await callerAs(db, "guest");
    const course = (await guest.culture.courses.list({}))[0]!;
    const detail = await guest.culture.courses.get({ id: course.id });
    expect(detail.progress).toBeNull();
    const citizen = await callerAs(db, "citizen");
    const r = await citizen.culture.courses.setCompleted({ chapterId: detail.chapters[0]!.id, completed: true });
    expect(r.progress.completed).toBe(1);
    expect((await citizen.culture.courses.get({ id: course.id })).progress?.completed).toBe(1);
    expect((await citizen.culture.courses.mine())[0]?.courseId).toBe(course.id);
    expect((await guest.culture.courses.chapter({ id: detail.chapters[0]!.id })).courseId).toBe(course.id);
  });

  it("searches the library and renews a loan through the caller", async () => {
    const guest = await callerAs(db, "guest");
    const found = await guest.culture.library.search({ q: "hlm", page: 1, pageSize: 5 });
    expect(found.total).toBeGreaterThan(0);
    expect((await guest.culture.library.book({ id: found.items[0]!.id })).id).toBe(found.items[0]!.id);
    const citizen = await callerAs(db, "citizen");
    const loans = await citizen.culture.library.myLoans({});
    const renewable = loans.loans.find((l) => l.canRenew)!;
    const renewed = await citizen.culture.library.renew({ loanId: renewable.id });
    expect(renewed.renewals).toBe(renewable.renewals + 1);
    await expectTrpcError(citizen.culture.library.renew({ loanId: renewable.id }), "CONFLICT");
  });

  it("registers for an event within its capacity, never beyond, and a retry registers once", async () => {
    const guest = await callerAs(db, "guest");
    const events = await guest.culture.events.list({});
    const event = events.find((e) => e.registration?.state === "open")!;
    expect(event).toBeTruthy();
    // make it a two-place event for the test
    const [res] = await db
      .select({ id: bookingResource.id })
      .from(bookingResource)
      .where(and(eq(bookingResource.kind, EVENT_KIND), eq(bookingResource.ownerId, event.id)));
    await db.update(bookingSlot).set({ capacity: 2, booked: 0 }).where(eq(bookingSlot.resourceId, res!.id));

    const people = await Promise.all([0, 1, 2].map(() => newUser(db, "citizen")));
    const callers = people.map((u) => createCaller({ db, user: u, ip: freshIp() }));
    const k = key();
    const first = await callers[0]!.culture.events.register({ eventId: event.id, idempotencyKey: k });
    expect((await callers[0]!.culture.events.register({ eventId: event.id, idempotencyKey: k })).id).toBe(first.id);
    const results = await Promise.allSettled(
      callers.slice(1).map((c) => c.culture.events.register({ eventId: event.id, idempotencyKey: key() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await guest.culture.events.get({ id: event.id });
    expect(after.registration).toMatchObject({ state: "full", remaining: 0 });
    // a cancellation gives the place back
    await callers[0]!.culture.events.cancel({ kind: "event", bookingId: first.id });
    expect((await guest.culture.events.get({ id: event.id })).registration?.remaining).toBe(1);
    expect((await callers[0]!.culture.events.mine())[0]).toMatchObject({ kind: "event", status: "cancelled" });
  });

  it("books a Fab Lab slot, one per person per day", async () => {
    await generateCultureSlots(db);
    const guest = await callerAs(db, "guest");
    const spaces = await guest.culture.events.spaces();
    let booked = false;
    for (const s of spaces) {
      const space = await guest.culture.events.space({ id: s.id });
      const day = space.days.find((d) => d.slots.filter((x) => x.state === "open").length >= 2);
      if (!day) continue;
      const [a, b] = day.slots.filter((x) => x.state === "open");
      const user = await newUser(db, "citizen");
      const c = createCaller({ db, user, ip: freshIp() });
      const r = await c.culture.events.bookSpace({ slotId: a!.slotId, idempotencyKey: key() });
      expect(r.confirmationNo).toMatch(/^CK/);
      await expectTrpcError(c.culture.events.bookSpace({ slotId: b!.slotId, idempotencyKey: key() }), "CONFLICT");
      booked = true;
      break;
    }
    expect(booked).toBe(true);
    const citizen = await callerAs(db, "guest");
    await expectTrpcError(citizen.culture.events.bookSpace({ slotId: 1, idempotencyKey: key() }), "UNAUTHORIZED");
  });
});
