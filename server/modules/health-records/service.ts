import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountMessage,
  accountUser,
  booking,
  bookingResource,
  bookingSlot,
  familyMember,
  healthCheckup,
  healthCheckupItem,
  healthDoctor,
  healthFamilyDoctor,
  healthFollowUp,
  healthHospital,
  healthRecordGrant,
  healthRecordPerson,
  healthVaccination,
  lifeStaffAssignment,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/validation";
import { shanghaiDate } from "@/server/lib/working-days";
import type { SessionUser } from "@/server/modules/account/service";
import { ageOn, daysBetween, FLAG_WORDS, healthReminders, indicatorFlag, referenceText } from "./flags";
import { MAX_GRANT_DAYS, PART_NAMES, RECORD_PARTS, ZGrantAccess, type RecordPart, type TGrantAccess } from "./validation";

export type ServiceCtx = { db: DB; ip?: string | null };

/** How the reader came to see a record: their own, a parent of a minor, a family member's grant, a hospital. */
export type AccessVia = "self" | "guardian" | "grantee" | "hospital";

export const VIA_NAMES: Record<AccessVia, string> = {
  self: "本人",
  guardian: "监护人（未成年子女）",
  grantee: "家庭成员（经本人授权）",
  hospital: "医院工作人员（当日就诊）",
};

/** The audit action of a read by anyone but the owner (server/modules/account/privacy.ts lists it). */
export const RECORD_READ_ACTION = "health.record.view";

const NOT_FOUND = "找不到该健康档案，或您没有查看权限";

type Access = {
  person: { id: number; name: string; birthDate: string; idNumberHash: string };
  via: AccessVia;
  parts: RecordPart[];
  /** For the access log: the account whose records these are (null: a child without an account). */
  ownerUserId: string | null;
  /** Who read, in words the owner understands ("家庭成员 张三", "南通大学附属医院"). */
  readerLabel: string | null;
};

/** The reader's own verified ID-number hash; health records need real-name verification. */
async function verifiedHash(db: DB, user: SessionUser): Promise<string | null> {
  const [u] = await db
    .select({ hash: accountUser.idNumberHash, verifiedAt: accountUser.realNameVerifiedAt })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  return u?.hash && u.verifiedAt ? u.hash : null;
}

function requireRealName(hash: string | null): string {
  if (!hash) throw new AppError("FORBIDDEN", "健康档案属于敏感个人信息，请先完成实名认证再查看");
  return hash;
}

/**
 * Decides whether `user` may read person `personId`'s records and which parts. Anyone without a right gets
 * NOT_FOUND (the same answer as for an id that does not exist, so ids cannot be probed).
 */
