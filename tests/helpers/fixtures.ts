import { desc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountDevSmsOutbox, accountUser } from "@/drizzle/schema";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import { isRole } from "@/server/auth/roles";

let counter = 0;
/** A phone number no other test in this process uses. */
export function freshPhone(): string {
  counter++;
  return `137${String(process.pid % 10_000).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
}

/** A distinct client address so per-IP limits of one test do not leak into another. */
export function freshIp(): string {
  counter++;
  return `10.${(process.pid >> 8) % 250}.${process.pid % 250}.${counter % 250}`;
}

/** The code the dev SMS transport "sent" most recently to this phone. */
export async function lastSmsCode(db: DB, phone: string): Promise<string> {
  const [row] = await db
    .select({ body: accountDevSmsOutbox.body })
    .from(accountDevSmsOutbox)
    .where(eq(accountDevSmsOutbox.phone, phone))
    .orderBy(desc(accountDevSmsOutbox.id))
    .limit(1);
  const code = row?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no SMS for ${phone}`);
  return code;
}

export async function demoUser(db: DB, phone: string): Promise<SessionUser> {
  const [row] = await db
    .select({ id: accountUser.id, role: accountUser.role, nickname: accountUser.nickname })
    .from(accountUser)
    .where(eq(accountUser.phone, phone));
  if (!row || !isRole(row.role)) throw new Error(`no demo user ${phone}`);
  return { id: row.id, role: row.role, name: row.nickname };
}

export const DEMO = {
  citizen: "13800000001",
  enterprise: "13800000002",
  agent: "13800000003",
  staff: "13800000004",
  admin: "13800000005",
} as const;

export async function callerAs(db: DB, role: keyof typeof DEMO | "guest") {
  const user = role === "guest" ? null : await demoUser(db, DEMO[role]);
  return createCaller({ db, user, ip: freshIp() });
}
