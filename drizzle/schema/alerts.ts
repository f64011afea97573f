import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { orgDepartment } from "./org";

/**
 * 突发事件预警: one row per CAP 1.2 message (an alert, an update of one, or a cancel). `state` is our
 * workflow (draft → pending approval for 红色/橙色 → published, or rejected); `capStatus` and `msgType`
 * are CAP's. Publishing an update or cancel marks the alert it references `supersededById`.
 */
export const alertsAlert = pgTable(
  "alerts_alert",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** CAP identifier, unique per sender (ours: NT-YYYYMMDD-<id>; ingested ones keep the upstream's). */
    identifier: text().notNull(),
    sender: text().notNull(),
    type: text().notNull(), // weather | geological | flood | health | safety | security
    event: text().notNull(),
    severity: text().notNull(), // blue | yellow | orange | red
    /** 1 blue … 4 red, for "at least this level" queries. */
    severityRank: smallint().notNull(),
    urgency: text().notNull().default("Expected"),
    certainty: text().notNull().default("Likely"),
    /** "city" and/or division codes (chongchuan, tongzhou, haimen, rugao, qidong, haian, rudong). */
    areas: text().array().notNull(),
    headline: text().notNull(),
    description: text().notNull(),
    instruction: text().notNull(),
    issuer: text().notNull(),
    departmentId: integer().references(() => orgDepartment.id),
    capStatus: text().notNull().default("actual"), // actual | exercise | test
    msgType: text().notNull().default("alert"), // alert | update | cancel
    referencesId: integer().references((): AnyPgColumn => alertsAlert.id),
    state: text().notNull().default("draft"), // draft | pending | published | rejected
    source: text().notNull().default("staff"), // staff | ingest | seed
    sentAt: timestamp({ withTimezone: true }),
    effectiveAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    supersededById: integer().references((): AnyPgColumn => alertsAlert.id),
    createdById: uuid().references(() => accountUser.id),
    submittedById: uuid().references(() => accountUser.id),
    approvedById: uuid().references(() => accountUser.id),
    rejectionReason: text(),
    version: integer().notNull().default(1),
    sample: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alerts_alert_identifier_key").on(t.sender, t.identifier),
    index("alerts_alert_live_idx")
      .on(t.expiresAt)
      .where(sql`state = 'published' and superseded_by_id is null and msg_type <> 'cancel'`),
    index("alerts_alert_sent_idx")
      .on(t.sentAt.desc())
      .where(sql`state = 'published'`),
    index("alerts_alert_desk_idx").on(t.state, t.updatedAt.desc()),
    index("alerts_alert_references_idx").on(t.referencesId),
    check("alerts_alert_type_check", sql`${t.type} in ('weather', 'geological', 'flood', 'health', 'safety', 'security')`),
    check("alerts_alert_severity_check", sql`${t.severity} in ('blue', 'yellow', 'orange', 'red')`),
    check("alerts_alert_state_check", sql`${t.state} in ('draft', 'pending', 'published', 'rejected')`),
    check("alerts_alert_status_check", sql`${t.capStatus} in ('actual', 'exercise', 'test')`),
    check("alerts_alert_msg_type_check", sql`(${t.msgType} = 'alert') = (${t.referencesId} is null)`),
    check("alerts_alert_window_check", sql`${t.expiresAt} > ${t.effectiveAt}`),
  ],
);

/** A person's alert subscription: divisions ("city" = all of Nantong), the lowest level, and channels. */
export const alertsSubscription = pgTable(
  "alerts_subscription",
  {
    userId: uuid()
      .primaryKey()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    areas: text().array().notNull(),
    minSeverityRank: smallint().notNull().default(1),
    byMessage: boolean().notNull().default(true),
    bySms: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alerts_subscription_areas_idx").using("gin", t.areas)],
);

/**
 * The fan-out queue. Publishing inserts one job (in the publish transaction); a worker expands it into
 * one delivery per matching subscriber (unique per alert and person) and sends them in batches claimed
 * with FOR UPDATE SKIP LOCKED, so two workers never send the same delivery.
 */
export const alertsFanoutJob = pgTable("alerts_fanout_job", {
  alertId: integer()
    .primaryKey()
    .references(() => alertsAlert.id, { onDelete: "cascade" }),
  expandedAt: timestamp({ withTimezone: true }),
  doneAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const alertsDelivery = pgTable(
  "alerts_delivery",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    alertId: integer()
      .notNull()
      .references(() => alertsAlert.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    byMessage: boolean().notNull(),
    bySms: boolean().notNull(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("alerts_delivery_alert_user_key").on(t.alertId, t.userId),
    index("alerts_delivery_pending_idx")
      .on(t.id)
      .where(sql`sent_at is null`),
  ],
);
