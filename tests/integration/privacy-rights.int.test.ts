import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, getTableColumns, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "@/drizzle/schema";
import {
  accountClosure,
  accountUser,
  applicationCase,
  auditLog,
  booking,
  bookingSlot,
  catalogueItem,
  familyMember,
  healthCheckup,
  healthCheckupItem,
  healthRecordGrant,
  healthRecordPerson,
  hotlineTicket,
} from "@/drizzle/schema";
import { and, gt, gte, lt, sql } from "drizzle-orm";
import { exportPersonalData } from "@/server/modules/account/export";
import { eraseAccount, processClosures, requestClosure, sendClosureCode } from "@/server/modules/account/closure";
import { ACTOR_REFERENCES, PERSONAL_TABLES } from "@/server/modules/account/personal-data";
import { createTicket, dispatchTicket } from "@/server/modules/hotline/service";
import { getStaffTicket } from "@/server/modules/hotline/staff";
import { agentTicket } from "@/server/modules/hotline/agent";
import { getDepartmentApplication, getOwnApplication } from "@/server/modules/applications/service";
import { accessLog, privacySummary } from "@/server/modules/account/privacy";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp, lastSmsCode } from "../helpers/fixtures";
import { expectAppError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newDepartment, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `privacy-test-${process.pid}-${++keyN}`;

describe("the personal-data registry", () => {
  it("covers every column that references account_user (a new module's table cannot be forgotten)", () => {
    const owners = new Set(PERSONAL_TABLES.map((t) => `${t.name}.${t.owner.name}`));
    const actors = new Set<string>(ACTOR_REFERENCES);
    const missing: string[] = [];
    for (const v of Object.values(schema)) {
      if (!is(v, PgTable)) continue;
      const c = getTableConfig(v);
      const keyOf = new Map(Object.entries(getTableColumns(v)).map(([k, col]) => [col.name, k]));
      for (const fk of c.foreignKeys) {
        if (getTableConfig(fk.reference().foreignTable).name !== "account_user") continue;
        for (const col of fk.reference().columns) {
          const snake = `${c.name}.${col.name}`;
          const camel = `${c.name}.${keyOf.get(col.name)}`;
          if (!owners.has(snake) && !actors.has(camel)) missing.push(camel);
        }
      }
    }
    expect(missing, "add these to PERSONAL_TABLES or ACTOR_REFERENCES in server/modules/account/personal-data.ts").toEqual([]);
  });

  it("covers every table of a person's health record (rows found through the person, not the account)", () => {
    const registered = new Set(PERSONAL_TABLES.map((t) => t.name));
    const personal = new Set(["health_record_person", "health_checkup"]);
    const missing: string[] = [];
    // Tables that hang off a person's record, however deep: a new part of the record must be registered.
    for (let grew = true; grew;) {
      grew = false;
      for (const v of Object.values(schema)) {
        if (!is(v, PgTable)) continue;
        const c = getTableConfig(v);
        if (personal.has(c.name)) continue;
        if (c.foreignKeys.some((fk) => personal.has(getTableConfig(fk.reference().foreignTable).name))) {
          personal.add(c.name);
          grew = true;
        }
      }
    }
    for (const name of personal) if (!registered.has(name)) missing.push(name);
    expect(personal.size).toBeGreaterThanOrEqual(6);
    expect(missing).toEqual([]);
  });
});

describe.each(BACKENDS)("personal-data rights on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let staff: SessionUser;
  let deptId: number;
  let categoryId: number;
  let itemId: number;
  const ctx = () => ({ db, ip: "10.0.0.3" });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent } = await demoUsers(db));
    deptId = await newDepartment(db, "p");
    staff = await newUser(db, "staff", { department: deptId });
    categoryId = (await hotlineRefs(db)).cat["cg-zdjy"]!;
    const [item] = await db.select({ id: catalogueItem.id }).from(catalogueItem).limit(1);
    itemId = item!.id;
  }, 120_000);
  afterAll(() => cleanup?.());

  async function ticketOf(citizen: SessionUser) {
    const t = await createTicket(
      ctx(),
      citizen,
      {
        type: "投诉",
        categoryId,
        description: "南大街路口晚上有流动摊贩占道经营，影响通行。",
        district: "崇川区",
        address: "崇川区南大街",
        contactName: "周晓彤",
        contactPhone: "13800000009",
        idempotencyKey: key(),
      },
      new Date(),
    );
    await dispatchTicket(ctx(), agent, t.id, 1, deptId, new Date());
    return t.id;
  }

  async function caseOf(citizen: SessionUser & { phone?: string }, status = "submitted") {
    const [c] = await db
      .insert(applicationCase)
      .values({
        itemId,
        userId: citizen.id,
        departmentId: deptId,
        status,
        answers: { fullName: "周晓彤", mobile: citizen.phone ?? "13800000009", rent: "2500" },
        serialNo: key(),
      })
      .returning({ id: applicationCase.id });
    return c!.id;
  }

  it("records every staff or agent opening of a citizen's ticket or case, and shows it only to that citizen", async () => {
    const citizen = await newUser(db, "citizen");
    const other = await newUser(db, "citizen");
    const ticketId = await ticketOf(citizen);
    const caseId = await caseOf(citizen);

    expect(await accessLog(db, citizen.id)).toEqual([]);
    await agentTicket(ctx(), agent, ticketId);
    await getStaffTicket(ctx(), staff, ticketId);
    await getDepartmentApplication(db, staff, caseId);
    // The citizen's own reads are not "someone saw my data".
    await getOwnApplication(db, citizen, caseId);

    const log = await accessLog(db, citizen.id);
    expect(log.map((e) => [e.what, e.targetId, e.roleName]).sort()).toEqual(
      [
        ["查看了您的12345诉求", String(ticketId), "12345坐席"],
        ["查看了您的12345诉求", String(ticketId), "部门办理人"],
        ["查看了您的办件", String(caseId), "部门办理人"],
      ].sort(),
    );
    expect(log.filter((e) => e.roleName === "部门办理人").every((e) => e.departmentName === "测试p")).toBe(true);
    expect(await accessLog(db, other.id)).toEqual([]);

    const viaRouter = await createCaller({ db, user: citizen, ip: freshIp() }).account.accessLog();
    expect(viaRouter).toHaveLength(3);
  });

  it("counts the citizen's own rows by privacy-notice category", async () => {
    const citizen = await newUser(db, "citizen", { realName: "周晓彤" });
    await ticketOf(citizen);
    await ticketOf(citizen);
    await caseOf(citizen);
    const summary = await privacySummary(db, citizen.id);
    const byId = Object.fromEntries(summary.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual([
      "account",
      "wechat",
      "real-name",
      "applications",
      "hotline",
      "messages",
      "security-log",
      "services-upcoming",
    ]);
    expect(byId.hotline!.items.find((i) => i.label === "12345诉求")?.count).toBe(2);
    expect(byId.applications!.items.find((i) => i.label === "网上办件")?.count).toBe(1);
    expect(byId["real-name"]!.items[0]?.count).toBe(1);
    expect(byId.account!.retention).toContain("注销账户后15个工作日内");
    const other = await privacySummary(db, (await newUser(db, "citizen")).id);
    expect(other.find((c) => c.id === "hotline")!.items.find((i) => i.label === "12345诉求")?.count).toBe(0);
  });

  it("注销账号: SMS re-authentication, pending items first, sessions end, then personal data erased and the phone free again", async () => {
    const citizen = await newUser(db, "citizen", { realName: "周晓彤" });
    const ticketId = await ticketOf(citizen);
    const caseId = await caseOf(citizen);
    await db.insert(familyMember).values({
      ownerUserId: citizen.id,
      relation: "child",
      name: "周小明",
      idNumberEnc: "enc",
      idNumberHash: `hash-${citizen.id}`,
      birthDate: "2015-03-01",
      gender: "male",
    });
    const caller = createCaller({ db, user: citizen, ip: freshIp() });
    const preview = await caller.account.closurePreview();
    expect(preview.pending.map((p) => [p.kind, p.id]).sort()).toEqual([
      ["application", caseId],
      ["ticket", ticketId],
    ]);
    expect(preview.closeBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await expectAppError(requestClosure(ctx(), citizen, "000000"), "BAD_REQUEST");
    await sendClosureCode(ctx(), citizen);
    const code = await lastSmsCode(db, citizen.phone);
    const [before] = await db.select({ v: accountUser.sessionVersion }).from(accountUser).where(eq(accountUser.id, citizen.id));
    const { closeBy } = await requestClosure(ctx(), citizen, code);
    expect(closeBy).toBe(preview.closeBy);
    const [after] = await db.select().from(accountUser).where(eq(accountUser.id, citizen.id));
    expect(after!.disabled).toBe(true);
    expect(after!.sessionVersion).toBe(before!.v + 1);

    expect(await processClosures(db)).toBeGreaterThanOrEqual(1);
    const [gone] = await db.select().from(accountUser).where(eq(accountUser.id, citizen.id));
    expect(gone).toMatchObject({
      phone: `closed:${citizen.id}`,
      nickname: "已注销用户",
      realName: null,
      idNumberHash: null,
      passwordHash: null,
    });
    const [t] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, ticketId));
    expect(t).toMatchObject({ contactName: null, contactPhone: null, citizenUserId: null });
    const [c] = await db.select().from(applicationCase).where(eq(applicationCase.id, caseId));
    expect(JSON.stringify(c!.answers)).not.toContain("周晓彤");
    expect(JSON.stringify(c!.answers)).not.toContain(citizen.phone);
    expect((c!.answers as Record<string, string>).rent).toBe("2500");
    expect(await db.select().from(familyMember).where(eq(familyMember.ownerUserId, citizen.id))).toEqual([]);
    const [closure] = await db.select().from(accountClosure).where(eq(accountClosure.userId, citizen.id));
    expect(closure!.status).toBe("done");
    const actions = (await db.select({ a: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, citizen.id))).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(["account.closure_request", "account.closed"]));
    // The read audits of the ticket stay.
    expect(
      (
        await db
          .select()
          .from(auditLog)
          .where(eq(auditLog.targetId, String(ticketId)))
      ).length,
    ).toBeGreaterThan(0);
    // The phone number registers again.
    await db.insert(accountUser).values({ phone: citizen.phone, nickname: "新用户", role: "citizen" });
    // Erasing twice is harmless.
    await eraseAccount(db, citizen.id);
  });
  it("the export holds every registry table, the health record, and no secrets", async () => {
    const citizen = await newUser(db, "citizen", { realName: "周晓彤" });
    const hash = `hash-export-${citizen.id}`;
    await db.update(accountUser).set({ idNumberHash: hash }).where(eq(accountUser.id, citizen.id));
    const [person] = await db
      .insert(healthRecordPerson)
      .values({ idNumberHash: hash, name: "周晓彤", birthDate: "1990-03-15" })
      .returning({ id: healthRecordPerson.id });
    const [c] = await db
      .insert(healthCheckup)
      .values({
        personId: person!.id,
        examinedOn: "2026-01-05",
        institution: "示例医院",
        kind: "年度健康体检",
        summary: "示例",
        doctorName: "示例",
      })
      .returning({ id: healthCheckup.id });
    await db
      .insert(healthCheckupItem)
      .values({ checkupId: c!.id, section: "血常规", name: "血红蛋白", value: "108", unit: "g/L", refLow: 115, refHigh: 150 });
    await ticketOf(citizen);
    const data = await exportPersonalData(db, citizen);
    const expected = PERSONAL_TABLES.map((t) => t.name).filter((n) => n !== "account_user");
    expect(Object.keys(data.tables).sort()).toEqual(expected.sort());
    expect(data.account?.phone).toBe(citizen.phone);
    expect(data.profile.realName.verified).toBe(true);
    expect(data.tables.hotline_ticket!.rows).toHaveLength(1);
    expect(data.tables.health_checkup_item!.rows).toHaveLength(1);
    expect(data.healthRecords?.checkups[0]?.indicators[0]).toMatchObject({ name: "血红蛋白", flag: "偏低" });
    const text = JSON.stringify(data);
    expect(text).not.toContain(hash);
    expect(text).not.toMatch(/passwordHash|idNumberEnc|ticketToken/);
    // Another person's rows are not in it.
    const other = await exportPersonalData(db, await newUser(db, "citizen"));
    expect(other.tables.hotline_ticket!.rows).toEqual([]);
    expect(other.healthRecords).toBeNull();
  });

  it("注销账号 cancels upcoming bookings at once (places freed) and erases the own health record, not a child's", async () => {
    const citizen = await newUser(db, "citizen", { realName: "周晓彤" });
    const hash = `hash-close-${citizen.id}`;
    const childHash = `hash-close-child-${citizen.id}`;
    await db.update(accountUser).set({ idNumberHash: hash }).where(eq(accountUser.id, citizen.id));
    const [own] = await db
      .insert(healthRecordPerson)
      .values({ idNumberHash: hash, name: "周晓彤", birthDate: "1990-03-15" })
      .returning({ id: healthRecordPerson.id });
    const [child] = await db
      .insert(healthRecordPerson)
      .values({ idNumberHash: childHash, name: "周小明", birthDate: "2015-03-01" })
      .returning({ id: healthRecordPerson.id });
    for (const p of [own!, child!])
      await db
        .insert(healthCheckup)
        .values({ personId: p.id, examinedOn: "2026-01-05", institution: "示例", kind: "体检", summary: "示例", doctorName: "示例" });
    await db
      .insert(healthRecordGrant)
      .values({ ownerUserId: citizen.id, granteeHash: "someone", granteeName: "家人", scopes: ["checkups"], endsOn: "2099-01-01" });

    const now = new Date();
    const [future] = await db
      .select({ id: bookingSlot.id, serviceDate: bookingSlot.serviceDate, booked: bookingSlot.booked })
      .from(bookingSlot)
      .where(and(gt(bookingSlot.startsAt, now), lt(bookingSlot.booked, bookingSlot.capacity), gte(bookingSlot.capacity, 1)))
      .limit(1);
    expect(future, "the seed makes upcoming slots").toBeTruthy();
    await db
      .update(bookingSlot)
      .set({ booked: sql`${bookingSlot.booked} + 1` })
      .where(eq(bookingSlot.id, future!.id));
    const [b] = await db
      .insert(booking)
      .values({
        slotId: future!.id,
        kind: "hospital_doctor",
        userId: citizen.id,
        subjectHash: hash,
        subjectName: "周晓彤",
        serviceDate: future!.serviceDate,
        feeFen: 0,
        confirmationNo: key(),
        ticketToken: key(),
        idempotencyKey: key(),
      })
      .returning({ id: booking.id });
    const preview = await closurePreviewOf(citizen);
    expect(preview.pending.map((p) => [p.kind, p.id])).toEqual([["booking", b!.id]]);

    await sendClosureCode(ctx(), citizen);
    const result = await requestClosure(ctx(), citizen, await lastSmsCode(db, citizen.phone));
    expect(result.cancelledBookings).toBe(1);
    const [after] = await db
      .select({ status: booking.status, cancelledAt: booking.cancelledAt })
      .from(booking)
      .where(eq(booking.id, b!.id));
    expect(after!.status).toBe("cancelled");
    const [slotAfter] = await db.select({ booked: bookingSlot.booked }).from(bookingSlot).where(eq(bookingSlot.id, future!.id));
    expect(slotAfter!.booked).toBe(future!.booked);

    await eraseAccount(db, citizen.id);
    expect(await db.select().from(healthRecordPerson).where(eq(healthRecordPerson.id, own!.id))).toEqual([]);
    expect(await db.select().from(healthCheckup).where(eq(healthCheckup.personId, own!.id))).toEqual([]);
    expect(await db.select().from(healthRecordGrant).where(eq(healthRecordGrant.ownerUserId, citizen.id))).toEqual([]);
    expect(await db.select().from(healthCheckup).where(eq(healthCheckup.personId, child!.id))).toHaveLength(1);
  });

  async function closurePreviewOf(user: SessionUser) {
    return createCaller({ db, user, ip: freshIp() }).account.closurePreview();
  }
});
