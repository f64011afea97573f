import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { orgDepartment } from "./org";

export type HotlineCategoryAttribute = {
  code: string;
  description: string;
  datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
  required: boolean;
  order: number;
  values?: { key: string; name: string }[];
};

/** 12345 request categories: a two-level tree, each leaf mapped to the department that handles it. */
export const hotlineCategory = pgTable(
  "hotline_category",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    parentId: integer(),
    departmentId: integer().references(() => orgDepartment.id),
    needsLocation: boolean().notNull().default(false),
    /** Extra fields a request in this category needs (Open311 service definition attributes). */
    attributes: jsonb().$type<HotlineCategoryAttribute[]>(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [uniqueIndex("hotline_category_code_key").on(t.code), index("hotline_category_parent_idx").on(t.parentId, t.sortOrder)],
);

/** SLA by request type (咨询/求助 3, 投诉/建议/举报/其他 13 working days); admin-configurable. */
export const hotlineSlaRule = pgTable("hotline_sla_rule", {
  requestType: text().primaryKey(),
  workingDays: smallint().notNull(),
});

/**
 * 12345 work orders (工单). Status: new → closed (直接答复) | dispatched → accepted → replied → closed;
 * dispatched/accepted → returned (退单) → dispatched; replied → reopened (回访不满意) → dispatched.
 */
export const hotlineTicket = pgTable(
  "hotline_ticket",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    ticketNo: text().notNull(),
    type: text().notNull(),
    categoryId: integer()
      .notNull()
      .references(() => hotlineCategory.id),
    channel: text().notNull(),
    status: text().notNull().default("new"),
    description: text().notNull(),
    district: text(),
    address: text(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    isPublic: boolean().notNull().default(false),
    contactName: text(),
    contactPhone: text(),
    citizenUserId: uuid().references(() => accountUser.id),
    createdById: uuid().references(() => accountUser.id),
    departmentId: integer().references(() => orgDepartment.id),
    dueDate: date(),
    answer: text(),
    returnReason: text(),
    satisfaction: text(), // 回访结果: 满意 | 基本满意 | 不满意
    /** The citizen's own 评价 after the answer (1–5 stars) and comment. */
    citizenRating: smallint(),
    citizenComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
    /** 催办 count and last time (overdue tickets). */
    urgeCount: smallint().notNull().default(0),
    lastUrgedAt: timestamp({ withTimezone: true }),
    /** Answers to the category's extra attributes (Open311). */
    attributes: jsonb().$type<Record<string, string | string[]>>(),
    idempotencyScope: text(), // the citizen's or agent's id, or the anonymous channel/client
    idempotencyKey: text(),
    mergedIntoId: bigint({ mode: "number" }),
    /** 附议: how many other citizens joined this request ("我也遇到了"); a counter kept by supporters.ts, not a state change. */
    joinCount: integer().notNull().default(0),
    version: integer().notNull().default(1),
    dispatchedAt: timestamp({ withTimezone: true }),
    repliedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hotline_ticket_no_key").on(t.ticketNo),
    // 0012: the citizen's rating is on the one 12345 scale: 3 满意, 2 基本满意, 1 不满意 (hotline/labels.ts).
    check("hotline_ticket_citizen_rating_check", sql`${t.citizenRating} between 1 and 3`),
    uniqueIndex("hotline_ticket_idem_key").on(t.idempotencyScope, t.idempotencyKey),
    index("hotline_ticket_queue_idx").on(t.status, t.dueDate),
    index("hotline_ticket_dept_idx").on(t.departmentId, t.status, t.dueDate),
    index("hotline_ticket_citizen_idx").on(t.citizenUserId, t.createdAt.desc()),
    index("hotline_ticket_dup_idx").on(t.categoryId, t.createdAt),
    index("hotline_ticket_created_idx").on(t.createdAt),
    index("hotline_ticket_status_created_idx").on(t.status, t.createdAt),
    index("hotline_ticket_phone_idx").on(t.contactPhone, t.createdAt.desc()),
    index("hotline_ticket_public_idx")
      .on(t.closedAt.desc())
      .where(sql`${t.isPublic} and ${t.status} = 'closed'`),
    // 0004: partial indexes that give each agent/department queue an ordered range scan (queues.ts).
    // 0009: the 待派单 queue puts requests more citizens joined first (join_count desc), then oldest first.
    index("hotline_ticket_new_queue_idx")
      .on(t.joinCount.desc(), t.createdAt, t.id)
      .where(sql`${t.status} in ('new', 'reopened')`),
    // 0009: the suggestion step on /12345 and Open311's duplicate check: open public requests of a category, newest first.
    index("hotline_ticket_open_public_idx")
      .on(t.categoryId, t.createdAt)
      .where(sql`${t.isPublic} and ${t.status} <> 'closed' and ${t.mergedIntoId} is null`),
    // 0009: Open311 GET requests by location (lat/long/radius): a bounding-box range on latitude.
    index("hotline_ticket_lat_idx")
      .on(t.lat, t.lng)
      .where(sql`${t.lat} is not null`),
    index("hotline_ticket_open_due_idx")
      .on(t.dueDate, t.id)
      .where(sql`${t.status} in ('dispatched', 'accepted')`),
    index("hotline_ticket_dept_open_idx")
      .on(t.departmentId, t.dueDate, t.id)
      .where(sql`${t.status} in ('dispatched', 'accepted')`),
    // 0008: the department desk's 已答复 tab and its count (answered in the last 30 days), found by the
    // honest bench (the tab count scanned all of a department's tickets: ~170 ms at 1M).
    index("hotline_ticket_dept_replied_idx")
      .on(t.departmentId, t.repliedAt)
      .where(sql`${t.status} in ('replied', 'closed', 'reopened')`),
  ],
);

/**
 * Statistics rollup (0004): per China calendar day, the counters of the tickets 受理 (created) that
 * day, in their current state, along four dimensions (GROUPING SETS): dim 0 = the day's total (key ''),
 * 1 = per category (key = category id), 2 = per department (key = department id, '0' = none),
 * 3 = per division (key = district, '' = none). About 60 rows a day. Only complete past days are
 * stored; today is always computed live. A trigger on hotline_ticket marks a past day dirty
 * (hotline_stats_dirty, with a generation counter) whenever a ticket created that day is inserted,
 * changed or deleted; the stats query recomputes dirty or never-computed days before reading
 * (server/modules/hotline/stats.ts explains the whole design).
 */
export const hotlineStatsDaily = pgTable(
  "hotline_stats_daily",
  {
    day: date().notNull(),
    dim: smallint().notNull(),
    key: text().notNull(),
    received: integer().notNull(), // 受理
    dispatched: integer().notNull(), // 派单 (dispatched at least once)
    direct: integer().notNull(), // 直接解答 (closed without a department)
    closed: integer().notNull(), // 办结
    replied: integer().notNull(), // 部门已答复 (with a due date)
    repliedOnTime: integer().notNull(), // … on or before the due date
    rated: integer().notNull(), // 回访 with a result
    satisfied: integer().notNull(), // 满意 + 基本满意
  },
  (t) => [primaryKey({ columns: [t.day, t.dim, t.key] })],
);

/** Days whose rollup rows are present (computed after the day ended). */
export const hotlineStatsDay = pgTable("hotline_stats_day", {
  day: date().primaryKey(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Past days changed since their rollup was computed; `gen` grows with each change (maintained by a trigger). */
export const hotlineStatsDirty = pgTable("hotline_stats_dirty", {
  day: date().primaryKey(),
  gen: bigint({ mode: "number" }).notNull().default(1),
});

/** Append-only history of every ticket: who, when, from → to, note. */
export const hotlineEvent = pgTable(
  "hotline_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: bigint({ mode: "number" })
      .notNull()
      .references(() => hotlineTicket.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorRole: text(),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text(),
  },
  (t) => [index("hotline_event_ticket_idx").on(t.ticketId, t.at)],
);

/** Photos attached to a request (content-sniffed JPEG/PNG, stored via server/lib/storage). */
export const hotlineAttachment = pgTable(
  "hotline_attachment",
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: bigint({ mode: "number" })
      .notNull()
      .references(() => hotlineTicket.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    /** A joiner's photo (附议): the citizen who added it; null for the request's own photos. */
    supporterId: uuid().references(() => accountUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hotline_attachment_ticket_idx").on(t.ticketId)],
);

/**
 * 附议 and 关注 (0009): a citizen who joined a public request ("我也遇到了", `joined`, with an optional note
 * and photo) or only follows it. Once per citizen per request (the primary key). Both get a message (and an
 * SMS when `sms`) when the request is dispatched, answered and closed. A merge moves the rows to the primary
 * request (`mergedFromId` says where they came from).
 */
export const hotlineSupporter = pgTable(
  "hotline_supporter",
  {
    ticketId: bigint({ mode: "number" })
      .notNull()
      .references(() => hotlineTicket.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    joined: boolean().notNull().default(false),
    note: text(),
    sms: boolean().notNull().default(false),
    mergedFromId: bigint({ mode: "number" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the citizen joined (附议); null while only following. Statistics count 附议 by this day. */
    joinedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.userId] }),
    index("hotline_supporter_user_idx").on(t.userId, t.createdAt.desc()),
    index("hotline_supporter_joined_idx")
      .on(t.joinedAt)
      .where(sql`${t.joinedAt} is not null`),
  ],
);

/** A department's request for more time; an agent approves (new due date) or rejects. */
export const hotlineExtension = pgTable(
  "hotline_extension",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ticketId: bigint({ mode: "number" })
      .notNull()
      .references(() => hotlineTicket.id, { onDelete: "cascade" }),
    requestedById: uuid().notNull(),
    extraDays: smallint().notNull(),
    reason: text().notNull(),
    status: text().notNull().default("pending"), // pending | approved | rejected
    decidedById: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    newDueDate: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hotline_extension_status_idx").on(t.status, t.createdAt), index("hotline_extension_ticket_idx").on(t.ticketId)],
);

/** Knowledge base for agents: published articles, linked to catalogue items by id. */
export const hotlineKbArticle = pgTable(
  "hotline_kb_article",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    body: text().notNull(),
    keywords: text().notNull().default(""),
    catalogueItemIds: integer().array().notNull().default([]),
    categoryId: integer().references(() => hotlineCategory.id),
    status: text().notNull().default("published"), // published | archived
    version: integer().notNull().default(1),
    publishedById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hotline_kb_article_status_idx").on(t.status, t.updatedAt)],
);

/** An agent's proposed new article or edit; an admin publishes or rejects it. */
export const hotlineKbProposal = pgTable(
  "hotline_kb_proposal",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer().references(() => hotlineKbArticle.id, { onDelete: "cascade" }),
    baseVersion: integer(),
    title: text().notNull(),
    body: text().notNull(),
    keywords: text().notNull().default(""),
    catalogueItemIds: integer().array().notNull().default([]),
    categoryId: integer().references(() => hotlineCategory.id),
    proposedById: uuid().notNull(),
    status: text().notNull().default("pending"), // pending | published | rejected
    decidedById: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("hotline_kb_proposal_status_idx").on(t.status, t.createdAt)],
);

/** Open311 client keys: only a SHA-256 of the key is stored; admins create and revoke them. */
export const open311ApiKey = pgTable(
  "open311_api_key",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    keyHash: text().notNull(),
    keyPrefix: text().notNull(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("open311_api_key_hash_key").on(t.keyHash)],
);
