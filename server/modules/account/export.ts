import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser } from "@/drizzle/schema";
import { exportOwnRecords } from "@/server/modules/health-records";
import { getProfile, type SessionUser } from "./service";
import { ownedRows, PERSONAL_TABLES } from "./personal-data";

/**
 * Columns never handed out, not even to the person: secrets and keyed hashes (password, encrypted ID number,
 * lookup hashes, ticket tokens, idempotency keys). The profile carries the ID number masked.
 */
const WITHHELD = /(hash|enc|token|secret|idempotencyKey|storageKey)$/i;

/** The largest number of rows exported per table (the newest are not guaranteed: a cap, not a page). */
const ROW_CAP = 5000;

export type PersonalDataExport = {
  exportedAt: string;
  /** The account row's personal fields in full (it is the person's own copy); the ID number is in `profile`, masked. */
  account: Record<string, unknown> | null;
  profile: Awaited<ReturnType<typeof getProfile>>;
  tables: Record<string, { label: string; category: string; rows: Record<string, unknown>[] }>;
  healthRecords: Awaited<ReturnType<typeof exportOwnRecords>>;
};

/**
 * PIPL art. 45: a copy of everything the portal keeps about the person, one file, driven by the personal-data
 * registry (PERSONAL_TABLES) so a new module's table is exported as soon as it is registered.
 */
export async function exportPersonalData(db: DB, user: SessionUser, now = new Date()): Promise<PersonalDataExport> {
  const [me] = await db
    .select({
      idNumberHash: accountUser.idNumberHash,
      phone: accountUser.phone,
      nickname: accountUser.nickname,
      role: accountUser.role,
      realName: accountUser.realName,
      realNameVerifiedAt: accountUser.realNameVerifiedAt,
      enterpriseName: accountUser.enterpriseName,
      enterpriseUscc: accountUser.enterpriseUscc,
      lastSignInAt: accountUser.lastSignInAt,
    })
    .from(accountUser)
    .where(eq(accountUser.id, user.id));
  const who = { userId: user.id, idNumberHash: me?.idNumberHash ?? null };
  const tables: PersonalDataExport["tables"] = {};
  for (const t of PERSONAL_TABLES) {
    if (t.name === "account_user") continue;
    const rows = (await db.select().from(t.table).where(ownedRows(t, who)).limit(ROW_CAP)) as Record<string, unknown>[];
    tables[t.name] = {
      label: t.label,
      category: t.category,
      rows: rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !WITHHELD.test(k)))),
    };
  }
  return {
    exportedAt: now.toISOString(),
    account: me ? Object.fromEntries(Object.entries(me).filter(([k]) => !WITHHELD.test(k))) : null,
    profile: await getProfile(db, user.id),
    tables,
    healthRecords: await exportOwnRecords(db, user),
  };
}
