import type { DB } from "@/server/db";
import { auditLog } from "@/drizzle/schema";

export type AuditEntry = {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: "success" | "failure";
  ip?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

/** Appends to the audit log. Callers never pass personal data such as ID numbers or codes in `detail`. */
export async function audit(db: Pick<DB, "insert">, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome,
    ip: entry.ip ?? null,
    detail: entry.detail ?? null,
  });
}
