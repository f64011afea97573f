import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, real, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { familyMember } from "./family";

/**
 * 居民电子健康档案 (issue 17). A record belongs to a person, not to an account: the person is found by the keyed
 * hash of their ID number (the same HMAC as account_user.id_number_hash and family_member.id_number_hash), so
 * a child's records are the child's whoever of the parents looks, and an adult's records are theirs once
 * they verify their real name. The rows are sample data standing in for the health commission's system.
 */
export const healthRecordPerson = pgTable("health_record_person", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  idNumberHash: text().notNull().unique(),
  name: text().notNull(),
  birthDate: date().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** 体检报告: one examination with its indicators (health_checkup_item) and the doctor's summary. */
export const healthCheckup = pgTable(
  "health_checkup",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => healthRecordPerson.id, { onDelete: "cascade" }),
    examinedOn: date().notNull(),
    institution: text().notNull(),
    kind: text().notNull(), // 年度健康体检 | 儿童健康检查 | 老年人健康体检 …
    summary: text().notNull(),
    doctorName: text().notNull(),
  },
  (t) => [index("health_checkup_person_idx").on(t.personId, t.examinedOn.desc())],
);

/** One indicator: value (text, "阴性" allowed), unit and reference range; the flag is computed from them. */
export const healthCheckupItem = pgTable(
  "health_checkup_item",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    checkupId: integer()
      .notNull()
      .references(() => healthCheckup.id, { onDelete: "cascade" }),
    section: text().notNull(), // 一般检查 | 血常规 | 生化 …
    name: text().notNull(),
    value: text().notNull(),
    unit: text(),
    refLow: real(),
    refHigh: real(),
    /** For non-numeric indicators: the expected result ("阴性"). */
    refText: text(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [index("health_checkup_item_checkup_idx").on(t.checkupId, t.sortOrder)],
);

/** 预防接种记录: one dose; `nextDueOn` is the next dose of the same vaccine, when one is due. */
export const healthVaccination = pgTable(
  "health_vaccination",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => healthRecordPerson.id, { onDelete: "cascade" }),
    vaccine: text().notNull(),
    dose: text().notNull(), // 第1剂 …
    vaccinatedOn: date().notNull(),
    institution: text().notNull(),
    batchNo: text(),
    nextDueOn: date(),
  },
  (t) => [index("health_vaccination_person_idx").on(t.personId, t.vaccinatedOn.desc())],
);

/** 家庭医生签约: the doctor, team and community health centre, and until when. */
export const healthFamilyDoctor = pgTable(
  "health_family_doctor",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => healthRecordPerson.id, { onDelete: "cascade" }),
    doctorName: text().notNull(),
    team: text().notNull(),
    centre: text().notNull(),
    phone: text(),
    signedOn: date().notNull(),
    validUntil: date().notNull(),
  },
  (t) => [index("health_family_doctor_person_idx").on(t.personId, t.validUntil.desc())],
);

/** 慢病随访: one follow-up of a chronic condition (高血压, 2型糖尿病) by the family doctor's team. */
export const healthFollowUp = pgTable(
  "health_follow_up",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    personId: integer()
      .notNull()
      .references(() => healthRecordPerson.id, { onDelete: "cascade" }),
    condition: text().notNull(),
    followedOn: date().notNull(),
    method: text().notNull(), // 门诊 | 电话 | 家庭访视
    findings: text().notNull(),
    advice: text().notNull(),
    doctorName: text().notNull(),
    nextOn: date(),
  },
  (t) => [index("health_follow_up_person_idx").on(t.personId, t.followedOn.desc())],
);

/**
 * An adult lets a family member (one of their own family_member rows, matched to an account by ID-number
 * hash when that person reads) see parts of their records until `endsOn`; revoking sets `revokedAt` and
 * takes effect on the next read.
 */
export const healthRecordGrant = pgTable(
  "health_record_grant",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ownerUserId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    familyMemberId: integer().references(() => familyMember.id, { onDelete: "set null" }),
    granteeHash: text().notNull(),
    granteeName: text().notNull(),
    /** Parts of the record: checkups | vaccinations | family_doctor | follow_ups. */
    scopes: text().array().notNull(),
    endsOn: date().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("health_record_grant_owner_idx").on(t.ownerUserId, t.createdAt.desc()),
    index("health_record_grant_grantee_idx")
      .on(t.granteeHash)
      .where(sql`revoked_at is null`),
    uniqueIndex("health_record_grant_active_key")
      .on(t.ownerUserId, t.granteeHash)
      .where(sql`revoked_at is null`),
  ],
);
