import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, hotlineEvent, hotlineExtension, hotlineTicket } from "@/drizzle/schema";
import { createTicket, dispatchTicket } from "@/server/modules/hotline/service";
import { getStaffTicket, listStaffQueue, requestExtension, staffAccept, staffReply, staffReturn } from "@/server/modules/hotline/staff";
import { createCaller } from "@/server/root";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshIp } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newDepartment, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `staff-test-${process.pid}-${++keyN}`;

describe.each(BACKENDS)("12345 department desk on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let agent: SessionUser;
  let demoStaff: SessionUser; // 市城管局
  let staff: SessionUser; // a fresh department of its own, so its queue holds only this test's orders
  let colleague: SessionUser; // same fresh department
  let otherStaff: SessionUser; // another fresh department
  let deptId: number;
  let otherDeptId: number;
  let cgj: number;
  let categoryId: number;
  const ctx = () => ({ db, ip: "10.0.0.2" });
  const caller = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });

  async function row(id: number) {
    const [r] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, id));
    return r!;
  }
  /** A citizen's request, dispatched by the agent to `departmentId` at `now`. */
  async function dispatched(departmentId: number, now = new Date(), description = "南大街路口晚上有流动摊贩占道经营，影响通行。") {
    const t = await createTicket(
      ctx(),
      citizen,
      { type: "投诉", categoryId, description, district: "崇川区", address: "崇川区南大街与人民中路交叉口", idempotencyKey: key() },
      now,
    );
    await dispatchTicket(ctx(), agent, t.id, 1, departmentId, now);
    return t.id;
  }

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ citizen, agent, staff: demoStaff } = await demoUsers(db));
    deptId = await newDepartment(db, "a");
    otherDeptId = await newDepartment(db, "b");
    staff = await newUser(db, "staff", { department: deptId });
    colleague = await newUser(db, "staff", { department: deptId });
    otherStaff = await newUser(db, "staff", { department: otherDeptId });
    const refs = await hotlineRefs(db);
    cgj = refs.dept.cgj!;
    categoryId = refs.cat["cg-zdjy"]!;
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("shows each department only its own orders, by tab, with counts and overdue marked", async () => {
    const a = await dispatched(deptId);
    const b = await dispatched(deptId);
    const late = await dispatched(deptId, new Date("2026-01-05T02:00:00Z"));
    const other = await dispatched(otherDeptId);
    await staffAccept(ctx(), staff, b, (await row(b)).version);

    const pending = await listStaffQueue(ctx(), staff, { tab: "dispatched", page: 1 });
    expect(pending.items.map((i) => i.id).sort()).toEqual([a, late].sort());
    expect(pending.items.find((i) => i.id === late)?.overdue).toBe(true);
    expect(pending.items.find((i) => i.id === a)?.overdue).toBe(false);
    expect(pending.counts).toEqual({ dispatched: 2, accepted: 1, overdue: 1, replied: 0 });
    const processing = await listStaffQueue(ctx(), staff, { tab: "accepted", page: 1 });
    expect(processing.items.map((i) => i.id)).toEqual([b]);
    const overdue = await listStaffQueue(ctx(), staff, { tab: "overdue", page: 1 });
    expect(overdue.items.map((i) => i.id)).toEqual([late]);
    const mine = await listStaffQueue(ctx(), otherStaff, { tab: "dispatched", page: 1 });
    expect(mine.items.map((i) => i.id)).toEqual([other]);

    // the tRPC procedure is the same queue
    const viaRouter = await caller(staff).hotline.staff.queue({ tab: "dispatched" });
    expect(viaRouter.items.map((i) => i.id).sort()).toEqual([a, late].sort());
    // the demo clerk of 市城管局 sees a fresh 城管 order on their own desk
    const forCgj = await dispatched(cgj);
    const got = await getStaffTicket(ctx(), demoStaff, forCgj);
    expect(got.ticket.status).toBe("dispatched");
    expect(got.categoryName).toBe("占道经营");
  });

  it("签收 then 答复: statuses, the answer, the timeline and the audit log", async () => {
    const id = await dispatched(deptId);
    const v1 = (await row(id)).version;
    // what the page may offer comes from the service: 签收 first, then 答复; 延期 and 退单 while the order is held
    const fresh = await caller(staff).hotline.staff.get({ id });
    expect(fresh.actions).toEqual({ accept: true, reply: false, requestExtension: true, return: true });
    expect(fresh.open).toBe(true);
    expect(fresh.extensionMinDate).toBe(addDays(fresh.ticket.dueDate!, 1));
    const accepted = await caller(staff).hotline.staff.accept({ id, version: v1 });
    expect(accepted.status).toBe("accepted");
    expect((await caller(staff).hotline.staff.get({ id })).actions).toEqual({
      accept: false,
      reply: true,
      requestExtension: true,
      return: true,
    });
    await expectAppError(staffReply(ctx(), staff, id, accepted.version, "好"), "BAD_REQUEST", /至少2个字/);
    const replied = await caller(colleague).hotline.staff.reply({
      id,
      version: accepted.version,
      reply: "已安排城管中队于当晚巡查，摊贩已劝离，后续纳入常态化巡查。",
    });
    expect(replied.status).toBe("replied");
    const r = await row(id);
    expect(r.answer).toMatch(/常态化巡查/);
    expect(r.repliedAt).not.toBeNull();
    const detail = await caller(staff).hotline.staff.get({ id });
    expect(detail.events.map((e) => e.toStatus)).toEqual(["new", "dispatched", "accepted", "replied"]);
    expect(detail.actions).toEqual({ accept: false, reply: false, requestExtension: false, return: false });
    expect(detail.open).toBe(false);
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "hotline_ticket"), eq(auditLog.targetId, String(id))));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["hotline.accept", "hotline.reply"]));
    // it now shows under 已答复
    const done = await listStaffQueue(ctx(), staff, { tab: "replied", page: 1 });
    expect(done.items.map((i) => i.id)).toContain(id);
  });

  it("退单 needs a reason and sends the order back to the agents; the department no longer sees it", async () => {
    const id = await dispatched(deptId);
    const v = (await row(id)).version;
    await expectAppError(staffReturn(ctx(), staff, id, v, ""), "BAD_REQUEST", /退单理由/);
    const r = await caller(staff).hotline.staff.return({ id, version: v, reason: "该路段属于通州区管辖，请改派通州区城管局。" });
    expect(r.status).toBe("returned");
    const t = await row(id);
    expect(t).toMatchObject({
      status: "returned",
      departmentId: null,
      dueDate: null,
      returnReason: "该路段属于通州区管辖，请改派通州区城管局。",
    });
    await expectAppError(getStaffTicket(ctx(), staff, id), "NOT_FOUND");
  });

  it("申请延期: validates the date, records a pending request and an event, one pending at a time", async () => {
    const id = await dispatched(deptId);
    const t = await row(id);
    const v = t.version;
    await expectAppError(
      requestExtension(ctx(), staff, id, v, { newDueDate: t.dueDate!, reason: "需要协调多个部门现场核查" }),
      "BAD_REQUEST",
      /晚于当前办理时限/,
    );
    await expectAppError(
      requestExtension(ctx(), staff, id, v, { newDueDate: "2026-02-30", reason: "需要协调多个部门现场核查" }),
      "BAD_REQUEST",
    );
    await expectAppError(
      requestExtension(ctx(), staff, id, v, { newDueDate: "2099-01-01", reason: "需要协调多个部门现场核查" }),
      "BAD_REQUEST",
      /最多申请延期/,
    );
    await expectAppError(
      requestExtension(ctx(), staff, id, v, { newDueDate: addDays(t.dueDate!, 7), reason: "短" }),
      "BAD_REQUEST",
      /延期理由/,
    );

    const newDue = addDays(t.dueDate!, 7);
    const r = await caller(staff).hotline.staff.requestExtension({
      id,
      version: v,
      newDueDate: newDue,
      reason: "需要协调住建、交通部门联合现场核查",
    });
    expect(r.status).toBe("dispatched");
    expect(r.extraDays).toBeGreaterThanOrEqual(4);
    expect(r.extraDays).toBeLessThanOrEqual(7);
    const ext = await db.select().from(hotlineExtension).where(eq(hotlineExtension.ticketId, id));
    expect(ext).toHaveLength(1);
    expect(ext[0]).toMatchObject({
      status: "pending",
      newDueDate: newDue,
      reason: "需要协调住建、交通部门联合现场核查",
      requestedById: staff.id,
    });
    const events = await db
      .select({ note: hotlineEvent.note, from: hotlineEvent.fromStatus, to: hotlineEvent.toStatus })
      .from(hotlineEvent)
      .where(eq(hotlineEvent.ticketId, id));
    expect(events.at(-1)).toMatchObject({ from: "dispatched", to: "dispatched" });
    expect(events.at(-1)!.note).toMatch(new RegExp(`申请延期至 ${newDue}`));
    // the due date itself only changes when an agent approves
    expect((await row(id)).dueDate).toBe(t.dueDate);
    // a second request while one is pending
    await expectAppError(
      requestExtension(ctx(), staff, id, r.version, { newDueDate: addDays(t.dueDate!, 3), reason: "再次申请延期，需要更多时间" }),
      "CONFLICT",
      /待审批/,
    );
    expect(await db.select().from(hotlineExtension).where(eq(hotlineExtension.ticketId, id))).toHaveLength(1);
    const detail = await getStaffTicket(ctx(), staff, id);
    expect(detail.pendingExtension?.newDueDate).toBe(newDue);
    // while one is pending the page offers no second request, but still 签收 and 退单
    expect(detail.actions).toEqual({ accept: true, reply: false, requestExtension: false, return: true });
  });

  it("another department's order is NOT_FOUND for every action", async () => {
    const id = await dispatched(deptId);
    const v = (await row(id)).version;
    const c = caller(otherStaff);
    await expectTrpcError(c.hotline.staff.get({ id }), "NOT_FOUND");
    await expectTrpcError(c.hotline.staff.accept({ id, version: v }), "NOT_FOUND");
    await expectTrpcError(c.hotline.staff.reply({ id, version: v, reply: "越权答复的内容" }), "NOT_FOUND");
    await expectTrpcError(
      c.hotline.staff.requestExtension({ id, version: v, newDueDate: "2027-01-10", reason: "越权申请延期的理由" }),
      "NOT_FOUND",
    );
    await expectTrpcError(c.hotline.staff.return({ id, version: v, reason: "越权退单的理由内容" }), "NOT_FOUND");
    // and an id that does not exist looks the same
    await expectTrpcError(c.hotline.staff.get({ id: 999_999_999 }), "NOT_FOUND");
    const t = await row(id);
    expect(t).toMatchObject({ status: "dispatched", version: v, departmentId: deptId });
  });

  it("citizens, agents and guests cannot use the department procedures", async () => {
    const id = await dispatched(deptId);
    const v = (await row(id)).version;
    for (const user of [citizen, agent, await demoUser(db, DEMO.admin)]) {
      const c = caller(user);
      await expectTrpcError(c.hotline.staff.queue({}), "FORBIDDEN");
      await expectTrpcError(c.hotline.staff.get({ id }), "FORBIDDEN");
      await expectTrpcError(c.hotline.staff.accept({ id, version: v }), "FORBIDDEN");
      await expectTrpcError(c.hotline.staff.reply({ id, version: v, reply: "不应成功的答复" }), "FORBIDDEN");
      await expectTrpcError(
        c.hotline.staff.requestExtension({ id, version: v, newDueDate: "2027-01-10", reason: "不应成功的延期" }),
        "FORBIDDEN",
      );
      await expectTrpcError(c.hotline.staff.return({ id, version: v, reason: "不应成功的退单" }), "FORBIDDEN");
    }
    await expectTrpcError(caller(null).hotline.staff.queue({}), "UNAUTHORIZED");
    // a staff account without a department
    const loose = await newUser(db, "staff");
    await expectAppError(listStaffQueue(ctx(), loose, { tab: "dispatched", page: 1 }), "FORBIDDEN", /未分配部门/);
    expect((await row(id)).version).toBe(v);
  });

  it("a stale page gets CONFLICT and nothing is overwritten", async () => {
    const id = await dispatched(deptId);
    const v = (await row(id)).version;
    await staffAccept(ctx(), staff, id, v);
    // the colleague's page still shows the dispatched version
    await expectAppError(staffAccept(ctx(), colleague, id, v), "CONFLICT", /已被他人处理/);
    await expectAppError(staffReturn(ctx(), colleague, id, v, "派错了，请改派其他部门"), "CONFLICT");
    const v2 = (await row(id)).version;
    // two clerks reply from the same page: one wins, the other gets the conflict
    const results = await Promise.allSettled([
      staffReply(ctx(), staff, id, v2, "第一位办理人的答复内容"),
      staffReply(ctx(), colleague, id, v2, "第二位办理人的答复内容"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).code).toBe("CONFLICT");
    const t = await row(id);
    expect(t.status).toBe("replied");
    expect(["第一位办理人的答复内容", "第二位办理人的答复内容"]).toContain(t.answer);
    const replies = await db
      .select()
      .from(hotlineEvent)
      .where(and(eq(hotlineEvent.ticketId, id), eq(hotlineEvent.toStatus, "replied")));
    expect(replies).toHaveLength(1);
    // extension on a stale version
    const other = await dispatched(deptId);
    const ov = (await row(other)).version;
    await staffAccept(ctx(), staff, other, ov);
    await expectAppError(
      requestExtension(ctx(), colleague, other, ov, {
        newDueDate: addDays((await row(other)).dueDate!, 5),
        reason: "需要更多时间进行核查",
      }),
      "CONFLICT",
    );
    expect(await db.select().from(hotlineExtension).where(eq(hotlineExtension.ticketId, other))).toHaveLength(0);
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
