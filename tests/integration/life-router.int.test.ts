import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { booking, bookingResource, bookingSlot, tourismSpot } from "@/drizzle/schema";
import { createCaller } from "@/server/root";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, demoUser, freshIp } from "../helpers/fixtures";
import { expectTrpcError, fieldErrorsOf } from "../helpers/errors";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { SAMPLE_MOTHER_ID } from "@/drizzle/seed/life";
import { shanghaiDate } from "@/server/modules/life/time";
import type { SessionUser } from "@/server/modules/account/service";

let keySeq = 0;
const key = () => `life-router-${process.pid}-${++keySeq}`;

/** The life router as each role sees it: the same procedures pages and actions call. */
describe.each(BACKENDS)("life router through the caller (%s)", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let people: SessionUser[];
  const as = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });
  const staffAs = async (phone: string) => as(await demoUser(db, phone));
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    people = await createRealNameCitizens(db, 6, "1390600", 7000);
  });
  afterAll(async () => cleanup?.());

  /** The first open slot of 南通大学附属医院 at least 3 hours ahead, read from the public schedule. */
  async function openSlot() {
    const guest = as(null);
    const hospital = await guest.life.health.hospital({ code: "ntdxfy" });
    for (const dept of hospital.departments) {
      const s = await guest.life.health.schedule({ hospitalCode: "ntdxfy", departmentCode: dept.code });
      for (const day of s.days)
        for (const doc of day.doctors)
          for (const slot of doc.slots) if (slot.state === "open" && slot.startsAt.getTime() > Date.now() + 3 * 3_600_000) return slot;
    }
    throw new Error("no open slot");
  }

  it("public reference data needs no sign-in; personal procedures need it; other roles are refused", async () => {
    const guest = as(null);
    expect((await guest.life.health.hospitals()).length).toBeGreaterThanOrEqual(6);
    expect((await guest.life.tourism.spots()).map((s) => s.code)).toContain("langshan");
    expect(await guest.life.wifi.places({})).toHaveLength(20);
    expect((await guest.life.wifi.places({ district: "崇川区" })).every((p) => p.district === "崇川区")).toBe(true);
    expect((await guest.life.card.outlets()).length).toBeGreaterThan(0);
    expect((await guest.life.community.centres({})).length).toBeGreaterThan(0);
    const schedule = await guest.life.health.schedule({ hospitalCode: "ntdxfy", departmentCode: "cardio" });
    expect(schedule).toMatchObject({ releaseTime: "07:00", bookingDays: 7 });
    expect(schedule.days).toHaveLength(8);

    await expectTrpcError(guest.life.health.mine(), "UNAUTHORIZED");
    await expectTrpcError(guest.life.card.reportLoss(), "UNAUTHORIZED");
    await expectTrpcError(guest.life.health.book({ slotId: 1, idempotencyKey: key() }), "UNAUTHORIZED");
    const agent = await callerAs(db, "agent");
    await expectTrpcError(agent.life.health.mine(), "FORBIDDEN");
    await expectTrpcError(agent.life.health.dayList({}), "FORBIDDEN");
    const citizen = await callerAs(db, "citizen");
    await expectTrpcError(citizen.life.health.dayList({}), "FORBIDDEN");
    await expectTrpcError(citizen.life.tourism.check({ token: "AAAAAAAAAAAAAAAAAAAAAA" }), "FORBIDDEN");
    await expectTrpcError(citizen.life.card.restore({ cardNo: "3206001603180027", idNumber: "x" }), "FORBIDDEN");
    // 市城管局 staff hold life.desk but no hospital: refused by the assignment, not the role
    await expectTrpcError((await callerAs(db, "staff")).life.health.dayList({}), "FORBIDDEN");
    // /staff/life shows each desk user only the desks of the units they are bound to
    expect(await (await callerAs(db, "staff")).life.desks()).toEqual([]);
    expect(await (await staffAs("13800000007")).life.desks()).toEqual(["hospital"]);
    expect(await (await staffAs("13800000009")).life.desks()).toEqual(["scenic_spot"]);
    expect(await (await staffAs("13800000008")).life.desks()).toEqual(["community_centre", "citycard_outlet"]);
    await expectTrpcError(citizen.life.desks(), "FORBIDDEN");
    // bad input is a 400 with a Chinese field message
    const bad = await expectTrpcError(guest.life.health.schedule({ hospitalCode: "NT DX", departmentCode: "cardio" }), "BAD_REQUEST");
    expect(fieldErrorsOf(bad).hospitalCode?.[0]).toBe("编号无效");
    await expectTrpcError(guest.life.health.hospital({ code: "nowhere" }), "NOT_FOUND");
  });

  it("a citizen books, sees, downloads and cancels; another citizen can neither see nor cancel it; the hospital desk sees it", async () => {
    const slot = await openSlot();
    const owner = as(people[0]!);
    const other = as(people[1]!);
    const k = key();
    const made = await owner.life.health.book({ slotId: slot.id, idempotencyKey: k });
    expect(made).toMatchObject({ status: "active", created: true, canCancel: true });
    expect(made.confirmationNo).toMatch(/^GH\d{16}$/);
    expect(made.patientNameMasked).toMatch(/\*/);
    // the same key again (a double click) is the same booking
    expect(await owner.life.health.book({ slotId: slot.id, idempotencyKey: k })).toMatchObject({ id: made.id, created: false });
    expect((await owner.life.health.mine()).map((a) => a.id)).toContain(made.id);
    const ics = await owner.life.health.ics({ id: made.id });
    expect(ics.body).toContain("BEGIN:VCALENDAR");
    expect(ics.body).toContain(made.confirmationNo);

    expect(await other.life.health.mine()).toEqual([]);
    await expectTrpcError(other.life.health.get({ id: made.id }), "NOT_FOUND");
    await expectTrpcError(other.life.health.ics({ id: made.id }), "NOT_FOUND");
    await expectTrpcError(other.life.health.cancel({ id: made.id }), "NOT_FOUND");

    const desk = await staffAs("13800000007");
    const list = await desk.life.health.dayList({ date: made.serviceDate });
    expect(list.hospitalName).toBe("南通大学附属医院");
    expect(list.items.find((i) => i.id === made.id)).toMatchObject({ confirmationNo: made.confirmationNo, status: "active" });
    // the scenic gate cannot read the hospital's list
    await expectTrpcError((await staffAs("13800000009")).life.health.dayList({}), "FORBIDDEN");
    if (made.serviceDate > shanghaiDate(new Date())) {
      await expectTrpcError(desk.life.health.mark({ id: made.id, outcome: "used" }), "CONFLICT");
    }

    const cancelled = await owner.life.health.cancel({ id: made.id });
    expect(cancelled).toMatchObject({ status: "cancelled", canCancel: false });
    // the place is free again: the same patient may book the same slot
    expect(await owner.life.health.book({ slotId: slot.id, idempotencyKey: key() })).toMatchObject({ status: "active", created: true });
  });

  it("books for a linked family member; the patient is the member, masked", async () => {
    const citizen = await callerAs(db, "citizen");
    const members = await citizen.life.family.list();
    const mother = members.find((m) => m.relation === "parent");
    expect(mother).toMatchObject({ nameMasked: "周**", gender: "female" });
    expect(mother!.idMasked).not.toContain(SAMPLE_MOTHER_ID.slice(6, 14));
    const slot = await openSlot();
    const b = await citizen.life.health.book({ slotId: slot.id, familyMemberId: mother!.id, idempotencyKey: key() });
    expect(b.patientNameMasked).toBe("周**");
    // someone else's family member id is "not found"
    await expectTrpcError(
      as(people[2]!).life.health.book({ slotId: slot.id, familyMemberId: mother!.id, idempotencyKey: key() }),
      "NOT_FOUND",
    );
    await citizen.life.health.cancel({ id: b.id });
    // adding a member validates the ID number with a field message
    const e = await expectTrpcError(
      citizen.life.family.add({ relation: "child", name: "周小米", idNumber: "320613201501010000" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(e).idNumber?.[0]).toBeTruthy();
  });

  it("tourism: book a ticket type, get a QR ticket, and the spot's gate checks it in once", async () => {
    const citizen = as(people[3]!);
    const spot = await as(null).life.tourism.spot({ code: "langshan" });
    expect(spot.ticketTypes.length).toBeGreaterThan(0);
    // Make today's day ticket bookable whatever the time of the run (entry until two hours from now).
    const [today] = await db
      .select({ id: bookingSlot.id })
      .from(bookingSlot)
      .innerJoin(bookingResource, and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, "scenic_spot")))
      .innerJoin(tourismSpot, and(eq(tourismSpot.id, bookingResource.ownerId), eq(tourismSpot.code, "langshan")))
      .where(eq(bookingSlot.serviceDate, shanghaiDate(new Date())));
    const now = Date.now();
    await db
      .update(bookingSlot)
      .set({
        opensAt: new Date(now - 86_400_000),
        startsAt: new Date(now - 3_600_000),
        closesAt: new Date(now + 7_200_000),
        endsAt: new Date(now + 10_800_000),
      })
      .where(eq(bookingSlot.id, today!.id));
    const ticket = await citizen.life.tourism.book({ slotId: today!.id, optionCode: spot.ticketTypes[0]!.code, idempotencyKey: key() });
    expect(ticket).toMatchObject({ status: "active", spotCode: "langshan", ticketType: spot.ticketTypes[0]!.name });
    expect(ticket.qrSvg).toContain("<svg");
    expect((await citizen.life.tourism.mine()).map((t) => t.id)).toContain(ticket.id);
    await expectTrpcError(as(people[4]!).life.tourism.ticket({ id: ticket.id }), "NOT_FOUND");

    const [row] = await db.select({ token: booking.ticketToken }).from(booking).where(eq(booking.id, ticket.id));
    const gate = await staffAs("13800000009");
    expect(await gate.life.tourism.check({ token: row!.token })).toMatchObject({ status: "used", confirmationNo: ticket.confirmationNo });
    const again = await expectTrpcError(gate.life.tourism.check({ token: row!.token }), "CONFLICT");
    expect(again.message).toMatch(/已于/);
    await expectTrpcError((await staffAs("13800000007")).life.tourism.check({ token: row!.token }), "FORBIDDEN");
    expect((await citizen.life.tourism.ticket({ id: ticket.id })).qrSvg).toBeNull();
  });

  it("市民卡: report loss through the caller; only the counter restores it, with the holder's ID", async () => {
    const citizen = await callerAs(db, "citizen");
    const card = await citizen.life.card.mine();
    expect(card).toMatchObject({ status: "active" });
    expect((await citizen.life.card.transactions({ type: "bus" })).items.every((t) => t.typeName === "公交")).toBe(true);
    expect(await citizen.life.card.reportLoss()).toMatchObject({ status: "lost", changed: true });
    expect(await citizen.life.card.mine()).toMatchObject({ status: "lost", statusName: "已挂失" });
    const counter = await staffAs("13800000008");
    const wrong = await expectTrpcError(
      counter.life.card.restore({ cardNo: "3206001603180027", idNumber: SAMPLE_MOTHER_ID }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(wrong).idNumber).toBeTruthy();
    const { SAMPLE_ID_NUMBER } = await import("@/drizzle/seed/demo-accounts");
    expect(await counter.life.card.restore({ cardNo: "3206001603180027", idNumber: SAMPLE_ID_NUMBER })).toEqual({ status: "active" });
    expect(await citizen.life.card.mine()).toMatchObject({ status: "active" });
    // no card: null, not an error; without real name: a clear refusal
    expect(await as(people[5]!).life.card.mine()).toBeNull();
    await expectTrpcError((await callerAs(db, "enterprise")).life.card.mine(), "FORBIDDEN");
  });

  it("老人二维码名片: the public view carries only chosen fields; a revoked token is NOT_FOUND", async () => {
    const citizen = as(people[0]!);
    const saved = await citizen.life.community.saveElderCard({
      visibleFields: ["name", "bloodType"],
      displayName: "张奶奶",
      bloodType: "O",
      allergies: "青霉素",
      emergencyContacts: [{ name: "张伟", relation: "儿子", phone: "13800000111" }],
    });
    expect(saved.token).toBeTruthy();
    const view = await as(null).life.community.publicElderCard({ token: saved.token! });
    expect(view).toEqual({ name: "张奶奶", bloodType: "O" });
    const qr = await citizen.life.community.elderCardQr({ id: saved.id });
    expect(qr.url).toMatch(new RegExp(`/card/${saved.token}$`));
    expect(qr.svg).toContain("<svg");
    await expectTrpcError(as(people[1]!).life.community.elderCardQr({ id: saved.id }), "NOT_FOUND");
    await expectTrpcError(as(people[1]!).life.community.revokeElderCard({ id: saved.id }), "NOT_FOUND");
    await citizen.life.community.revokeElderCard({ id: saved.id });
    await expectTrpcError(as(null).life.community.publicElderCard({ token: saved.token! }), "NOT_FOUND");
    const fresh = await citizen.life.community.regenerateElderCard({ id: saved.id });
    expect(fresh.token).not.toBe(saved.token);
    expect(await as(null).life.community.publicElderCard({ token: fresh.token! })).toEqual({ name: "张奶奶", bloodType: "O" });
    const missing = await expectTrpcError(citizen.life.community.saveElderCard({ visibleFields: ["allergies"] }), "BAD_REQUEST");
    expect(fieldErrorsOf(missing).allergies?.[0]).toMatch(/过敏史/);
  });

  it("home care: the family files and follows a request; the centre desk moves it on", async () => {
    const citizen = await callerAs(db, "citizen");
    const mother = (await citizen.life.family.list()).find((m) => m.relation === "parent")!;
    const centre = (await citizen.life.community.centres({})).find((c) => c.code === "cc-chongchuan-1")!;
    const made = await citizen.life.community.requestCare({
      familyMemberId: mother.id,
      centreId: centre.id,
      serviceType: centre.services[0] as "cleaning",
      scheduledAt: new Date(Date.now() + 2 * 86_400_000),
      address: "崇川区示例路1号2幢301室",
      contactPhone: "13800000001",
      idempotencyKey: key(),
    });
    const desk = await staffAs("13800000008");
    expect((await desk.life.community.queue({})).find((r) => r.id === made.id)).toMatchObject({ elderName: "周秀英" });
    await desk.life.community.transition({ id: made.id, to: "accepted" });
    const detail = await citizen.life.community.request({ id: made.id });
    expect(detail.events.map((e) => e.toStatus)).toEqual(["submitted", "accepted"]);
    expect(detail.elderNameMasked).toBe("周**");
    const refuse = await expectTrpcError(desk.life.community.transition({ id: made.id, to: "declined" }), "BAD_REQUEST");
    expect(fieldErrorsOf(refuse).note).toBeTruthy();
    await expectTrpcError(as(people[2]!).life.community.request({ id: made.id }), "NOT_FOUND");
  });

  it("公积金: one's own account and history", async () => {
    const citizen = await callerAs(db, "citizen");
    const account = await citizen.life.housing.account();
    expect(account).toMatchObject({ statusName: "正常缴存" });
    const entries = await citizen.life.housing.entries({});
    expect(entries.items[0]!.balanceAfterFen).toBe(account!.balanceFen);
    expect(await as(people[1]!).life.housing.account()).toBeNull();
  });
});
