import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Append-only: the app never updates or deletes rows here. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorRole: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    outcome: text().notNull(), // "success" | "failure"
    ip: text(),
    detail: jsonb().$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.at.desc()),
    index("audit_log_action_idx").on(t.action, t.at.desc()),
  ],
);
