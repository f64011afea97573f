import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountUser } from "./account";

/** 学在南通: lifelong-learning courses. */
export const cultureCourse = pgTable(
  "culture_course",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    title: text().notNull(),
    provider: text().notNull(),
    category: text().notNull(),
    level: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    published: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("culture_course_code_key").on(t.code)],
);

export const cultureCourseChapter = pgTable(
  "culture_course_chapter",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    courseId: integer()
      .notNull()
      .references(() => cultureCourse.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    title: text().notNull(),
    durationMinutes: smallint().notNull(),
    content: text().notNull(),
  },
  (t) => [uniqueIndex("culture_course_chapter_position_key").on(t.courseId, t.position)],
);

/** A learner's enrolment: created with the first chapter completed (or explicitly). */
export const cultureCourseEnrollment = pgTable(
  "culture_course_enrollment",
  {
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    courseId: integer()
      .notNull()
      .references(() => cultureCourse.id, { onDelete: "cascade" }),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastStudiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.courseId] }),
    index("culture_course_enrollment_recent_idx").on(t.userId, t.lastStudiedAt.desc()),
  ],
);

/** Per-chapter completion; a course's percent = completed chapters ÷ chapters. */
export const cultureChapterProgress = pgTable(
  "culture_chapter_progress",
  {
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    chapterId: integer()
      .notNull()
      .references(() => cultureCourseChapter.id, { onDelete: "cascade" }),
    courseId: integer()
      .notNull()
      .references(() => cultureCourse.id, { onDelete: "cascade" }),
    completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.chapterId] }), index("culture_chapter_progress_course_idx").on(t.userId, t.courseId)],
);

/** The library catalogue (南通市图书馆 and branches). `available` copies are on the shelf. */
export const cultureBook = pgTable(
  "culture_book",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    isbn: text().notNull(),
    title: text().notNull(),
    author: text().notNull(),
    publisher: text().notNull(),
    publishedYear: smallint().notNull(),
    callNumber: text().notNull(),
    category: text().notNull(),
    summary: text().notNull(),
    copies: smallint().notNull(),
    available: smallint().notNull(),
  },
  (t) => [
    uniqueIndex("culture_book_isbn_key").on(t.isbn),
    check("culture_book_available_check", sql`${t.available} >= 0 and ${t.available} <= ${t.copies}`),
  ],
);

/**
 * A loan, keyed to the borrower's account. The 市民卡 is the library card: phase 2 links the
 * loan list to the citizen card module (the card number shown on the page comes from there).
 */
export const cultureLoan = pgTable(
  "culture_loan",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bookId: integer()
      .notNull()
      .references(() => cultureBook.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    branch: text().notNull(),
    borrowedOn: date().notNull(),
    dueOn: date().notNull(),
    renewals: smallint().notNull().default(0),
    lastRenewedAt: timestamp({ withTimezone: true }),
    returnedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("culture_loan_user_idx")
      .on(t.userId, t.dueOn)
      .where(sql`returned_at is null`),
    index("culture_loan_history_idx")
      .on(t.userId, t.returnedAt.desc())
      .where(sql`returned_at is not null`),
    index("culture_loan_book_idx").on(t.bookId),
  ],
);

/** Holds (预约) on a book; a waiting hold blocks renewals of loans of that book. */
export const cultureBookReservation = pgTable(
  "culture_book_reservation",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bookId: integer()
      .notNull()
      .references(() => cultureBook.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    status: text().notNull().default("waiting"), // waiting | ready | fulfilled | cancelled
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("culture_book_reservation_book_idx")
      .on(t.bookId)
      .where(sql`status = 'waiting'`),
    uniqueIndex("culture_book_reservation_once_key")
      .on(t.bookId, t.userId)
      .where(sql`status in ('waiting', 'ready')`),
  ],
);

/** Cultural events (讲座、展览、演出、非遗体验); registration with capacity comes with the booking module. */
export const cultureEvent = pgTable(
  "culture_event",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    title: text().notNull(),
    category: text().notNull(),
    venue: text().notNull(),
    address: text().notNull(),
    district: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    priceFen: integer().notNull().default(0),
    organiser: text().notNull(),
    description: text().notNull(),
    audience: text(),
  },
  (t) => [
    uniqueIndex("culture_event_code_key").on(t.code),
    index("culture_event_starts_idx").on(t.startsAt),
    check("culture_event_capacity_check", sql`${t.capacity} > 0`),
  ],
);

export type OpeningHours = { days: string; open: string; close: string }[];

/** Innovation spaces and Fab Labs; slot booking comes with the booking module. */
export const cultureSpace = pgTable(
  "culture_space",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text().notNull(), // "fablab" | "makerspace" | "incubator"
    address: text().notNull(),
    district: text().notNull(),
    description: text().notNull(),
    equipment: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    openingHours: text().notNull(),
    slotMinutes: smallint().notNull(),
    capacityPerSlot: smallint().notNull(),
    rules: text().notNull(),
  },
  (t) => [uniqueIndex("culture_space_code_key").on(t.code)],
);
