import { bigint, boolean, date, doublePrecision, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { orgDepartment } from "./org";

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
    satisfaction: text(), // 满意 | 基本满意 | 不满意
    idempotencyScope: text(), // the citizen's or agent's id, or the anonymous channel/client
    idempotencyKey: text(),
    mergedIntoId: bigint({ mode: "number" }),
    version: integer().notNull().default(1),
    dispatchedAt: timestamp({ withTimezone: true }),
    repliedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hotline_ticket_no_key").on(t.ticketNo),
    uniqueIndex("hotline_ticket_idem_key").on(t.idempotencyScope, t.idempotencyKey),
    index("hotline_ticket_queue_idx").on(t.status, t.dueDate),
    index("hotline_ticket_dept_idx").on(t.departmentId, t.status, t.dueDate),
    index("hotline_ticket_citizen_idx").on(t.citizenUserId, t.createdAt.desc()),
    index("hotline_ticket_dup_idx").on(t.categoryId, t.createdAt),
    index("hotline_ticket_created_idx").on(t.createdAt),
  ],
);

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
