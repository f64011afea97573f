import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog, hotlineCategory, hotlineEvent, hotlineSlaRule, hotlineTicket } from "@/drizzle/schema";
import {
  acceptTicket,
  answerDirectly,
  CONFLICT_MESSAGE,
  createTicket,
  dispatchTicket,
  findDuplicates,
  getOwnTicket,
  haversineMeters,
  recordReturnVisit,
  replyTicket,
  returnTicket,
  ticketEvents,
} from "@/server/modules/hotline/service";
import { listMine } from "@/server/modules/hotline/citizen";
import { seed } from "@/drizzle/seed/seed";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { expectAppError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `test-key-${process.pid}-${++keyN}`;

describe.each(BACKENDS)("12345 hotline data layer on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let otherCitizen: SessionUser;
  let agent: SessionUser;
  let agent2: SessionUser;
  let staff: SessionUser; // 市城管局 (demo)
  let otherStaff: SessionUser; // 市生态环境局
  let cgj: number;
  let sthjj: number;
  let cat: Record<string, number>;
  const ctx = () => ({ db, ip: "10.0.0.1" });

  async function version(id: number) {
    const [r] = await db
      .select({ v: hotlineTicket.version, status: hotlineTicket.status })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.id, id));
    return r!;
  }

  const base = (over: Record<string, unknown> = {}) => ({
    type: "投诉" as const,
    categoryId: cat["cg-zdjy"]!,
    description: "崇川区南大街路口每天晚上有流动摊贩占道经营，影响通行。",
    district: "崇川区" as const,
    address: "崇川区南大街与人民中路交叉口",
    lat: 32.0128,
    lng: 120.8636,
    idempotencyKey: key(),
    ...over,
  });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ citizen, agent, staff } = await demoUsers(db));
    otherCitizen = await newUser(db, "citizen");
    agent2 = await newUser(db, "agent");
    otherStaff = await newUser(db, "staff", { department: "sthjj" });
    const refs = await hotlineRefs(db);
    cgj = refs.dept.cgj!;
    sthjj = refs.dept.sthjj!;
    cat = refs.cat;
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("seeds categories mapped to departments and the SLA table, idempotently", async () => {
    const [before] = await db.select({ n: count() }).from(hotlineCategory);
    await seed(db);
    const [after] = await db.select({ n: count() }).from(hotlineCategory);
    expect(after!.n).toBe(before!.n);
    expect(before!.n).toBeGreaterThan(30);
    const [zdjy] = await db
      .select({ departmentId: hotlineCategory.departmentId, needsLocation: hotlineCategory.needsLocation })
      .from(hotlineCategory)
      .where(eq(hotlineCategory.code, "cg-zdjy"));
    expect(zdjy).toEqual({ departmentId: cgj, needsLocation: true });
    const sla = await db.select().from(hotlineSlaRule);
    expect(Object.fromEntries(sla.map((r) => [r.requestType, r.workingDays]))).toEqual({
      咨询: 3,
      求助: 3,
      投诉: 13,
      建议: 13,
      举报: 13,
      其他: 13,
    });
  });

  it("creates a citizen request idempotently, with a 12345 number, and validates input in Chinese", async () => {
    const now = new Date("2026-11-20T02:00:00Z");
    const input = base();
    const a = await createTicket(ctx(), citizen, input, now);
    const b = await createTicket(ctx(), citizen, input, now);
    expect(a.created).toBe(true);
    expect(b).toEqual({ ...a, created: false });
    expect(a.ticketNo).toMatch(/^1234520261120\d{6}$/);
    const [row] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, a.id));
    expect(row).toMatchObject({ status: "new", channel: "web", citizenUserId: citizen.id, version: 1 });
    // the same key from another citizen is another request
    const c = await createTicket(ctx(), otherCitizen, input, now);
    expect(c.id).not.toBe(a.id);

    await expectAppError(createTicket(ctx(), citizen, base({ description: "短" })), "BAD_REQUEST", /至少5个字/);
    await expectAppError(createTicket(ctx(), citizen, base({ description: "长".repeat(4001) })), "BAD_REQUEST", /4000/);
    await expectAppError(
      createTicket(ctx(), citizen, base({ address: undefined, lat: undefined, lng: undefined })),
      "BAD_REQUEST",
      /发生地点/,
    );
    await expectAppError(createTicket(ctx(), staff, base()), "FORBIDDEN");
  });

  it("lets an agent register a phone call for a caller; concurrent retries make one ticket", async () => {
    const input = base({
      type: "咨询",
      categoryId: cat["sb-sb"],
      address: undefined,
      lat: undefined,
      lng: undefined,
      contactName: "张先生",
      contactPhone: "13912345678",
      channel: "web",
    });
    const results = await Promise.all([createTicket(ctx(), agent, input), createTicket(ctx(), agent, input)]);
    expect(results[0]!.id).toBe(results[1]!.id);
    const [row] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, results[0]!.id));
    expect(row).toMatchObject({ channel: "phone", citizenUserId: null, createdById: agent.id, contactPhone: "13912345678" });
    const concurrentCitizen = await Promise.all(
      Array.from({ length: 5 }, () => createTicket(ctx(), citizen, { ...base(), idempotencyKey: "same-key-concurrent" })),
    );
    expect(new Set(concurrentCitizen.map((r) => r.id)).size).toBe(1);
  });

  it("咨询 answered directly closes with the answer (new → closed)", async () => {
    const t = await createTicket(
      ctx(),
      citizen,
      base({ type: "咨询", categoryId: cat["sb-sb"], address: undefined, lat: undefined, lng: undefined }),
    );
    const r = await answerDirectly(ctx(), agent, t.id, 1, "灵活就业人员可在“江苏智慧人社”App 办理社保参保登记。");
    expect(r).toEqual({ status: "closed", version: 2 });
    const own = await getOwnTicket(ctx(), citizen, t.id);
    expect(own.ticket.answer).toMatch(/江苏智慧人社/);
    expect(own.events.map((e) => e.toStatus)).toEqual(["new", "closed"]);
    await expectAppError(answerDirectly(ctx(), agent, t.id, 2, "再次答复"), "CONFLICT");
    await expectAppError(answerDirectly(ctx(), staff, t.id, 2, "再次答复"), "FORBIDDEN");
  });

  it("runs the whole loop: new → dispatched → returned → dispatched → accepted → replied → reopened → dispatched → accepted → replied → closed", async () => {
    const now = new Date("2026-11-23T02:00:00Z"); // Monday
    const t = await createTicket(ctx(), citizen, base(), now);
    // misrouted first to 生态环境局, which returns it
    let r = await dispatchTicket(ctx(), agent, t.id, 1, sthjj, now);
    expect(r).toMatchObject({ status: "dispatched", dueDate: "2026-12-10" }); // 投诉: 13 working days
    await expectAppError(acceptTicket(ctx(), staff, t.id), "NOT_FOUND"); // 城管 cannot see it yet
    r = { ...(await returnTicket(ctx(), otherStaff, t.id, r.version, "不属于本部门职责，应由城管部门处理")), dueDate: "" };
    expect(r.status).toBe("returned");
    expect(await version(t.id)).toEqual({ v: 3, status: "returned" });
    const [returned] = await db
      .select({ departmentId: hotlineTicket.departmentId, returnReason: hotlineTicket.returnReason })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.id, t.id));
    expect(returned).toEqual({ departmentId: null, returnReason: "不属于本部门职责，应由城管部门处理" });

    r = await dispatchTicket(ctx(), agent, t.id, 3, cgj, now);
    await expectAppError(acceptTicket(ctx(), otherStaff, t.id), "NOT_FOUND"); // no longer theirs
    const accepted = await acceptTicket(ctx(), staff, t.id, now);
    expect(accepted.status).toBe("accepted");
    await expectAppError(acceptTicket(ctx(), staff, t.id), "CONFLICT"); // already accepted
    await expectAppError(replyTicket(ctx(), otherStaff, t.id, accepted.version, "已处理"), "NOT_FOUND");
    const replied = await replyTicket(
      ctx(),
      staff,
      t.id,
      accepted.version,
      "已联系街道城管中队，对该路口流动摊贩进行劝离，并安排每晚巡查。",
    );
    expect(replied.status).toBe("replied");

    const reopened = await recordReturnVisit(ctx(), agent, t.id, replied.version, "不满意", "摊贩仍在");
    expect(reopened.status).toBe("reopened");
    const again = await dispatchTicket(ctx(), agent, t.id, reopened.version, cgj, now);
    const acc2 = await acceptTicket(ctx(), staff, t.id);
    const rep2 = await replyTicket(ctx(), staff, t.id, acc2.version, "已设置固定疏导点，路口已无占道经营。");
    await expectAppError(recordReturnVisit(ctx(), agent, t.id, rep2.version, "非常好"), "BAD_REQUEST", /满意/);
    const closed = await recordReturnVisit(ctx(), agent, t.id, rep2.version, "满意");
    expect(closed.status).toBe("closed");
    expect(again.dueDate).toBe("2026-12-10");

    const events = await ticketEvents(db, t.id);
    expect(events.map((e) => `${e.fromStatus ?? ""}→${e.toStatus}`)).toEqual([
      "→new",
      "new→dispatched",
      "dispatched→returned",
      "returned→dispatched",
      "dispatched→accepted",
      "accepted→replied",
      "replied→reopened",
      "reopened→dispatched",
      "dispatched→accepted",
      "accepted→replied",
      "replied→closed",
    ]);
    const [row] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, t.id));
    expect(row).toMatchObject({ status: "closed", satisfaction: "满意", version: 11, departmentId: cgj });
    const [audits] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "hotline_ticket"), eq(auditLog.targetId, String(t.id))));
    expect(audits!.n).toBe(10); // every agent/staff transition

    // the citizen sees it with the department's answer; nobody else does
    const own = await getOwnTicket(ctx(), citizen, t.id);
    expect(own.ticket.answer).toMatch(/固定疏导点/);
    expect(own.departmentName).toBe("市城管局");
    await expectAppError(getOwnTicket(ctx(), otherCitizen, t.id), "NOT_FOUND");
    const list = await listMine(ctx(), citizen);
    expect(list.items.some((x) => x.id === t.id)).toBe(true);
    expect((await listMine(ctx(), otherCitizen)).items.some((x) => x.id === t.id)).toBe(false);
  });

  it("computes deadlines in working days across 国庆 and weekend make-up days", async () => {
    const now = new Date("2025-09-30T02:00:00Z"); // Tue 30 Sep 2025, 10:00 in Nantong
    const consult = await createTicket(ctx(), citizen, base({ type: "求助" }), now);
    const complaint = await createTicket(ctx(), citizen, base({ type: "投诉" }), now);
    // 1–8 Oct are holidays; Sat 11 Oct is a make-up workday
    expect((await dispatchTicket(ctx(), agent, consult.id, 1, cgj, now)).dueDate).toBe("2025-10-11");
    expect((await dispatchTicket(ctx(), agent, complaint.id, 1, cgj, now)).dueDate).toBe("2025-10-24");
    // late evening UTC is already the next China day
    const evening = await createTicket(ctx(), citizen, base({ type: "咨询" }), now);
    expect((await dispatchTicket(ctx(), agent, evening.id, 1, cgj, new Date("2025-09-27T17:00:00Z"))).dueDate).toBe("2025-10-09"); // China date Sun 28 Sep (not counted): 29 Sep, 30 Sep, 9 Oct
  });

  it("two agents acting on the same version: the second gets CONFLICT and the first update stands", async () => {
    const t = await createTicket(ctx(), citizen, base());
    const results = await Promise.allSettled([dispatchTicket(ctx(), agent, t.id, 1, cgj), dispatchTicket(ctx(), agent2, t.id, 1, sthjj)]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(AppError);
    expect((failed[0]!.reason as AppError).code).toBe("CONFLICT");
    expect((failed[0]!.reason as AppError).message).toBe(CONFLICT_MESSAGE);
    const [row] = await db
      .select({ v: hotlineTicket.version, dept: hotlineTicket.departmentId })
      .from(hotlineTicket)
      .where(eq(hotlineTicket.id, t.id));
    expect(row!.v).toBe(2);
    const [events] = await db
      .select({ n: count() })
      .from(hotlineEvent)
      .where(and(eq(hotlineEvent.ticketId, t.id), eq(hotlineEvent.toStatus, "dispatched")));
    expect(events!.n).toBe(1);
    // sequentially: a stale version is refused even when the status would allow it
    const fresh = await createTicket(ctx(), citizen, base());
    await answerDirectly(ctx(), agent, fresh.id, 1, "已答复来电人。");
    await expectAppError(dispatchTicket(ctx(), agent2, fresh.id, 1, cgj), "CONFLICT", CONFLICT_MESSAGE);
    expect(await version(fresh.id)).toEqual({ v: 2, status: "closed" });
  });

  it("refuses actions by the wrong role", async () => {
    const t = await createTicket(ctx(), citizen, base());
    await expectAppError(dispatchTicket(ctx(), citizen, t.id, 1, cgj), "FORBIDDEN");
    await expectAppError(dispatchTicket(ctx(), staff, t.id, 1, cgj), "FORBIDDEN");
    await expectAppError(acceptTicket(ctx(), agent, t.id), "FORBIDDEN");
    await expectAppError(recordReturnVisit(ctx(), citizen, t.id, 1, "满意"), "FORBIDDEN");
    await expectAppError(acceptTicket(ctx(), staff, t.id), "NOT_FOUND"); // not dispatched to anyone yet
    await expectAppError(dispatchTicket(ctx(), agent, 987654321, 1, cgj), "NOT_FOUND");
    await expectAppError(recordReturnVisit(ctx(), agent, t.id, 1, "满意"), "CONFLICT"); // not replied yet
  });

  it("finds duplicates: same category, within 500 m or same address, last 7 days", async () => {
    const now = new Date("2026-06-10T02:00:00Z");
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const origin = { lat: 32.05, lng: 120.9 };
    const near = await createTicket(
      ctx(),
      citizen,
      base({ categoryId: cat["cg-ld"], ...origin, lat: origin.lat + 0.003, address: "工农路88号附近" }),
      days(2),
    ); // ~333 m
    const far = await createTicket(
      ctx(),
      citizen,
      base({ categoryId: cat["cg-ld"], lat: origin.lat + 0.01, lng: origin.lng, address: "另一条路" }),
      days(1),
    ); // ~1.1 km
    const sameAddr = await createTicket(
      ctx(),
      citizen,
      base({ categoryId: cat["cg-ld"], lat: undefined, lng: undefined, address: "崇川区 工农路 100号" }),
      days(3),
    );
    const old = await createTicket(ctx(), citizen, base({ categoryId: cat["cg-ld"], ...origin }), days(8));
    const otherCat = await createTicket(ctx(), citizen, base({ categoryId: cat["cg-zdjy"], ...origin }), days(1));
    const fresh = await createTicket(ctx(), citizen, base({ categoryId: cat["cg-ld"], ...origin, address: "崇川区工农路100号" }), now);
    const [ticket] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, fresh.id));
    const dups = await findDuplicates(db, ticket!, now);
    const ids = dups.map((d) => d.id);
    expect(ids).toContain(near.id);
    expect(ids).toContain(sameAddr.id);
    expect(ids).not.toContain(far.id);
    expect(ids).not.toContain(old.id);
    expect(ids).not.toContain(otherCat.id);
    expect(ids).not.toContain(fresh.id);
    expect(dups.find((d) => d.id === near.id)!.distanceM).toBeCloseTo(333.6, 0);
    expect(haversineMeters(32, 120.9, 32, 120.9)).toBe(0);
  });
});
