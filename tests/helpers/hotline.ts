import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, hotlineCategory, orgDepartment } from "@/drizzle/schema";
import type { Role } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import { DEMO, demoUser, freshPhone } from "./fixtures";

/** The seeded ids the hotline suites look up by code: departments ("cgj" 市城管局, "sthjj" 市生态环境局…) and categories ("cg-zdjy"…). */
export type HotlineRefs = {
  dept: Record<string, number>;
  cat: Record<string, number>;
  /** Ids of the top-level category groups (not selectable on their own). */
  groupIds: Set<number>;
};

export async function hotlineRefs(db: DB): Promise<HotlineRefs> {
  const [depts, cats] = await Promise.all([
    db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment),
    db.select({ id: hotlineCategory.id, code: hotlineCategory.code, parentId: hotlineCategory.parentId }).from(hotlineCategory),
  ]);
  return {
    dept: Object.fromEntries(depts.map((d) => [d.code, d.id])),
    cat: Object.fromEntries(cats.map((c) => [c.code, c.id])),
    groupIds: new Set(cats.filter((c) => c.parentId === null).map((c) => c.id)),
  };
}

/** The five demo accounts (seeded), as session users. */
export async function demoUsers(db: DB): Promise<Record<keyof typeof DEMO, SessionUser>> {
  const [citizen, enterprise, agent, staff, admin] = await Promise.all([
    demoUser(db, DEMO.citizen),
    demoUser(db, DEMO.enterprise),
    demoUser(db, DEMO.agent),
    demoUser(db, DEMO.staff),
    demoUser(db, DEMO.admin),
  ]);
  return { citizen, enterprise, agent, staff, admin };
}

/**
 * A fresh account of `role` with a phone no other test uses, so a test's data is its own: `department`
 * by code ("sthjj") or id; `realName` makes it real-name verified; `nickname` defaults to 测试<role>.
 */
export async function newUser(
  db: DB,
  role: Role,
  opts: { department?: string | number; realName?: string; nickname?: string } = {},
): Promise<SessionUser & { phone: string }> {
  let departmentId: number | null = typeof opts.department === "number" ? opts.department : null;
  if (typeof opts.department === "string") {
    const [dept] = await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, opts.department));
    if (!dept) throw new Error(`no department ${opts.department}`);
    departmentId = dept.id;
  }
  const phone = freshPhone();
  const nickname = opts.nickname ?? `测试${role}`;
  const [u] = await db
    .insert(accountUser)
    .values({
      phone,
      nickname,
      role,
      departmentId,
      realName: opts.realName ?? null,
      realNameVerifiedAt: opts.realName ? new Date() : null,
    })
    .returning({ id: accountUser.id });
  return { id: u!.id, role, name: nickname, phone };
}

/** A department of its own (so its queue holds only the test's orders). */
export async function newDepartment(db: DB, label: string): Promise<number> {
  const code = `t${process.pid}${label}${Math.random().toString(36).slice(2, 6)}`;
  const [d] = await db
    .insert(orgDepartment)
    .values({ code, name: `测试部门${label}`, shortName: `测试${label}`, kind: "bureau" })
    .returning({ id: orgDepartment.id });
  return d!.id;
}
