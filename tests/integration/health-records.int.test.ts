import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import {
  accountMessage,
  accountUser,
  auditLog,
  booking,
  bookingResource,
  bookingSlot,
  familyMember,
  healthCheckup,
  healthDoctor,
  healthRecordPerson,
  lifeStaffAssignment,
} from "@/drizzle/schema";
import { lookupHash } from "@/server/lib/crypto";
import { idKeys } from "@/server/lib/secrets";
import { idCardCheckChar } from "@/server/lib/id-card";
import { shanghaiDate } from "@/server/lib/working-days";
import {
  checkupReport,
  grantAccess,
  listRecordPeople,
  personRecords,
  revokeGrant,
  sendHealthReminders,
} from "@/server/modules/health-records/service";
import { accessLog } from "@/server/modules/account/privacy";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { SAMPLE_ID_NUMBER } from "@/drizzle/seed/demo-accounts";
import { SAMPLE_CHILD_ID } from "@/drizzle/seed/health-records";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { demoUser, DEMO, freshIp } from "../helpers/fixtures";
import { expectAppError } from "../helpers/errors";
import { newUser } from "../helpers/hotline";

let idSeq = 100;
/** A valid sample ID number of an adult born in 1985 (unique per call). */
function sampleId(): string {
  const s17 = `32061319850101${String(idSeq++).padStart(3, "0")}`;
  return s17 + idCardCheckChar(s17);
}

const day = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};

