import { and, count, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, auditLog, citycardCard, orgDepartment } from "@/drizzle/schema";
import { DATA_CATEGORIES } from "@/server/modules/content";
import { isRole, ROLE_NAMES } from "@/server/auth/roles";
import { ownedRows, PERSONAL_TABLES, type NoticeCategory } from "./personal-data";

/** Audit actions that record a staff member or agent opening a citizen's record (detail.ownerId = the citizen). */
export const READ_ACTIONS = {
  "application.view": "查看了您的办件",
  "hotline.ticket.view": "查看了您的12345诉求",
  "health.record.view": "查看了您的健康档案",
  "hotline.caller.reveal": "接听您的12345来电时查看了您的姓名",
} as const;

export type PrivacyCategory = {
  id: NoticeCategory;
  name: string;
  purpose: string;
  retention: string;
  items: { label: string; count: number }[];
};

/** What the portal holds about the user, by privacy-notice category, with counts from their own rows. */
export async function privacySummary(db: DB, userId: string): Promise<PrivacyCategory[]> {
  const [me] = await db
    .select({ realName: accountUser.realName, idNumberHash: accountUser.idNumberHash })
    .from(accountUser)
    .where(eq(accountUser.id, userId));
  const who = { userId, idNumberHash: me?.idNumberHash ?? null };
  const counts = new Map<string, number>();
  for (const t of PERSONAL_TABLES) {
    if (t.name === "account_user") continue;
    const [row] = await db.select({ n: count() }).from(t.table).where(ownedRows(t, who));
    counts.set(t.name, Number(row?.n ?? 0));
  }
  const [cards] = me?.idNumberHash
    ? await db.select({ n: count() }).from(citycardCard).where(eq(citycardCard.holderIdHash, me.idNumberHash))
    : [{ n: 0 }];
  return DATA_CATEGORIES.filter((c) => c.id !== "sms").map((c) => {
    const id = c.id as NoticeCategory;
    const items = PERSONAL_TABLES.filter((t) => t.category === id && t.name !== "account_user").map((t) => ({
      label: t.label,
      count: counts.get(t.name) ?? 0,
    }));
    if (id === "account") items.unshift({ label: "账户（手机号、昵称、密码摘要）", count: 1 });
    if (id === "real-name") items.push({ label: "实名认证（姓名、加密的身份证号）", count: me?.realName ? 1 : 0 });
    if (id === "services-upcoming") items.push({ label: "市民卡（按实名身份关联）", count: Number(cards?.n ?? 0) });
    return { id, name: c.name, purpose: c.purpose, retention: c.retention, items };
  });
}

export type AccessEntry = { at: Date; what: string; targetId: string | null; roleName: string; departmentName: string | null };

/**
 * "谁看过我的信息": staff and agents who opened the user's applications or tickets, and family members or
 * hospital staff who opened their health record (detail.who says who in words), newest first.
 */
export async function accessLog(db: DB, userId: string, limit = 100): Promise<AccessEntry[]> {
  const rows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      targetId: auditLog.targetId,
      actorRole: auditLog.actorRole,
      who: sql<string | null>`${auditLog.detail}->>'who'`,
      departmentName: orgDepartment.shortName,
    })
    .from(auditLog)
    .leftJoin(accountUser, eq(accountUser.id, auditLog.actorId))
    .leftJoin(orgDepartment, eq(orgDepartment.id, accountUser.departmentId))
    .where(
      and(
        inArray(auditLog.action, Object.keys(READ_ACTIONS)),
        sql`${auditLog.detail}->>'ownerId' = ${userId}`,
        ne(auditLog.actorId, userId),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at,
    what: READ_ACTIONS[r.action as keyof typeof READ_ACTIONS] ?? r.action,
    targetId: r.targetId,
    roleName: r.who ?? (r.actorRole && isRole(r.actorRole) ? ROLE_NAMES[r.actorRole] : "工作人员"),
    departmentName: r.departmentName ?? null,
  }));
}
