import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import ICAL from "ical.js";
import type { DB } from "@/server/db";
import { auditLog, booking, bookingResource, bookingSlot, healthDoctor, healthHospital } from "@/drizzle/schema";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { demoUser, DEMO } from "../helpers/fixtures";
import { createRealNameCitizens, sampleIdNumber, sampleName } from "@/drizzle/seed/life/sample-people";
import { addFamilyMember, listFamilyMembers } from "@/server/modules/family/service";
import { activeSuspension } from "@/server/modules/booking/service";
import { firstRow } from "@/server/modules/life";
import {
  appointmentIcs,
  bookAppointment,
  cancelAppointment,
  departmentSchedule,
  getHospital,
  getMyAppointment,
  HOSPITAL_KIND,
  listHospitals,
  listMyAppointments,
  markAppointment,
  slotDetail,
  staffDayList,
} from "@/server/modules/health/service";
import { healthConfig } from "@/server/modules/health/config";
import { addDays, atShanghai, shanghaiDate } from "@/server/modules/life/time";
import type { SessionUser } from "@/server/modules/account/service";

type Slot = {
  id: number;
  startsAt: Date;
  opensAt: Date;
  closesAt: Date;
  serviceDate: string;
  groupKey: string | null;
  hospitalCode: string;
};

/** Bookable hospital slots at `now`, at most one per (department, day) unless `sameGroup`. */
async function hospitalSlots(db: DB, now: Date, opts: { hospitalCode?: string; minStartOffsetMs?: number } = {}): Promise<Slot[]> {
  return db
    .select({
      id: bookingSlot.id,
      startsAt: bookingSlot.startsAt,
      opensAt: bookingSlot.opensAt,
      closesAt: bookingSlot.closesAt,
      serviceDate: bookingSlot.serviceDate,
      groupKey: bookingSlot.groupKey,
      hospitalCode: healthHospital.code,
    })
    .from(bookingSlot)
    .innerJoin(bookingResource, and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, HOSPITAL_KIND)))
    .innerJoin(healthDoctor, eq(healthDoctor.id, bookingResource.ownerId))
    .innerJoin(healthHospital, eq(healthHospital.id, healthDoctor.hospitalId))
    .where(
      and(
        lte(bookingSlot.opensAt, now),
        gt(bookingSlot.startsAt, new Date(now.getTime() + (opts.minStartOffsetMs ?? 4 * 3_600_000))),
        sql`${bookingSlot.booked} = 0`,
        opts.hospitalCode ? eq(healthHospital.code, opts.hospitalCode) : undefined,
      ),
    )
    .orderBy(asc(bookingSlot.startsAt), asc(bookingSlot.id));
}