describe.each(BACKENDS)("居民电子健康档案 access rules on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let owner: SessionUser;
  let selfId: number;
  let childId: number;
  const ctx = () => ({ db, ip: "10.0.0.7" });
  const today = shanghaiDate(new Date());

  /** A real-name verified citizen with this ID number. */
  async function verifiedCitizen(idNumber = sampleId(), name = "测试市民") {
    const u = await newUser(db, "citizen", { realName: name });
    await db
      .update(accountUser)
      .set({ idNumberHash: lookupHash(idNumber, idKeys().hmac) })
      .where(eq(accountUser.id, u.id));
    return { ...u, idNumber };
  }

  /** `holder` adds `person` as a family member (their own family list). */
  async function addMember(holder: SessionUser, person: { idNumber: string }, relation: string, birthDate: string, name = "家人") {
    const [m] = await db
      .insert(familyMember)
      .values({
        ownerUserId: holder.id,
        relation,
        name,
        idNumberEnc: "enc",
        idNumberHash: lookupHash(person.idNumber, idKeys().hmac),
        birthDate,
        gender: "female",
      })
      .returning({ id: familyMember.id });
    return m!.id;
  }

  const readLogCount = async () => (await db.select().from(auditLog).where(eq(auditLog.action, "health.record.view"))).length;

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    owner = await demoUser(db, DEMO.citizen);
    const hmac = idKeys().hmac;
    const [s] = await db
      .select({ id: healthRecordPerson.id })
      .from(healthRecordPerson)
      .where(eq(healthRecordPerson.idNumberHash, lookupHash(SAMPLE_ID_NUMBER, hmac)));
    const [c] = await db
      .select({ id: healthRecordPerson.id })
      .from(healthRecordPerson)
      .where(eq(healthRecordPerson.idNumberHash, lookupHash(SAMPLE_CHILD_ID, hmac)));
    selfId = s!.id;
    childId = c!.id;
  }, 180_000);
  afterAll(() => cleanup?.());

  it("the owner reads every part, with flagged indicators in words, and no access-log entry", async () => {
    const before = await readLogCount();
    const r = await personRecords(ctx(), owner, selfId);
    expect(r.via).toBe("self");
    expect(r.checkups!.length).toBe(2);
    expect(r.checkups![0]!.flaggedCount).toBeGreaterThan(0);
    expect(r.familyDoctor?.active).toBe(true);
    expect(r.followUps!.length).toBe(2);
    expect(r.reminders.map((x) => x.title).join()).toMatch(/年度体检|高血压/);
    const report = await checkupReport(ctx(), owner, r.checkups![0]!.id);
    const hb = report.items.find((i) => i.name === "血红蛋白")!;
    expect([hb.flag, hb.flagText, hb.reference]).toEqual(["low", "偏低", "115–150"]);
    expect(report.items.find((i) => i.name === "尿潜血")!.flagText).toBe("异常");
    expect(report.items.find((i) => i.name === "空腹血糖")!.flagText).toBe("正常");
    expect(await readLogCount()).toBe(before);
    const people = await listRecordPeople(db, owner);
    expect(people.map((p) => [p.personId, p.via])).toEqual([
      [selfId, "self"],
      [childId, "guardian"],
    ]);
  });

  it("another citizen gets NOT_FOUND by person id and by report id; without real name, FORBIDDEN", async () => {
    const other = await verifiedCitizen();
    await expectAppError(personRecords(ctx(), other, selfId), "NOT_FOUND");
    await expectAppError(personRecords(ctx(), other, childId), "NOT_FOUND");
    const [c] = await db.select({ id: healthCheckup.id }).from(healthCheckup).where(eq(healthCheckup.personId, selfId)).limit(1);
    await expectAppError(checkupReport(ctx(), other, c!.id), "NOT_FOUND");
    await expectAppError(personRecords(ctx(), other, 999_999), "NOT_FOUND");
    const caller = createCaller({ db, user: other, ip: freshIp() });
    await expect(caller.life.healthRecords.person({ personId: selfId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unverified = await newUser(db, "citizen");
    await expectAppError(personRecords(ctx(), unverified, selfId), "FORBIDDEN");
    expect(
      await createCaller({ db, user: null, ip: freshIp() })
        .life.healthRecords.person({ personId: selfId })
        .catch((e: { code: string }) => e.code),
    ).toBe("UNAUTHORIZED");
  });

  it("a parent sees a child's records until the child turns 18; the read is logged", async () => {
    const before = await readLogCount();
    const r = await personRecords(ctx(), owner, childId);
    expect(r.via).toBe("guardian");
    expect(r.vaccinations!.length).toBeGreaterThan(15);
    expect(await readLogCount()).toBe(before + 1);
    // The day before the 18th birthday (2036-05-20) still, on the day no more.
    expect((await personRecords(ctx(), owner, childId, new Date("2036-05-19T04:00:00Z"))).via).toBe("guardian");
    await expectAppError(personRecords(ctx(), owner, childId, new Date("2036-05-20T04:00:00Z")), "NOT_FOUND");
    // Someone who merely lists the child as "other" relation is not a guardian.
    const aunt = await verifiedCitizen();
    await addMember(aunt, { idNumber: SAMPLE_CHILD_ID }, "other", "2018-05-20");
    await expectAppError(personRecords(ctx(), aunt, childId), "NOT_FOUND");
  });

  it("a grantee reads only the granted parts until the end date; revoking ends it at once; every read is in the owner's log", async () => {
    const sister = await verifiedCitizen(sampleId(), "周晓雯");
    const memberId = await addMember(owner, sister, "other", "1985-01-01", "周晓雯");
    await expectAppError(personRecords(ctx(), sister, selfId), "NOT_FOUND");

    const g = await grantAccess(ctx(), owner, {
      familyMemberId: memberId,
      scopes: ["vaccinations", "family_doctor"],
      endsOn: day(today, 30),
    });
    const r = await personRecords(ctx(), sister, selfId);
    expect(r.via).toBe("grantee");
    expect(r.parts).toEqual(["vaccinations", "family_doctor"]);
    expect(r.checkups).toBeNull();
    expect(r.followUps).toBeNull();
    expect(r.vaccinations!.length).toBe(2);
    const [c] = await db.select({ id: healthCheckup.id }).from(healthCheckup).where(eq(healthCheckup.personId, selfId)).limit(1);
    await expectAppError(checkupReport(ctx(), sister, c!.id), "NOT_FOUND");
    expect((await listRecordPeople(db, sister)).map((p) => [p.personId, p.via])).toEqual([[selfId, "grantee"]]);

    const log = await accessLog(db, owner.id);
    expect(log[0]).toMatchObject({ what: "查看了您的健康档案", roleName: "家庭成员 周晓雯（您授权的）", targetId: String(selfId) });

    // Expired: the day after the end date.
    await expectAppError(personRecords(ctx(), sister, selfId, new Date(`${day(today, 31)}T04:00:00Z`)), "NOT_FOUND");
    // Only the owner revokes; then the very next read is refused.
    await expectAppError(revokeGrant(ctx(), sister, g.id), "NOT_FOUND");
    await revokeGrant(ctx(), owner, g.id);
    await expectAppError(personRecords(ctx(), sister, selfId), "NOT_FOUND");
    await expectAppError(revokeGrant(ctx(), owner, g.id), "NOT_FOUND");
    const grants = await createCaller({ db, user: owner, ip: freshIp() }).life.healthRecords.grants();
    expect(grants.grants.find((x) => x.id === g.id)?.status).toBe("revoked");
  });

  it("refuses grants to a child, in the past, beyond a year, or on a day that does not exist, with a field message", async () => {
    const [child] = await db
      .select({ id: familyMember.id })
      .from(familyMember)
      .where(and(eq(familyMember.ownerUserId, owner.id), eq(familyMember.relation, "child")));
    const adult = await addMember(owner, { idNumber: sampleId() }, "spouse", "1988-02-02");
    const cases: [number, string, RegExp][] = [
      [child!.id, day(today, 10), /年满18周岁/],
      [adult, day(today, -1), /不能早于今天/],
      [adult, day(today, 400), /最长一年/],
      [adult, "2027-02-30", /不存在/],
    ];
    for (const [familyMemberId, endsOn, message] of cases) {
      const e = await expectAppError(grantAccess(ctx(), owner, { familyMemberId, scopes: ["checkups"], endsOn }), "BAD_REQUEST");
      expect(e.message).toMatch(message);
    }
    await expectAppError(grantAccess(ctx(), owner, { familyMemberId: adult, scopes: [], endsOn: day(today, 10) }), "BAD_REQUEST");
  });

  it("hospital staff read a patient's record only on the day of an appointment at their hospital, logged for the owner", async () => {
    const hospitalStaff = await demoUser(db, "13800000007");
    const cityStaff = await demoUser(db, DEMO.staff);
    await expectAppError(personRecords(ctx(), hospitalStaff, selfId), "NOT_FOUND");
    const [unit] = await db
      .select({ hospitalId: lifeStaffAssignment.unitId })
      .from(lifeStaffAssignment)
      .where(and(eq(lifeStaffAssignment.userId, hospitalStaff.id), eq(lifeStaffAssignment.unitKind, "hospital")));
    const [slot] = await db
      .select({ id: bookingSlot.id, serviceDate: bookingSlot.serviceDate })
      .from(bookingSlot)
      .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
      .innerJoin(healthDoctor, eq(healthDoctor.id, bookingResource.ownerId))
      .where(and(eq(bookingResource.kind, "hospital_doctor"), eq(healthDoctor.hospitalId, unit!.hospitalId)))
      .limit(1);
    expect(slot, "the seed makes the week's slots").toBeTruthy();
    const visitDay = slot!.serviceDate;
    const onVisitDay = new Date(`${visitDay}T04:00:00Z`);
    await db.insert(booking).values({
      slotId: slot!.id,
      kind: "hospital_doctor",
      userId: owner.id,
      subjectHash: lookupHash(SAMPLE_ID_NUMBER, idKeys().hmac),
      subjectName: "周晓彤",
      serviceDate: visitDay,
      feeFen: 0,
      confirmationNo: `HR${Date.now()}`,
      ticketToken: `hr-${Date.now()}`,
      idempotencyKey: `hr-${Date.now()}`,
    });
    await expectAppError(personRecords(ctx(), hospitalStaff, selfId, new Date(`${day(visitDay, -1)}T04:00:00Z`)), "NOT_FOUND");
    const r = await personRecords(ctx(), hospitalStaff, selfId, onVisitDay);
    expect(r.via).toBe("hospital");
    expect((await accessLog(db, owner.id))[0]?.roleName).toMatch(/医院/);
    await expectAppError(personRecords(ctx(), cityStaff, selfId, onVisitDay), "NOT_FOUND");
    // The next day the appointment is over.
    await expectAppError(personRecords(ctx(), hospitalStaff, selfId, new Date(`${day(visitDay, 1)}T04:00:00Z`)), "NOT_FOUND");
  });
  it("reminders reach the message centre once: the owner for her record, the parent for the child's", async () => {
    const mine = await db
      .select({ title: accountMessage.title, link: accountMessage.link })
      .from(accountMessage)
      .where(eq(accountMessage.userId, owner.id));
    expect(
      mine
        .filter((m) => m.link === `/life/health/records/${selfId}`)
        .map((m) => m.title)
        .join(),
    ).toMatch(/年度体检|高血压随访/);
    expect(mine.filter((m) => m.link === `/life/health/records/${childId}`).map((m) => m.title)).toEqual([
      "周小满的流感疫苗（儿童）下一剂快到了",
    ]);
    expect(await sendHealthReminders(db)).toBe(0);
    // Weeks later the flu dose is overdue: a new reminder, once.
    const later = new Date(Date.now() + 20 * 86_400_000);
    expect(await sendHealthReminders(db, later)).toBeGreaterThan(0);
    expect(await sendHealthReminders(db, later)).toBe(0);
  });
});