export async function resolveAccess(db: DB, user: SessionUser, personId: number, today: string): Promise<Access> {
  const [person] = await db
    .select({
      id: healthRecordPerson.id,
      name: healthRecordPerson.name,
      birthDate: healthRecordPerson.birthDate,
      idNumberHash: healthRecordPerson.idNumberHash,
    })
    .from(healthRecordPerson)
    .where(eq(healthRecordPerson.id, personId))
    .limit(1);
  if (!person) throw new AppError("NOT_FOUND", NOT_FOUND);
  const [owner] = await db
    .select({ id: accountUser.id })
    .from(accountUser)
    .where(and(eq(accountUser.idNumberHash, person.idNumberHash), sql`${accountUser.realNameVerifiedAt} is not null`))
    .limit(1);
  const ownerUserId = owner?.id ?? null;
  const all = [...RECORD_PARTS];

  if (user.role === "staff") {
    const hospital = await hospitalSeeingToday(db, user, person.idNumberHash, today);
    if (hospital) return { person, via: "hospital", parts: all, ownerUserId, readerLabel: hospital };
    throw new AppError("NOT_FOUND", NOT_FOUND);
  }
  if (user.role !== "citizen" && user.role !== "enterprise") throw new AppError("NOT_FOUND", NOT_FOUND);

  const mine = requireRealName(await verifiedHash(db, user));
  if (mine === person.idNumberHash) return { person, via: "self", parts: all, ownerUserId, readerLabel: null };

  if (ageOn(person.birthDate, today) < 18) {
    const [child] = await db
      .select({ id: familyMember.id })
      .from(familyMember)
      .where(
        and(eq(familyMember.ownerUserId, user.id), eq(familyMember.idNumberHash, person.idNumberHash), eq(familyMember.relation, "child")),
      )
      .limit(1);
    if (child) return { person, via: "guardian", parts: all, ownerUserId, readerLabel: "监护人（父母）" };
  }

  if (ownerUserId) {
    const [grant] = await db
      .select({ scopes: healthRecordGrant.scopes, granteeName: healthRecordGrant.granteeName })
      .from(healthRecordGrant)
      .where(
        and(
          eq(healthRecordGrant.ownerUserId, ownerUserId),
          eq(healthRecordGrant.granteeHash, mine),
          isNull(healthRecordGrant.revokedAt),
          gte(healthRecordGrant.endsOn, today),
        ),
      )
      .limit(1);
    if (grant) {
      const parts = all.filter((p) => grant.scopes.includes(p));
      return { person, via: "grantee", parts, ownerUserId, readerLabel: `家庭成员 ${grant.granteeName}（您授权的）` };
    }
  }
  throw new AppError("NOT_FOUND", NOT_FOUND);
}

/**
 * Hospital staff see a patient's record only on the day the patient has an appointment at their hospital
 * (booked or attended): the name of that hospital, or null.
 */
async function hospitalSeeingToday(db: DB, user: SessionUser, subjectHash: string, today: string): Promise<string | null> {
  const [row] = await db
    .select({ name: healthHospital.name })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .innerJoin(healthDoctor, eq(healthDoctor.id, bookingResource.ownerId))
    .innerJoin(healthHospital, eq(healthHospital.id, healthDoctor.hospitalId))
    .innerJoin(
      lifeStaffAssignment,
      and(
        eq(lifeStaffAssignment.userId, user.id),
        eq(lifeStaffAssignment.unitKind, "hospital"),
        eq(lifeStaffAssignment.unitId, healthHospital.id),
      ),
    )
    .where(
      and(
        eq(booking.subjectHash, subjectHash),
        eq(booking.kind, "hospital_doctor"),
        eq(bookingResource.kind, "hospital_doctor"),
        eq(booking.serviceDate, today),
        inArray(booking.status, ["active", "used"]),
      ),
    )
    .limit(1);
  return row?.name ?? null;
}

function needPart(access: Access, part: RecordPart) {
  if (!access.parts.includes(part)) throw new AppError("NOT_FOUND", `对方没有授权您查看${PART_NAMES[part]}`);
}

/** Every read by someone other than the owner goes to the audit log; the owner sees it on /me/privacy. */
async function logRead(ctx: ServiceCtx, user: SessionUser, access: Access, what: string, targetId: string) {
  if (access.via === "self") return;
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    action: RECORD_READ_ACTION,
    targetType: "health_record_person",
    targetId,
    outcome: "success",
    ip: ctx.ip ?? null,
    detail: { ownerId: access.ownerUserId, personId: access.person.id, via: access.via, who: access.readerLabel, what },
  });
}

export type RecordPerson = { personId: number; name: string; age: number; via: AccessVia; viaName: string; parts: RecordPart[] };