/** One slot per distinct (department, day). */
function distinctGroups(slots: Slot[]): Slot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    const k = `${s.groupKey}|${s.serviceDate}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

let keySeq = 0;
const key = () => `health-test-${process.pid}-${++keySeq}`;

describe.each(BACKENDS)("健康南通 appointments (%s)", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  const now = new Date();
  let people: SessionUser[];
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    people = await createRealNameCitizens(db, 120, "1390200", 3000);
  });
  afterAll(async () => cleanup?.());

  it("lists the sourced hospitals with clinics, and a clinic's 7-day schedule", async () => {
    const hospitals = await listHospitals(db);
    expect(hospitals.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        "南通大学附属医院",
        "南通市第一人民医院",
        "南通市第三人民医院",
        "南通市肿瘤医院",
        "南通市通州区人民医院",
        "海门区中医院",
      ]),
    );
    const fy = await getHospital(db, "ntdxfy");
    expect(fy).toMatchObject({ level: "三级甲等", address: "崇川区西寺路20号", foundedYear: 1911 });
    expect(fy.departments.length).toBeGreaterThan(5);
    const schedule = await departmentSchedule(db, "ntdxfy", "cardio", now);
    expect(schedule.days).toHaveLength(healthConfig().bookingDays + 1);
    const slots = schedule.days.flatMap((d) => d.doctors.flatMap((doc) => doc.slots));
    expect(slots.length).toBeGreaterThan(0);
    await expect(getHospital(db, "no-such")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("day + 7 opens at 07:00 Asia/Shanghai: shown with its opening time before, bookable from 07:00", async () => {
    const cfg = healthConfig();
    const day7 = addDays(shanghaiDate(now), cfg.bookingDays);
    const [slot] = await db
      .select({ id: bookingSlot.id, opensAt: bookingSlot.opensAt })
      .from(bookingSlot)
      .innerJoin(bookingResource, and(eq(bookingResource.id, bookingSlot.resourceId), eq(bookingResource.kind, HOSPITAL_KIND)))
      .where(eq(bookingSlot.serviceDate, day7))
      .limit(1);
    expect(slot!.opensAt.toISOString()).toBe(atShanghai(shanghaiDate(now), "07:00").toISOString());
    const before = new Date(slot!.opensAt.getTime() - 1000);
    await expect(bookAppointment({ db }, people[0]!, { slotId: slot!.id, idempotencyKey: key() }, before)).rejects.toThrow("07:00开放预约");
    const ok = await bookAppointment({ db }, people[0]!, { slotId: slot!.id, idempotencyKey: key() }, slot!.opensAt);
    expect(ok.status).toBe("active");
    expect(ok.confirmationNo).toMatch(/^GH\d{8}\d{8}$/);
  });

  it("one active appointment per patient per department per day — also in parallel, and across two accounts", async () => {
    const patient = people[1]!;
    const slots = await hospitalSlots(db, now);
    const first = slots[0]!;
    const sameGroup = slots.filter((s) => s.groupKey === first.groupKey && s.serviceDate === first.serviceDate).slice(0, 6);
    expect(sameGroup.length).toBeGreaterThan(2);
    const results = await Promise.allSettled(
      sameGroup.map((s) => bookAppointment({ db }, patient, { slotId: s.id, idempotencyKey: key() }, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason.message)).toContain("同一天同一科室只能预约一次");

    // Another account adds the same person as a family member: still the same patient.
    const relative = people[2]!;
    const patientIndex = 3000 + 1;
    await addFamilyMember({ db }, relative, { relation: "spouse", name: sampleName(patientIndex), idNumber: sampleIdNumber(patientIndex) });
    const [member] = await listFamilyMembers(db, relative);
    await expect(
      bookAppointment({ db }, relative, { slotId: sameGroup.at(-1)!.id, familyMemberId: member!.id, idempotencyKey: key() }, now),
    ).rejects.toThrow("同一天同一科室只能预约一次");
  });

  it("at most HEALTH_MAX_ACTIVE upcoming appointments per patient", async () => {
    const patient = people[3]!;
    const max = healthConfig().maxActive;
    const slots = distinctGroups(await hospitalSlots(db, now)).slice(0, max + 1);
    for (const s of slots.slice(0, max)) await bookAppointment({ db }, patient, { slotId: s.id, idempotencyKey: key() }, now);
    await expect(bookAppointment({ db }, patient, { slotId: slots[max]!.id, idempotencyKey: key() }, now)).rejects.toThrow(
      `已有${max}个未完成的预约`,
    );
  });

  it("cancel until 2 hours before, not after; a cancelled place is free again", async () => {
    const [a, b] = distinctGroups(await hospitalSlots(db, now));
    const patient = people[4]!;
    const one = await bookAppointment({ db }, patient, { slotId: a!.id, idempotencyKey: key() }, now);
    const two = await bookAppointment({ db }, patient, { slotId: b!.id, idempotencyKey: key() }, now);
    const lastMoment = new Date(a!.startsAt.getTime() - 2 * 3_600_000);
    const cancelled = await cancelAppointment({ db }, patient, one.id, lastMoment);
    expect(cancelled.status).toBe("cancelled");
    const [row] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, a!.id));
    expect(row!.booked).toBe(0);
    const tooLate = new Date(b!.startsAt.getTime() - 2 * 3_600_000 + 1000);
    await expect(cancelAppointment({ db }, patient, two.id, tooLate)).rejects.toThrow("就诊前2小时内不能在线取消");
    expect((await getMyAppointment(db, patient, two.id, tooLate)).canCancel).toBe(false);
  });

  it("the booking page's slot says until when it can be cancelled online", async () => {
    const [a] = await hospitalSlots(db, now);
    const detail = await slotDetail(db, a!.id, now);
    expect(detail.cancelDeadline.getTime()).toBe(a!.startsAt.getTime() - 2 * 3_600_000);
    expect(detail.cancelHours).toBe(2);
    expect(detail.cancellableOnline).toBe(true);
    expect((await slotDetail(db, a!.id, new Date(detail.cancelDeadline.getTime() + 1000))).cancellableOnline).toBe(false);
    const fourHours = await slotDetail(db, a!.id, now, { ...healthConfig(), cancelHours: 4 });
    expect(fourHours.cancelDeadline.getTime()).toBe(a!.startsAt.getTime() - 4 * 3_600_000);
  });

  it("books for a family member with their own real-name data; the list shows the patient masked", async () => {
    const parent = people[5]!;
    await addFamilyMember({ db }, parent, { relation: "child", name: "李小萌", idNumber: sampleIdNumber(9001) });
    const [child] = await listFamilyMembers(db, parent);
    expect(child!.idMasked).toMatch(/^3206\*{10}\w{4}$/);
    const [slot] = await hospitalSlots(db, now);
    const attempt = { slotId: slot!.id, familyMemberId: child!.id, idempotencyKey: key() };
    const b = await bookAppointment({ db }, parent, attempt, now);
    expect(b.patientNameMasked).toBe("李**");
    // The answer is built from the booking just made, not read back: it must be what 我的预约 reads.
    const { created, ...answer } = b;
    expect(created).toBe(true);
    expect(answer).toEqual(await getMyAppointment(db, parent, b.id, now));
    const { created: again, ...retried } = await bookAppointment({ db }, parent, attempt, now);
    expect(again).toBe(false);
    expect(retried).toEqual(answer);
    const mine = await listMyAppointments(db, parent, now);
    expect(mine.find((m) => m.id === b.id)).toMatchObject({ patientNameMasked: "李**", canCancel: true });
    // someone else's family member id is not usable
    await expect(
      bookAppointment({ db }, people[6]!, { slotId: slot!.id, familyMemberId: child!.id, idempotencyKey: key() }, now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // a bad ID number is refused with the check-digit message
    await expect(addFamilyMember({ db }, parent, { relation: "child", name: "李小雨", idNumber: "320681201001010011" })).rejects.toThrow(
      "校验位",
    );
  });

  it("one citizen cannot see, cancel or download another's appointment", async () => {
    const [slot] = await hospitalSlots(db, now);
    const owner = people[7]!;
    const other = people[8]!;
    const b = await bookAppointment({ db }, owner, { slotId: slot!.id, idempotencyKey: key() }, now);
    await expect(getMyAppointment(db, other, b.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelAppointment({ db }, other, b.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(appointmentIcs(db, other, b.id, "https://example.test", now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyAppointments(db, other, now)).map((x) => x.id)).not.toContain(b.id);
    expect((await getMyAppointment(db, owner, b.id, now)).status).toBe("active");
  });

  it("the .ics file is valid iCalendar with the appointment's time, place and number", async () => {
    const [slot] = await hospitalSlots(db, now);
    const owner = people[9]!;
    const b = await bookAppointment({ db }, owner, { slotId: slot!.id, idempotencyKey: key() }, now);
    const ics = await appointmentIcs(db, owner, b.id, "https://www.example.gov.cn", now);
    const comp = new ICAL.Component(ICAL.parse(ics.body));
    const event = new ICAL.Event(comp.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().getTime()).toBe(slot!.startsAt.getTime());
    expect(event.uid).toBe(`${b.confirmationNo}@smart-nantong`);
    expect(event.description).toContain(b.confirmationNo);
    expect(event.location).toContain(b.hospitalName);
  });

  it("a synchronous write follows every booking before its answer: its 我的消息 row, or its own row when that fails", async () => {
    // The booking transaction commits asynchronously (booking/service.ts durable()); the row versions show which
    // synchronous commit followed it: none of the booking's own (its 我的消息 row did it), or a no-op update.
    const versions = async (id: number) =>
      firstRow(
        await db.execute(
          sql`select b.xmin::text = s.xmin::text as untouched, b.status from ${booking} b join ${bookingSlot} s on s.id = b.slot_id where b.id = ${id}`,
        ),
      );
    const [a, b] = await hospitalSlots(db, now).then((slots) => distinctGroups(slots).slice(0, 2));
    const fine = await bookAppointment({ db }, people[10]!, { slotId: a!.id, idempotencyKey: key() }, now);
    expect(await versions(fine.id)).toEqual({ untouched: true, status: "active" });
    // The asynchronous commit is the booking transaction's alone: the connection is back to synchronous commits.
    expect(firstRow(await db.execute(sql`select current_setting('synchronous_commit') as v`))?.v).toBe("on");

    const refused = people[11]!;
    await db.execute(
      sql.raw(`create or replace function nt_test_refuse_message() returns trigger language plpgsql as $$
      begin raise exception 'message refused (test)'; end $$`),
    );
    await db.execute(
      sql.raw(`create trigger nt_test_refuse before insert on account_message for each row
        when (new.user_id = '${refused.id}') execute function nt_test_refuse_message()`),
    );
    try {
      const attempt = { slotId: b!.id, idempotencyKey: key() };
      const made = await bookAppointment({ db }, refused, attempt, now);
      expect(made.created).toBe(true);
      expect(await versions(made.id)).toEqual({ untouched: false, status: "active" });
      // A retry's answer is about a booking another call made: written once more before it is told.
      const before = firstRow(await db.execute(sql`select xmin::text as x from ${booking} where id = ${made.id}`))?.x;
      expect((await bookAppointment({ db }, refused, attempt, now)).created).toBe(false);
      expect(firstRow(await db.execute(sql`select xmin::text as x from ${booking} where id = ${made.id}`))?.x).not.toBe(before);
    } finally {
      await db.execute(sql`drop trigger nt_test_refuse on account_message`);
    }
  });

  it("60 parallel bookings on one hospital slot never exceed its capacity", async () => {
    const [slot] = await hospitalSlots(db, now);
    const [row] = await db.select({ capacity: bookingSlot.capacity }).from(bookingSlot).where(eq(bookingSlot.id, slot!.id));
    const crowd = people.slice(40, 100);
    const results = await Promise.allSettled(
      crowd.map((u) => bookAppointment({ db }, u, { slotId: slot!.id, idempotencyKey: key() }, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(row!.capacity);
    const [after] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, slot!.id));
    const active = await db
      .select({ id: booking.id })
      .from(booking)
      .where(and(eq(booking.slotId, slot!.id), eq(booking.status, "active")));
    expect(after!.booked).toBe(row!.capacity);
    expect(active).toHaveLength(row!.capacity);
  });

  it("hospital staff see their hospital's day list and mark attendance; others cannot", async () => {
    const staff = await demoUser(db, "13800000007");
    const otherStaff = await demoUser(db, DEMO.staff);
    const citizen = await demoUser(db, DEMO.citizen);
    const [slot] = await hospitalSlots(db, now, { hospitalCode: "ntdxfy" });
    const patient = people[10]!;
    const b = await bookAppointment({ db }, patient, { slotId: slot!.id, idempotencyKey: key() }, now);
    const list = await staffDayList({ db }, staff, { date: slot!.serviceDate }, now);
    expect(list.hospitalName).toBe("南通大学附属医院");
    expect(list.items.map((i) => i.confirmationNo)).toContain(b.confirmationNo);
    await expect(staffDayList({ db }, otherStaff, { date: slot!.serviceDate }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staffDayList({ db }, citizen, {}, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markAppointment({ db }, otherStaff, b.id, "used", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markAppointment({ db }, staff, b.id, "no_show", now)).rejects.toThrow("预约时间未到");
    expect((await markAppointment({ db }, staff, b.id, "used", slot!.startsAt)).status).toBe("used");
    // an appointment on a later day cannot be checked in today
    const later = (await hospitalSlots(db, now, { hospitalCode: "ntdxfy" })).find((x) => x.serviceDate > shanghaiDate(now))!;
    const early = await bookAppointment({ db }, people[13]!, { slotId: later.id, idempotencyKey: key() }, now);
    await expect(markAppointment({ db }, staff, early.id, "used", now)).rejects.toThrow("未到预约日期");
    await expect(cancelAppointment({ db }, patient, b.id, now)).rejects.toThrow("已使用");
    const [entry] = await db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "booking.mark_used"), eq(auditLog.targetId, String(b.id))));
    expect(entry?.actorId).toBe(staff.id);
  });

  it("three no-shows in 90 days suspend online booking for 30 days", async () => {
    const staff = await demoUser(db, "13800000007");
    const patient = people[11]!;
    const open = distinctGroups(await hospitalSlots(db, now, { hospitalCode: "ntdxfy" }));
    // three early appointments to miss, and a late one that is still bookable after they have passed
    const slots = [...open.slice(0, 3), open.at(-1)!];
    const made = [];
    for (const s of slots.slice(0, 3)) made.push(await bookAppointment({ db }, patient, { slotId: s.id, idempotencyKey: key() }, now));
    const after = new Date(Math.max(...slots.slice(0, 3).map((s) => s.startsAt.getTime())) + 60_000);
    expect(slots[3]!.closesAt.getTime()).toBeGreaterThan(after.getTime());
    const r1 = await markAppointment({ db }, staff, made[0]!.id, "no_show", after);
    const r2 = await markAppointment({ db }, staff, made[1]!.id, "no_show", after);
    expect([r1.suspendedUntil, r2.suspendedUntil]).toEqual([null, null]);
    const r3 = await markAppointment({ db }, staff, made[2]!.id, "no_show", after);
    expect(r3.suspendedUntil?.getTime()).toBe(after.getTime() + 30 * 86_400_000);
    await expect(bookAppointment({ db }, patient, { slotId: slots[3]!.id, idempotencyKey: key() }, after)).rejects.toThrow(
      "网上预约已暂停",
    );
    // another patient can still book that slot
    expect((await bookAppointment({ db }, people[12]!, { slotId: slots[3]!.id, idempotencyKey: key() }, after)).status).toBe("active");
    const [b] = await db.select({ subjectHash: booking.subjectHash }).from(booking).where(eq(booking.id, made[0]!.id));
    expect(await activeSuspension(db, HOSPITAL_KIND, b!.subjectHash, new Date(after.getTime() + 29 * 86_400_000))).not.toBeNull();
    expect(await activeSuspension(db, HOSPITAL_KIND, b!.subjectHash, new Date(after.getTime() + 31 * 86_400_000))).toBeNull();
  });
});
