import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { accountMessage, auditLog, orgDepartment } from "@/drizzle/schema";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, DEMO, demoUser, freshIp } from "../helpers/fixtures";
import { createCaller } from "@/server/root";
import type { DB } from "@/server/db";

async function trpcCode(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe.each(BACKENDS)("procedures as each role on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("guests must sign in for their profile", async () => {
    expect(await trpcCode((await callerAs(db, "guest")).account.me())).toBe("UNAUTHORIZED");
    expect(await trpcCode((await callerAs(db, "guest")).admin.users({ page: 1 }))).toBe("UNAUTHORIZED");
  });

  it("everyone signed in reads only their own profile, masked", async () => {
    const me = await (await callerAs(db, "citizen")).account.me();
    expect(me.phoneMasked).toBe("138****0001");
    expect(me.realName.verified).toBe(true);
    if (me.realName.verified) expect(me.realName.idMasked).toMatch(/^3206\*{10}\d{3}[\dX]$/);
    const staff = await (await callerAs(db, "staff")).account.me();
    expect(staff.departmentName).toBe("南通市城市管理局");
    const ent = await (await callerAs(db, "enterprise")).account.me();
    expect(ent.enterprise?.uscc).toHaveLength(18);
  });

  it("only admins reach admin procedures", async () => {
    for (const role of ["citizen", "enterprise", "agent", "staff"] as const) {
      expect(await trpcCode((await callerAs(db, role)).admin.users({ page: 1 }))).toBe("FORBIDDEN");
      expect(await trpcCode((await callerAs(db, role)).admin.auditLog({ page: 1 }))).toBe("FORBIDDEN");
    }
    const list = await (await callerAs(db, "admin")).admin.users({ page: 1 });
    expect(list.total).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(list)).not.toMatch(/138000000\d\d/);
  });

  it("a citizen cannot mark another person's message read", async () => {
    const agent = await demoUser(db, DEMO.agent);
    const [msg] = await db.select({ id: accountMessage.id }).from(accountMessage).where(eq(accountMessage.userId, agent.id)).limit(1);
    expect(msg).toBeTruthy();
    expect(await trpcCode((await callerAs(db, "citizen")).account.markMessageRead({ id: msg!.id }))).toBe("NOT_FOUND");
    const [after] = await db.select({ readAt: accountMessage.readAt }).from(accountMessage).where(eq(accountMessage.id, msg!.id));
    expect(after?.readAt).toBeNull();
  });

  it("admin role changes are audited with from → to; staff need a department; no self-change", async () => {
    const admin = await callerAs(db, "admin");
    const enterprise = await demoUser(db, DEMO.enterprise);
    const [dept] = await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, "mzj"));
    expect(await trpcCode(admin.admin.changeRole({ userId: enterprise.id, role: "staff" }))).toBe("BAD_REQUEST");
    await admin.admin.changeRole({ userId: enterprise.id, role: "staff", departmentId: dept!.id });
    const [entry] = await db
      .select({ detail: auditLog.detail, actorRole: auditLog.actorRole })
      .from(auditLog)
      .where(and(eq(auditLog.action, "admin.role_change"), eq(auditLog.targetId, enterprise.id)));
    expect(entry?.actorRole).toBe("admin");
    expect(entry?.detail).toMatchObject({ from: "enterprise", to: "staff", toDepartment: dept!.id });
    await admin.admin.changeRole({ userId: enterprise.id, role: "enterprise" });
    const self = await demoUser(db, DEMO.admin);
    expect(await trpcCode(admin.admin.changeRole({ userId: self.id, role: "citizen" }))).toBe("BAD_REQUEST");
  });

  it("validation errors come back as BAD_REQUEST, never INTERNAL", async () => {
    const citizen = await callerAs(db, "citizen");
    expect(await trpcCode(citizen.account.verifyRealName({ name: "x", idNumber: "" }))).toBe("BAD_REQUEST");
    expect(await trpcCode((await callerAs(db, "guest")).account.sendSmsCode({ phone: "12", purpose: "login" }))).toBe("BAD_REQUEST");
  });

  it("public tracking is limited per client address by the procedure's middleware (30 in 10 minutes)", async () => {
    const guest = createCaller({ db, user: null, ip: freshIp() });
    const ask = () => guest.applications.track({ serialNo: "NT2026010100000001", phoneLast4: "0000" });
    for (let i = 0; i < 30; i++) expect(await trpcCode(ask())).toBe("NOT_FOUND");
    expect(await trpcCode(ask())).toBe("TOO_MANY_REQUESTS");
    // another address is not affected
    expect(
      await trpcCode(
        createCaller({ db, user: null, ip: freshIp() }).applications.track({ serialNo: "NT2026010100000001", phoneLast4: "0000" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("ids beyond what the database holds are a validation error, not a fault", async () => {
    const citizen = await callerAs(db, "citizen");
    expect(await trpcCode(citizen.applications.get({ id: 2_147_483_648 }))).toBe("BAD_REQUEST");
    expect(await trpcCode(citizen.hotline.citizen.get({ id: Number.MAX_SAFE_INTEGER }))).toBe("BAD_REQUEST");
    expect(await trpcCode((await callerAs(db, "guest")).catalogue.public.item({ id: 9_999_999_999 }))).toBe("BAD_REQUEST");
  });

  it("the holiday calendar holds 2025–2027", async () => {
    const admin = await callerAs(db, "admin");
    const days2026 = await admin.admin.calendar({ year: 2026 });
    expect(days2026.find((d) => d.date === "2026-02-14")).toMatchObject({ kind: "workday" });
    expect(days2026.find((d) => d.date === "2026-10-01")).toMatchObject({ kind: "holiday" });
    expect((await admin.admin.calendar({ year: 2027 })).length).toBeGreaterThan(0);
  });
});