/** Whose records the user may open: their own, their children under 18, and adults who granted them access. */
export async function listRecordPeople(db: DB, user: SessionUser, now = new Date()): Promise<RecordPerson[]> {
  const today = shanghaiDate(now);
  const mine = requireRealName(await verifiedHash(db, user));
  const out: RecordPerson[] = [];
  const candidates = new Map<number, AccessVia>();
  const [self] = await db.select({ id: healthRecordPerson.id }).from(healthRecordPerson).where(eq(healthRecordPerson.idNumberHash, mine));
  if (self) candidates.set(self.id, "self");
  const children = await db
    .select({ id: healthRecordPerson.id })
    .from(familyMember)
    .innerJoin(healthRecordPerson, eq(healthRecordPerson.idNumberHash, familyMember.idNumberHash))
    .where(and(eq(familyMember.ownerUserId, user.id), eq(familyMember.relation, "child")));
  for (const c of children) if (!candidates.has(c.id)) candidates.set(c.id, "guardian");
  const granted = await db
    .select({ id: healthRecordPerson.id })
    .from(healthRecordGrant)
    .innerJoin(accountUser, eq(accountUser.id, healthRecordGrant.ownerUserId))
    .innerJoin(healthRecordPerson, eq(healthRecordPerson.idNumberHash, accountUser.idNumberHash))
    .where(and(eq(healthRecordGrant.granteeHash, mine), isNull(healthRecordGrant.revokedAt), gte(healthRecordGrant.endsOn, today)));
  for (const g of granted) if (!candidates.has(g.id)) candidates.set(g.id, "grantee");
  for (const id of candidates.keys()) {
    // The same rule as every read: a child who has turned 18 drops out here.
    const a = await resolveAccess(db, user, id, today).catch((e: unknown) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") return null;
      throw e;
    });
    if (a)
      out.push({
        personId: a.person.id,
        name: a.person.name,
        age: ageOn(a.person.birthDate, today),
        via: a.via,
        viaName: VIA_NAMES[a.via],
        parts: a.parts,
      });
  }
  const order: AccessVia[] = ["self", "guardian", "grantee", "hospital"];
  return out.sort((a, b) => order.indexOf(a.via) - order.indexOf(b.via) || a.personId - b.personId);
}

async function loadParts(db: DB, personId: number, parts: RecordPart[]) {
  const has = (p: RecordPart) => parts.includes(p);
  const [checkups, vaccinations, familyDoctor, followUps] = await Promise.all([
    has("checkups")
      ? db
          .select({
            id: healthCheckup.id,
            examinedOn: healthCheckup.examinedOn,
            institution: healthCheckup.institution,
            kind: healthCheckup.kind,
          })
          .from(healthCheckup)
          .where(eq(healthCheckup.personId, personId))
          .orderBy(desc(healthCheckup.examinedOn), desc(healthCheckup.id))
      : null,
    has("vaccinations")
      ? db
          .select({
            id: healthVaccination.id,
            vaccine: healthVaccination.vaccine,
            dose: healthVaccination.dose,
            vaccinatedOn: healthVaccination.vaccinatedOn,
            institution: healthVaccination.institution,
            batchNo: healthVaccination.batchNo,
            nextDueOn: healthVaccination.nextDueOn,
          })
          .from(healthVaccination)
          .where(eq(healthVaccination.personId, personId))
          .orderBy(desc(healthVaccination.vaccinatedOn), desc(healthVaccination.id))
      : null,
    has("family_doctor")
      ? db
          .select({
            id: healthFamilyDoctor.id,
            doctorName: healthFamilyDoctor.doctorName,
            team: healthFamilyDoctor.team,
            centre: healthFamilyDoctor.centre,
            phone: healthFamilyDoctor.phone,
            signedOn: healthFamilyDoctor.signedOn,
            validUntil: healthFamilyDoctor.validUntil,
          })
          .from(healthFamilyDoctor)
          .where(eq(healthFamilyDoctor.personId, personId))
          .orderBy(desc(healthFamilyDoctor.validUntil))
      : null,
    has("follow_ups")
      ? db
          .select({
            id: healthFollowUp.id,
            condition: healthFollowUp.condition,
            followedOn: healthFollowUp.followedOn,
            method: healthFollowUp.method,
            findings: healthFollowUp.findings,
            advice: healthFollowUp.advice,
            doctorName: healthFollowUp.doctorName,
            nextOn: healthFollowUp.nextOn,
          })
          .from(healthFollowUp)
          .where(eq(healthFollowUp.personId, personId))
          .orderBy(desc(healthFollowUp.followedOn), desc(healthFollowUp.id))
      : null,
  ]);
  const ids = (checkups ?? []).map((c) => c.id);
  const items = ids.length
    ? await db
        .select({
          checkupId: healthCheckupItem.checkupId,
          value: healthCheckupItem.value,
          refLow: healthCheckupItem.refLow,
          refHigh: healthCheckupItem.refHigh,
          refText: healthCheckupItem.refText,
        })
        .from(healthCheckupItem)
        .where(inArray(healthCheckupItem.checkupId, ids))
    : [];
  const flagged = (id: number) => items.filter((i) => i.checkupId === id && ["high", "low", "abnormal"].includes(indicatorFlag(i))).length;
  return {
    checkups: checkups ? checkups.map((c) => ({ ...c, flaggedCount: flagged(c.id) })) : null,
    vaccinations,
    familyDoctor,
    followUps,
  };
}

