import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { orgDepartment } from "./org";
import { hotlineTicket } from "./hotline";

/**
 * 政务公开: news, notices, policy documents and their interpretations (解读, linked to the document
 * by `interpretsId`). Admins draft and publish; `bodyHtml` is sanitised before it is stored.
 */
export const governanceArticle = pgTable(
  "governance_article",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** seed key; null for articles written by admins */
    code: text(),
    kind: text().notNull(), // news | notice | policy | interpretation
    title: text().notNull(),
    summary: text().notNull(),
    bodyHtml: text().notNull(),
    docNumber: text(),
    publisher: text().notNull(),
    departmentId: integer().references(() => orgDepartment.id),
    interpretsId: integer().references((): AnyPgColumn => governanceArticle.id),
    status: text().notNull().default("draft"), // draft | published | withdrawn
    publishedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => accountUser.id),
    updatedById: uuid().references(() => accountUser.id),
    version: integer().notNull().default(0),
    sample: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("governance_article_code_key").on(t.code),
    index("governance_article_public_idx")
      .on(t.kind, t.publishedAt.desc(), t.id)
      .where(sql`status = 'published'`),
    index("governance_article_admin_idx").on(t.status, t.updatedAt.desc()),
    index("governance_article_updated_idx").on(t.updatedAt.desc()),
    index("governance_article_interprets_idx").on(t.interpretsId),
    check("governance_article_kind_check", sql`${t.kind} in ('news', 'notice', 'policy', 'interpretation')`),
    check("governance_article_interpretation_check", sql`(${t.kind} = 'interpretation') = (${t.interpretsId} is not null)`),
  ],
);

/** 随手拍: a city problem reported with a map point and photo, filed as a 12345 ticket. */
export const governanceSnapReport = pgTable(
  "governance_snap_report",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: bigint({ mode: "number" })
      .notNull()
      .references(() => hotlineTicket.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    kind: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("governance_snap_report_ticket_key").on(t.ticketId),
    index("governance_snap_report_user_idx").on(t.userId, t.createdAt.desc()),
  ],
);
