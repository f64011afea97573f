import { bigint, boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { FormPage, Material } from "@/server/modules/catalogue/form-types";
import { accountUser } from "./account";
import { orgDepartment } from "./org";

/** 一网通办 service items (事项) with their guide and online form definition. */
export const catalogueItem = pgTable(
  "catalogue_item",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    section: text().notNull(),
    departmentId: integer()
      .notNull()
      .references(() => orgDepartment.id),
    audience: text().notNull(), // "personal" | "enterprise"
    theme: text().notNull(),
    kind: text().notNull(),
    summary: text().notNull(),
    conditions: jsonb().$type<string[]>().notNull(),
    materials: jsonb().$type<Material[]>().notNull(),
    steps: jsonb().$type<string[]>().notNull(),
    fees: text().notNull(),
    legalBasis: jsonb().$type<string[]>().notNull(),
    legalDays: integer().notNull(),
    promisedDays: integer().notNull(),
    visits: smallint().notNull(),
    phone: text().notNull(),
    online: boolean().notNull(),
    requiresRealName: boolean().notNull().default(false),
    keywords: jsonb().$type<string[]>().notNull(),
    place: text(),
    form: jsonb().$type<FormPage[]>(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("catalogue_item_code_key").on(t.code),
    index("catalogue_item_section_idx").on(t.section, t.name),
    index("catalogue_item_department_idx").on(t.departmentId),
    index("catalogue_item_theme_idx").on(t.audience, t.theme),
  ],
);

/** Online applications (申办件). Status: draft → submitted → accepted → completed | rejected; correction ⇄ submitted. */
export const applicationCase = pgTable(
  "application_case",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    serialNo: text(), // 申办流水号, set on submission
    itemId: integer()
      .notNull()
      .references(() => catalogueItem.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    departmentId: integer()
      .notNull()
      .references(() => orgDepartment.id),
    status: text().notNull().default("draft"),
    answers: jsonb().$type<Record<string, string | string[]>>().notNull().default({}),
    idempotencyKey: text(),
    correctionReason: text(),
    resultNote: text(),
    submittedAt: timestamp({ withTimezone: true }),
    acceptedAt: timestamp({ withTimezone: true }),
    dueDate: date(),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("application_case_serial_key").on(t.serialNo),
    uniqueIndex("application_case_idem_key").on(t.userId, t.idempotencyKey),
    index("application_case_user_idx").on(t.userId, t.updatedAt.desc()),
    index("application_case_dept_queue_idx").on(t.departmentId, t.status, t.dueDate),
  ],
);

/** Every status change, append-only: who, when, from → to, note. */
export const applicationEvent = pgTable(
  "application_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: bigint({ mode: "number" })
      .notNull()
      .references(() => applicationCase.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorRole: text(),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text(),
  },
  (t) => [index("application_event_case_idx").on(t.applicationId, t.at)],
);

export const applicationAttachment = pgTable(
  "application_attachment",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: bigint({ mode: "number" })
      .notNull()
      .references(() => applicationCase.id, { onDelete: "cascade" }),
    fieldName: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_attachment_case_idx").on(t.applicationId, t.fieldName)],
);

/** 好差评: 5 非常满意 … 1 非常不满意; a rating ≤ 2 needs a reason and opens a follow-up for the department. */
export const applicationRating = pgTable(
  "application_rating",
  {
    applicationId: bigint({ mode: "number" })
      .primaryKey()
      .references(() => applicationCase.id, { onDelete: "cascade" }),
    itemId: integer()
      .notNull()
      .references(() => catalogueItem.id),
    departmentId: integer()
      .notNull()
      .references(() => orgDepartment.id),
    score: smallint().notNull(),
    comment: text(),
    reason: text(),
    followUpStatus: text(), // null | "open" | "closed"
    followUpNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_rating_item_idx").on(t.itemId), index("application_rating_dept_idx").on(t.departmentId, t.followUpStatus)],
);