/** One person's record (the parts the reader may see) with what is due; a non-owner read is logged. */
export async function personRecords(ctx: ServiceCtx, user: SessionUser, personId: number, now = new Date()) {
  const today = shanghaiDate(now);
  const access = await resolveAccess(ctx.db, user, personId, today);
  const parts = await loadParts(ctx.db, personId, access.parts);
  await logRead(ctx, user, access, "健康档案", String(personId));
  const reminders = healthReminders(
    access.person,
    {
      lastCheckupOn: parts.checkups?.[0]?.examinedOn ?? null,
      vaccinations: parts.vaccinations ?? [],
      followUps: parts.followUps ?? [],
    },
    today,
  );
  const doctor = parts.familyDoctor?.[0] ?? null;
  return {
    person: { id: access.person.id, name: access.person.name, age: ageOn(access.person.birthDate, today) },
    via: access.via,
    viaName: VIA_NAMES[access.via],
    parts: access.parts,
    checkups: parts.checkups,
    vaccinations: parts.vaccinations,
    familyDoctor: doctor ? { ...doctor, active: doctor.validUntil >= today } : null,
    followUps: parts.followUps,
    reminders: reminders.map((r) => ({ title: r.title, body: r.body, dueOn: r.dueOn })),
  };
}

/** One 体检报告 with every indicator flagged against its reference range; a non-owner read is logged. */
export async function checkupReport(ctx: ServiceCtx, user: SessionUser, checkupId: number, now = new Date()) {
  const [c] = await ctx.db
    .select({
      id: healthCheckup.id,
      personId: healthCheckup.personId,
      examinedOn: healthCheckup.examinedOn,
      institution: healthCheckup.institution,
      kind: healthCheckup.kind,
      summary: healthCheckup.summary,
      doctorName: healthCheckup.doctorName,
    })
    .from(healthCheckup)
    .where(eq(healthCheckup.id, checkupId))
    .limit(1);
  if (!c) throw new AppError("NOT_FOUND", NOT_FOUND);
  const access = await resolveAccess(ctx.db, user, c.personId, shanghaiDate(now));
  needPart(access, "checkups");
  const items = await ctx.db
    .select({
      section: healthCheckupItem.section,
      name: healthCheckupItem.name,
      value: healthCheckupItem.value,
      unit: healthCheckupItem.unit,
      refLow: healthCheckupItem.refLow,
      refHigh: healthCheckupItem.refHigh,
      refText: healthCheckupItem.refText,
    })
    .from(healthCheckupItem)
    .where(eq(healthCheckupItem.checkupId, checkupId))
    .orderBy(asc(healthCheckupItem.sortOrder), asc(healthCheckupItem.id));
  await logRead(ctx, user, access, "体检报告", String(checkupId));
  const { personId, ...report } = c;
  return {
    ...report,
    person: { id: personId, name: access.person.name, age: ageOn(access.person.birthDate, shanghaiDate(now)) },
    via: access.via,
    items: items.map((i) => {
      const flag = indicatorFlag(i);
      return {
        section: i.section,
        name: i.name,
        value: i.value,
        unit: i.unit,
        reference: referenceText(i),
        flag,
        flagText: FLAG_WORDS[flag],
      };
    }),
  };
}

/** The user's own complete record, every part with every indicator, for the JSON export. */
export async function exportOwnRecords(db: DB, user: SessionUser) {
  const mine = await verifiedHash(db, user);
  if (!mine) return null;
  const [self] = await db
    .select({ id: healthRecordPerson.id, name: healthRecordPerson.name, birthDate: healthRecordPerson.birthDate })
    .from(healthRecordPerson)
    .where(eq(healthRecordPerson.idNumberHash, mine));
  if (!self) return null;
  const parts = await loadParts(db, self.id, [...RECORD_PARTS]);
  const ids = (parts.checkups ?? []).map((c) => c.id);
  const checkups = ids.length
    ? await db
        .select({
          id: healthCheckup.id,
          examinedOn: healthCheckup.examinedOn,
          institution: healthCheckup.institution,
          kind: healthCheckup.kind,
          summary: healthCheckup.summary,
          doctorName: healthCheckup.doctorName,
        })
        .from(healthCheckup)
        .where(inArray(healthCheckup.id, ids))
        .orderBy(desc(healthCheckup.examinedOn))
    : [];
  const items = ids.length
    ? await db.select().from(healthCheckupItem).where(inArray(healthCheckupItem.checkupId, ids)).orderBy(asc(healthCheckupItem.sortOrder))
    : [];
  return {
    person: { name: self.name, birthDate: self.birthDate },
    checkups: checkups.map((c) => ({
      ...c,
      indicators: items
        .filter((i) => i.checkupId === c.id)
        .map((i) => ({
          section: i.section,
          name: i.name,
          value: i.value,
          unit: i.unit,
          reference: referenceText(i),
          flag: FLAG_WORDS[indicatorFlag(i)],
        })),
    })),
    vaccinations: parts.vaccinations ?? [],
    familyDoctor: parts.familyDoctor ?? [],
    followUps: parts.followUps ?? [],
    grants: await db
      .select({
        granteeName: healthRecordGrant.granteeName,
        scopes: healthRecordGrant.scopes,
        endsOn: healthRecordGrant.endsOn,
        createdAt: healthRecordGrant.createdAt,
        revokedAt: healthRecordGrant.revokedAt,
      })
      .from(healthRecordGrant)
      .where(eq(healthRecordGrant.ownerUserId, user.id)),
  };
}

export type GrantStatus = "active" | "expired" | "revoked";

/** The user's grants, newest first, with their state today. */
export async function listGrants(db: DB, user: SessionUser, now = new Date()) {
  const today = shanghaiDate(now);
  const rows = await db
    .select({
      id: healthRecordGrant.id,
      granteeName: healthRecordGrant.granteeName,
      scopes: healthRecordGrant.scopes,
      endsOn: healthRecordGrant.endsOn,
      createdAt: healthRecordGrant.createdAt,
      revokedAt: healthRecordGrant.revokedAt,
    })
    .from(healthRecordGrant)
    .where(eq(healthRecordGrant.ownerUserId, user.id))
    .orderBy(desc(healthRecordGrant.createdAt), desc(healthRecordGrant.id));
  return rows.map((r) => {
    const status: GrantStatus = r.revokedAt ? "revoked" : r.endsOn < today ? "expired" : "active";
    return {
      ...r,
      scopes: RECORD_PARTS.filter((p) => r.scopes.includes(p)),
      status,
      statusName: { active: "生效中", expired: "已到期", revoked: "已撤销" }[status],
    };
  });
}

/**
 * An adult lets one of their own adult family members read parts of their record until `endsOn` (at most
 * MAX_GRANT_DAYS ahead). A new grant to the same person replaces the active one.
 */
export async function grantAccess(ctx: ServiceCtx, user: SessionUser, raw: TGrantAccess, now = new Date()) {
  const input = parseInput(ZGrantAccess, raw);
  const today = shanghaiDate(now);
  const mine = requireRealName(await verifiedHash(ctx.db, user));
  const [self] = await ctx.db
    .select({ birthDate: healthRecordPerson.birthDate })
    .from(healthRecordPerson)
    .where(eq(healthRecordPerson.idNumberHash, mine));
  if (!self) throw new AppError("NOT_FOUND", "还没有查询到您的健康档案，暂时无法授权");
  if (ageOn(self.birthDate, today) < 18) throw new AppError("FORBIDDEN", "年满18周岁后才能授权他人查看健康档案");
  if (
    Number.isNaN(Date.parse(`${input.endsOn}T00:00:00Z`)) ||
    new Date(`${input.endsOn}T00:00:00Z`).toISOString().slice(0, 10) !== input.endsOn
  )
    throw new AppError("BAD_REQUEST", "截止日期不存在，请检查月份和日期", { endsOn: ["截止日期不存在，请检查月份和日期"] });
  if (input.endsOn < today) throw new AppError("BAD_REQUEST", "截止日期不能早于今天", { endsOn: ["截止日期不能早于今天"] });
  if (daysBetween(today, input.endsOn) > MAX_GRANT_DAYS)
    throw new AppError("BAD_REQUEST", "授权最长一年，请选择一年以内的截止日期", { endsOn: ["授权最长一年，请选择一年以内的截止日期"] });
  const [member] = await ctx.db
    .select({ id: familyMember.id, name: familyMember.name, hash: familyMember.idNumberHash, birthDate: familyMember.birthDate })
    .from(familyMember)
    .where(and(eq(familyMember.id, input.familyMemberId), eq(familyMember.ownerUserId, user.id)))
    .limit(1);
  if (!member) throw new AppError("NOT_FOUND", "找不到该家庭成员", { familyMemberId: ["请选择您添加的家庭成员"] });
  if (ageOn(member.birthDate, today) < 18)
    throw new AppError("BAD_REQUEST", "只能授权给年满18周岁的家庭成员", { familyMemberId: ["只能授权给年满18周岁的家庭成员"] });
  const scopes = RECORD_PARTS.filter((p) => input.scopes.includes(p));
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(healthRecordGrant)
      .set({ revokedAt: now })
      .where(
        and(
          eq(healthRecordGrant.ownerUserId, user.id),
          eq(healthRecordGrant.granteeHash, member.hash),
          isNull(healthRecordGrant.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(healthRecordGrant)
      .values({
        ownerUserId: user.id,
        familyMemberId: member.id,
        granteeHash: member.hash,
        granteeName: member.name,
        scopes,
        endsOn: input.endsOn,
        createdAt: now,
      })
      .returning({ id: healthRecordGrant.id });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "health.grant.create",
      targetType: "health_record_grant",
      targetId: String(row!.id),
      outcome: "success",
      ip: ctx.ip ?? null,
      detail: { scopes: scopes.join(","), endsOn: input.endsOn },
    });
    return { id: row!.id, granteeName: member.name, endsOn: input.endsOn };
  });
}

/** Revokes one of the user's grants at once (the next read by the family member is refused). */
export async function revokeGrant(ctx: ServiceCtx, user: SessionUser, grantId: number, now = new Date()) {
  const [row] = await ctx.db
    .update(healthRecordGrant)
    .set({ revokedAt: now })
    .where(and(eq(healthRecordGrant.id, grantId), eq(healthRecordGrant.ownerUserId, user.id), isNull(healthRecordGrant.revokedAt)))
    .returning({ id: healthRecordGrant.id, granteeName: healthRecordGrant.granteeName });
  if (!row) throw new AppError("NOT_FOUND", "找不到该授权，或它已经撤销");
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    action: "health.grant.revoke",
    targetType: "health_record_grant",
    targetId: String(row.id),
    outcome: "success",
    ip: ctx.ip ?? null,
  });
  return row;
}

/** Adult family members the user can grant access to (for the grant form). */
export async function grantableMembers(db: DB, user: SessionUser, now = new Date()) {
  const today = shanghaiDate(now);
  const rows = await db
    .select({ id: familyMember.id, name: familyMember.name, relation: familyMember.relation, birthDate: familyMember.birthDate })
    .from(familyMember)
    .where(eq(familyMember.ownerUserId, user.id))
    .orderBy(asc(familyMember.id));
  return rows.filter((r) => ageOn(r.birthDate, today) >= 18).map(({ id, name, relation }) => ({ id, name, relation }));
}

/**
 * Health reminders into the message centre (annual check due, next vaccine dose, next chronic follow-up):
 * to the person's own account and, for a minor, to each parent who added them as a child. Each reminder is
 * sent once per recipient (same title and link). Returns how many messages were written.
 */
export async function sendHealthReminders(db: DB, now = new Date()): Promise<number> {
  const today = shanghaiDate(now);
  const people = await db
    .select({
      id: healthRecordPerson.id,
      name: healthRecordPerson.name,
      birthDate: healthRecordPerson.birthDate,
      hash: healthRecordPerson.idNumberHash,
    })
    .from(healthRecordPerson);
  let sent = 0;
  for (const p of people) {
    const [last] = await db
      .select({ on: healthCheckup.examinedOn })
      .from(healthCheckup)
      .where(eq(healthCheckup.personId, p.id))
      .orderBy(desc(healthCheckup.examinedOn))
      .limit(1);
    const vaccinations = await db
      .select({
        vaccine: healthVaccination.vaccine,
        dose: healthVaccination.dose,
        vaccinatedOn: healthVaccination.vaccinatedOn,
        nextDueOn: healthVaccination.nextDueOn,
      })
      .from(healthVaccination)
      .where(eq(healthVaccination.personId, p.id));
    const followUps = await db
      .select({ condition: healthFollowUp.condition, nextOn: healthFollowUp.nextOn, followedOn: healthFollowUp.followedOn })
      .from(healthFollowUp)
      .where(eq(healthFollowUp.personId, p.id))
      .orderBy(desc(healthFollowUp.followedOn));
    // Only the latest follow-up of each condition says when the next one is.
    const latestFollowUps = followUps.filter((f, i) => followUps.findIndex((g) => g.condition === f.condition) === i);
    const due = healthReminders(p, { lastCheckupOn: last?.on ?? null, vaccinations, followUps: latestFollowUps }, today);
    if (due.length === 0) continue;
    const recipients = new Set<string>();
    const owners = await db
      .select({ id: accountUser.id })
      .from(accountUser)
      .where(
        and(eq(accountUser.idNumberHash, p.hash), sql`${accountUser.realNameVerifiedAt} is not null`, eq(accountUser.disabled, false)),
      );
    for (const o of owners) recipients.add(o.id);
    if (ageOn(p.birthDate, today) < 18) {
      const parents = await db
        .select({ id: familyMember.ownerUserId })
        .from(familyMember)
        .where(and(eq(familyMember.idNumberHash, p.hash), eq(familyMember.relation, "child")));
      for (const g of parents) recipients.add(g.id);
    }
    const link = `/life/health/records/${p.id}`;
    for (const userId of recipients) {
      for (const r of due) {
        const [seen] = await db
          .select({ id: accountMessage.id })
          .from(accountMessage)
          .where(and(eq(accountMessage.userId, userId), eq(accountMessage.title, r.title), eq(accountMessage.link, link)))
          .limit(1);
        if (seen) continue;
        await db.insert(accountMessage).values({ userId, title: r.title, body: r.body, link, createdAt: now });
        sent++;
      }
    }
  }
  return sent;
}
