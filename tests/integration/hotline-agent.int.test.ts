import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { hotlineEvent, hotlineExtension, hotlineTicket } from "@/drizzle/schema";
import { acceptTicket, CONFLICT_MESSAGE, replyTicket, returnTicket } from "@/server/modules/hotline/service";
import {
  agentTicket,
  answerDirectly,
  classifyTicket,
  createForCaller,
  decideExtension,
  dispatchTicket,
  dueDatePreview,
  formOptions,
  latestState,
  listPendingExtensions,
  lookupCaller,
  mergeTicket,
  queueCounts,
  queueList,
  recordReturnVisit,
  urgeTicket,
} from "@/server/modules/hotline/agent";
import { listQueue } from "@/server/modules/hotline/queues";
import { listMine } from "@/server/modules/hotline/citizen";
import { createCaller } from "@/server/root";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp, freshPhone } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `agent-key-${process.pid}-${++keyN}`;

describe.each(BACKENDS)("12345 agent console on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let agent2: SessionUser;
  let staff: SessionUser; // 市城管局 (demo)
  let otherStaff: SessionUser; // 市生态环境局
  let admin: SessionUser;
  let citizen: SessionUser;
  let citizenPhone: string;
  let cgj: number;
  let sthjj: number;
  let cat: Record<string, number>;
  const ctx = () => ({ db, ip: "10.0.0.2" });

  async function row(id: number) {
    const [r] = await db.select().from(hotlineTicket).where(eq(hotlineTicket.id, id));
    return r!;
  }

  /** Pages through a whole queue (other tests and seed samples fill it too). */
  async function inQueue(queue: Parameters<typeof listQueue>[1], id: number, now?: Date) {
    for (let offset = 0; ; offset += 200) {
      const page = await listQueue(db, queue, { limit: 200, offset, now });
      if (page.some((x) => x.id === id)) return true;
      if (page.length < 200) return false;
    }
  }

  async function statuses(id: number) {
    const ev = await db
      .select({ to: hotlineEvent.toStatus })
      .from(hotlineEvent)
      .where(eq(hotlineEvent.ticketId, id))
      .orderBy(hotlineEvent.id);
    return ev.map((e) => e.to);
  }

  const call = (over: Record<string, unknown> = {}) => ({
    type: "投诉" as const,
    categoryId: cat["cg-zdjy"]!,
    description: "来电反映：小区门口每天早上有流动摊贩占道经营，堵塞人行道。",
    district: "崇川区" as const,
    address: `崇川区测试路${Math.floor(Math.random() * 1e9)}号`,
    contactName: "王女士",
    contactPhone: "13912340000",
    idempotencyKey: key(),
    ...over,
  });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent, staff, admin } = await demoUsers(db));
    agent2 = await newUser(db, "agent");
    otherStaff = await newUser(db, "staff", { department: "sthjj" });
    const c = await newUser(db, "citizen", { realName: "李小明" });
    citizen = c;
    citizenPhone = c.phone;
    const refs = await hotlineRefs(db);
    cgj = refs.dept.cgj!;
    sthjj = refs.dept.sthjj!;
    cat = refs.cat;
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("looks up a caller: masked real name, real-name status, history by contact phone and by account", async () => {
    const unknownPhone = freshPhone();
    const first = await lookupCaller(ctx(), agent, unknownPhone);
    expect(first).toMatchObject({ phone: unknownPhone, account: null, history: [] });
    const viaCall = await createForCaller(ctx(), agent, call({ contactPhone: citizenPhone }));
    // a request the citizen filed online with another contact phone is still theirs
    const { createTicket } = await import("@/server/modules/hotline/service");
    const online = await createTicket(ctx(), citizen, call({ contactPhone: undefined }));
    const r = await lookupCaller(ctx(), agent, ` ${citizenPhone.slice(0, 3)} ${citizenPhone.slice(3, 7)} ${citizenPhone.slice(7)} `);
    expect(r.account).toMatchObject({ name: "李**", realNameVerified: true });
    expect(JSON.stringify(r)).not.toContain("李小明");
    expect(r.history.map((h) => h.id)).toEqual(expect.arrayContaining([viaCall.id, online.id]));
    const stranger = await lookupCaller(ctx(), agent, unknownPhone);
    expect(stranger.history.some((h) => h.id === viaCall.id)).toBe(false);
    await expectAppError(lookupCaller(ctx(), agent, "12345"), "BAD_REQUEST", /来电号码/);
    // the call belongs to the caller's account: it is in their 我的诉求; a stranger's call is nobody's
    const { getOwnTicket } = await import("@/server/modules/hotline/service");
    expect((await getOwnTicket(ctx(), citizen, viaCall.id)).ticket.channel).toBe("phone");
    expect((await listMine(ctx(), citizen)).items.map((t) => t.id)).toContain(viaCall.id);
    const strangerCall = await createForCaller(ctx(), agent, call({ contactPhone: unknownPhone }));
    const [row] = await db.select({ owner: hotlineTicket.citizenUserId }).from(hotlineTicket).where(eq(hotlineTicket.id, strangerCall.id));
    expect(row!.owner).toBeNull();
  });

  it("offers types, the category tree with departments, and the SLA days", async () => {
    const o = await formOptions(db);
    expect(o.types).toContain("咨询");
    const cg = o.categories.find((g) => g.name === "城市管理")!;
    expect(cg.children.find((c) => c.id === cat["cg-zdjy"])).toMatchObject({ departmentId: cgj, needsLocation: true });
    expect(o.departments.some((d) => d.id === cgj && d.shortName === "市城管局")).toBe(true);
    expect(o.slaDays).toMatchObject({ 咨询: 3, 求助: 3, 投诉: 13 });
  });

  it("runs the whole loop: new → dispatched → accepted → replied → closed, with the queues following", async () => {
    const t = await createForCaller(ctx(), agent, call());
    const r0 = await row(t.id);
    expect(r0).toMatchObject({ status: "new", channel: "phone", createdById: agent.id, citizenUserId: null, version: 1 });
    expect(await inQueue("new", t.id)).toBe(true);
    const d = await dispatchTicket(ctx(), agent, t.id, 1, cgj);
    expect(d.status).toBe("dispatched");
    expect(await inQueue("dispatched", t.id)).toBe(true);
    expect(await inQueue("new", t.id)).toBe(false);
    const a = await acceptTicket(ctx(), staff, t.id);
    const rep = await replyTicket(ctx(), staff, t.id, a.version, "已安排城管中队清理，并设置固定疏导点。");
    expect(await inQueue("revisit", t.id)).toBe(true);
    const c = await recordReturnVisit(ctx(), agent, t.id, rep.version, "满意", "来电人表示感谢");
    expect(c.status).toBe("closed");
    expect(await statuses(t.id)).toEqual(["new", "dispatched", "accepted", "replied", "closed"]);
    const detail = await agentTicket(ctx(), agent, t.id);
    expect(detail.ticket).toMatchObject({ status: "closed", satisfaction: "满意", contactPhone: "13912340000" });
    expect(detail.events.map((e) => e.actorName)).toEqual(expect.arrayContaining([expect.stringMatching(/./)]));
    expect(detail.events[1]).toMatchObject({ actorRole: "agent", toStatus: "dispatched" });
  });

  it("returned → reclassified → re-dispatched; 不满意 → reopened → dispatched again; direct answer closes", async () => {
    const t = await createForCaller(ctx(), agent, call());
    let v = (await dispatchTicket(ctx(), agent, t.id, 1, cgj)).version;
    v = (await returnTicket(ctx(), staff, t.id, v, "噪声问题不属于城管职责，请改派生态环境局。")).version;
    expect((await row(t.id)).departmentId).toBeNull();
    expect(await inQueue("returned", t.id)).toBe(true);
    expect((await queueList(ctx(), agent, "returned", { limit: 1 })).length).toBe(1);
    v = (await classifyTicket(ctx(), agent, t.id, v, { type: "投诉", categoryId: cat["hb-zs"]! })).version;
    expect((await row(t.id)).categoryId).toBe(cat["hb-zs"]);
    const detail = await agentTicket(ctx(), agent, t.id);
    expect(detail.suggestedDepartmentId).toBe(sthjj);
    v = (await dispatchTicket(ctx(), agent, t.id, v, sthjj)).version;
    v = (await acceptTicket(ctx(), otherStaff, t.id)).version;
    v = (await replyTicket(ctx(), otherStaff, t.id, v, "已对施工单位夜间施工进行查处。")).version;
    v = (await recordReturnVisit(ctx(), agent, t.id, v, "不满意", "噪声仍然存在")).version;
    expect((await row(t.id)).status).toBe("reopened");
    expect(await inQueue("new", t.id)).toBe(true); // 待派单 holds new + reopened
    v = (await dispatchTicket(ctx(), agent, t.id, v, sthjj)).version;
    expect(await statuses(t.id)).toEqual([
      "new",
      "dispatched",
      "returned",
      "returned",
      "dispatched",
      "accepted",
      "replied",
      "reopened",
      "dispatched",
    ]);

    const q = await createForCaller(ctx(), agent, call({ type: "咨询", categoryId: cat["sb-sb"], address: undefined }));
    await answerDirectly(ctx(), agent, q.id, 1, "社保缴费基数可在“苏服办”查询，也可到社保窗口打印。");
    expect(await row(q.id)).toMatchObject({ status: "closed", version: 2 });
    expect(await statuses(q.id)).toEqual(["new", "closed"]);
    // classification only while the ticket is in the agent's hands
    await expectAppError(classifyTicket(ctx(), agent, q.id, 2, { type: "投诉", categoryId: cat["sb-sb"]! }), "CONFLICT", /已办结/);
    await expectAppError(classifyTicket(ctx(), agent, t.id, v, { type: "投诉", categoryId: cat["hb-zs"]! }), "CONFLICT");
  });

  it("rejects a classification without a real change or with a group instead of a leaf", async () => {
    const t = await createForCaller(ctx(), agent, call());
    await expectAppError(classifyTicket(ctx(), agent, t.id, 1, { type: "投诉", categoryId: cat["cg-zdjy"]! }), "BAD_REQUEST", /没有变化/);
    await expectAppError(classifyTicket(ctx(), agent, t.id, 1, { type: "投诉", categoryId: cat["cg"]! }), "BAD_REQUEST", /具体/);
    await expectAppError(classifyTicket(ctx(), agent, t.id, 1, { type: "闲聊", categoryId: cat["cg-zdjy"]! }), "BAD_REQUEST", /类型/);
    expect((await row(t.id)).version).toBe(1);
  });

  it("computes due dates in working days across 国庆 (preview = what dispatch sets)", async () => {
    const now = new Date("2026-09-30T02:00:00Z"); // Wed 30 Sep 2026; 1–7 Oct holidays, Sat 10 Oct a make-up workday
    expect(await dueDatePreview(db, "咨询", now)).toEqual({ type: "咨询", workingDays: 3, dueDate: "2026-10-10" });
    expect((await dueDatePreview(db, "投诉", now)).dueDate).toBe("2026-10-23");
    const t = await createForCaller(ctx(), agent, call({ type: "求助" }), now);
    expect((await dispatchTicket(ctx(), agent, t.id, 1, cgj, now)).dueDate).toBe("2026-10-10");
  });

  it("suggests duplicates (same category, 500 m or same address, 7 days) and merges both version-checked", async () => {
    const now = new Date();
    const base = await createForCaller(ctx(), agent, call({ address: "崇川区工农路88号", lat: 32.03, lng: 120.88 }), now);
    const near = await createForCaller(ctx(), agent, call({ address: "崇川区工农路90号门口", lat: 32.032, lng: 120.881 }), now); // ≈ 240 m
    const sameAddr = await createForCaller(ctx(), agent, call({ address: "崇川区 工农路88号", lat: undefined, lng: undefined }), now);
    const far = await createForCaller(ctx(), agent, call({ address: "崇川区远处路1号", lat: 32.05, lng: 120.9 }), now); // ≈ 2.9 km
    const otherCat = await createForCaller(
      ctx(),
      agent,
      call({ categoryId: cat["cg-ld"], address: "崇川区工农路88号", lat: 32.03, lng: 120.88 }),
      now,
    );
    const old = await createForCaller(
      ctx(),
      agent,
      call({ address: "崇川区工农路88号", lat: 32.03, lng: 120.88 }),
      new Date(now.getTime() - 8 * 86_400_000),
    );
    const d = await agentTicket(ctx(), agent, near.id, now);
    const ids = d.duplicates.map((x) => x.id);
    expect(ids).toContain(base.id);
    expect(ids).not.toContain(far.id);
    expect(ids).not.toContain(otherCat.id);
    expect(ids).not.toContain(old.id);
    expect(d.duplicates.find((x) => x.id === base.id)!.distanceM).toBeLessThan(500);
    expect((await agentTicket(ctx(), agent, sameAddr.id, now)).duplicates.map((x) => x.id)).toContain(base.id);

    // a stale primary version: nothing changes on either ticket
    await expectAppError(mergeTicket(ctx(), agent, near.id, 1, base.id, 99), "CONFLICT", CONFLICT_MESSAGE);
    expect(await row(near.id)).toMatchObject({ status: "new", version: 1, mergedIntoId: null });
    await expectAppError(mergeTicket(ctx(), agent, near.id, 1, otherCat.id, 1), "BAD_REQUEST", /同一分类/);
    await expectAppError(mergeTicket(ctx(), agent, near.id, 1, near.id, 1), "BAD_REQUEST");

    const m = await mergeTicket(ctx(), agent, near.id, 1, base.id, 1);
    expect(m.dup.status).toBe("closed");
    expect(await row(near.id)).toMatchObject({ status: "closed", mergedIntoId: base.id, version: 2 });
    expect(await row(base.id)).toMatchObject({ status: "new", version: 2 });
    const primaryEvents = await db.select({ note: hotlineEvent.note }).from(hotlineEvent).where(eq(hotlineEvent.ticketId, base.id));
    expect(primaryEvents.some((e) => e.note?.includes("合并重复工单"))).toBe(true);
    // merged tickets are no longer suggested; the primary lists what was merged into it
    expect((await agentTicket(ctx(), agent, sameAddr.id, now)).duplicates.map((x) => x.id)).not.toContain(near.id);
    expect((await agentTicket(ctx(), agent, base.id, now)).merged.map((x) => x.id)).toEqual([near.id]);
    // a merged ticket cannot be the target
    await expectAppError(mergeTicket(ctx(), agent, sameAddr.id, 1, near.id, 2), "BAD_REQUEST", /已被合并/);
  });

  it("two agents on the same version: the second gets CONFLICT, the first update stands, nothing is lost", async () => {
    const t = await createForCaller(ctx(), agent, call());
    const results = await Promise.allSettled([
      classifyTicket(ctx(), agent, t.id, 1, { type: "举报", categoryId: cat["cg-zdjy"]! }),
      answerDirectly(ctx(), agent2, t.id, 1, "已告知来电人向城管部门反映。"),
    ]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0]!.reason as AppError).code).toBe("CONFLICT");
    expect((failed[0]!.reason as AppError).message).toBe(CONFLICT_MESSAGE);
    const r = await row(t.id);
    expect(r.version).toBe(2);
    // whichever won is fully there; the loser changed nothing
    if (r.status === "closed") expect(r).toMatchObject({ type: "投诉", answer: expect.stringContaining("已告知") });
    else expect(r).toMatchObject({ status: "new", type: "举报", answer: null });
    const [ev] = await db.select({ n: count() }).from(hotlineEvent).where(eq(hotlineEvent.ticketId, t.id));
    expect(ev!.n).toBe(2);
    // the conflict page shows the latest state
    expect(await latestState(ctx(), agent2, t.id)).toMatchObject({ version: 2, status: r.status, lastEvent: { note: expect.any(String) } });
    // sequentially through the router too: the stale form is refused with the clear message
    const caller = createCaller({ db, user: agent2, ip: freshIp() });
    const fresh = await createForCaller(ctx(), agent, call());
    await caller.hotline.agent.classify({ id: fresh.id, version: 1, type: "建议", categoryId: cat["cg-zdjy"]! });
    const e = await caller.hotline.agent.dispatch({ id: fresh.id, version: 1, departmentId: cgj }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(TRPCError);
    expect((e as TRPCError).code).toBe("CONFLICT");
    expect((e as TRPCError).message).toBe(CONFLICT_MESSAGE);
    expect(await row(fresh.id)).toMatchObject({ status: "new", type: "建议", version: 2 });
  });

  it("催办: only open orders at a department that are overdue or due by the next working day", async () => {
    const dispatchedAt = new Date("2026-11-02T02:00:00Z"); // Mon 2 Nov 2026
    const t = await createForCaller(ctx(), agent, call({ type: "咨询" }), dispatchedAt);
    const d = await dispatchTicket(ctx(), agent, t.id, 1, cgj, dispatchedAt);
    expect(d.dueDate).toBe("2026-11-05");
    await expectAppError(urgeTicket(ctx(), agent, t.id, d.version, undefined, dispatchedAt), "BAD_REQUEST", /尚未临期/);
    // the day before the deadline: near-due
    const nearDue = new Date("2026-11-04T02:00:00Z");
    const u1 = await urgeTicket(ctx(), agent, t.id, d.version, "请尽快处理", nearDue);
    expect(await row(t.id)).toMatchObject({ urgeCount: 1, lastUrgedAt: nearDue, status: "dispatched" });
    // overdue: listed in the overdue queue and can be urged again; a stale version cannot
    const late = new Date("2026-11-10T02:00:00Z");
    expect(await inQueue("overdue", t.id, late)).toBe(true);
    expect(await inQueue("overdue", t.id, nearDue)).toBe(false);
    // the console's rows say which are overdue (the page shows them, it does not work it out)
    const rowOf = async (now: Date) => {
      for (let offset = 0; ; offset += 200) {
        const page = await queueList(ctx(), agent, "dispatched", { limit: 200, offset, now });
        const hit = page.find((x) => x.id === t.id);
        if (hit || page.length < 200) return hit;
      }
    };
    expect((await rowOf(late))?.overdue).toBe(true);
    expect((await rowOf(nearDue))?.overdue).toBe(false);
    await expectAppError(urgeTicket(ctx(), agent, t.id, d.version, undefined, late), "CONFLICT");
    await urgeTicket(ctx(), agent, t.id, u1.version, undefined, late);
    expect((await row(t.id)).urgeCount).toBe(2);
    const notes = (await db.select({ note: hotlineEvent.note }).from(hotlineEvent).where(eq(hotlineEvent.ticketId, t.id))).map(
      (e) => e.note,
    );
    expect(notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/催办（第1次，临期）：请尽快处理/), expect.stringMatching(/催办（第2次，已超期）/)]),
    );
    // not at a department: no urging
    const n = await createForCaller(ctx(), agent, call());
    await expectAppError(urgeTicket(ctx(), agent, n.id, 1, undefined, late), "CONFLICT", /待派单/);
  });

  it("延期: approve moves the due date in working days across 国庆; reject needs a reason; both are events", async () => {
    const at = new Date("2026-09-25T02:00:00Z"); // Fri 25 Sep 2026
    const t = await createForCaller(ctx(), agent, call({ type: "咨询" }), at);
    const d = await dispatchTicket(ctx(), agent, t.id, 1, cgj, at);
    expect(d.dueDate).toBe("2026-09-30"); // Sun 27 Sep is not a make-up day in 2026: 28, 29, 30
    const [ext] = await db
      .insert(hotlineExtension)
      .values({ ticketId: t.id, requestedById: staff.id, extraDays: 3, reason: "需协调交警部门联合执法" })
      .returning({ id: hotlineExtension.id });
    expect((await listPendingExtensions(ctx(), agent)).map((e) => e.id)).toContain(ext!.id);
    expect((await queueCounts(ctx(), agent)).extensions).toBeGreaterThan(0);
    await expectAppError(decideExtension(ctx(), agent, ext!.id, 99, "approve", undefined, at), "CONFLICT");
    const ok = await decideExtension(ctx(), agent, ext!.id, d.version, "approve", "同意", at);
    expect(ok.newDueDate).toBe("2026-10-10"); // 8, 9 Oct and the make-up Saturday 10 Oct
    expect(await row(t.id)).toMatchObject({ dueDate: "2026-10-10", status: "dispatched" });
    const [e1] = await db.select().from(hotlineExtension).where(eq(hotlineExtension.id, ext!.id));
    expect(e1).toMatchObject({ status: "approved", decidedById: agent.id, newDueDate: "2026-10-10" });
    await expectAppError(decideExtension(ctx(), agent, ext!.id, ok.version, "approve"), "CONFLICT", /已被处理/);

    const [ext2] = await db
      .insert(hotlineExtension)
      .values({ ticketId: t.id, requestedById: staff.id, extraDays: 10, reason: "再延期" })
      .returning({ id: hotlineExtension.id });
    await expectAppError(decideExtension(ctx(), agent, ext2!.id, ok.version, "reject", " "), "BAD_REQUEST", /理由/);
    await decideExtension(ctx(), agent, ext2!.id, ok.version, "reject", "时限已延长过一次，请按期办结");
    expect(await row(t.id)).toMatchObject({ dueDate: "2026-10-10" });
    const [e2] = await db.select().from(hotlineExtension).where(eq(hotlineExtension.id, ext2!.id));
    expect(e2).toMatchObject({ status: "rejected", decisionNote: "时限已延长过一次，请按期办结", newDueDate: null });
    const notes = (await db.select({ note: hotlineEvent.note }).from(hotlineEvent).where(eq(hotlineEvent.ticketId, t.id))).map(
      (e) => e.note ?? "",
    );
    expect(notes.some((n) => n.startsWith("同意延期3个工作日"))).toBe(true);
    expect(notes.some((n) => n.startsWith("不同意延期"))).toBe(true);
    expect((await listPendingExtensions(ctx(), agent)).map((e) => e.id)).not.toContain(ext2!.id);
    expect((await agentTicket(ctx(), agent, t.id)).extensions.map((e) => e.status)).toEqual(
      expect.arrayContaining(["approved", "rejected"]),
    );
  });

  it("permissions: citizens and staff cannot use the console; admins read only; guests must sign in", async () => {
    const t = await createForCaller(ctx(), agent, call());
    for (const who of [citizen, staff, otherStaff]) {
      const c = createCaller({ db, user: who, ip: freshIp() });
      await expectTrpcError(c.hotline.agent.queueCounts(), "FORBIDDEN");
      await expectTrpcError(c.hotline.agent.ticket({ id: t.id }), "FORBIDDEN");
      await expectTrpcError(c.hotline.agent.lookupCaller({ phone: citizenPhone }), "FORBIDDEN");
      await expectTrpcError(c.hotline.agent.dispatch({ id: t.id, version: 1, departmentId: cgj }), "FORBIDDEN");
      await expectTrpcError(c.hotline.agent.createForCaller(call()), "FORBIDDEN");
      await expectAppError(agentTicket(ctx(), who, t.id), "FORBIDDEN");
      await expectAppError(mergeTicket(ctx(), who, t.id, 1, t.id, 1), "FORBIDDEN");
    }
    const guest = createCaller({ db, user: null, ip: freshIp() });
    await expectTrpcError(guest.hotline.agent.queueCounts(), "UNAUTHORIZED");

    const adm = createCaller({ db, user: admin, ip: freshIp() });
    const counts = await adm.hotline.agent.queueCounts();
    expect(counts.new).toBeGreaterThan(0);
    const detail = await adm.hotline.agent.ticket({ id: t.id });
    expect(detail.canAct).toBe(false);
    expect((await adm.hotline.agent.lookupCaller({ phone: "13912340000" })).history.length).toBeGreaterThan(0);
    await expectTrpcError(adm.hotline.agent.dispatch({ id: t.id, version: 1, departmentId: cgj }), "FORBIDDEN");
    await expectTrpcError(adm.hotline.agent.answer({ id: t.id, version: 1, answer: "管理员答复" }), "FORBIDDEN");
    await expectTrpcError(adm.hotline.agent.createForCaller(call()), "FORBIDDEN");
    await expectAppError(createForCaller(ctx(), admin, call()), "FORBIDDEN");
    await expectAppError(urgeTicket(ctx(), admin, t.id, 1), "FORBIDDEN");
    await expectAppError(decideExtension(ctx(), admin, 1, 1, "approve"), "FORBIDDEN");
    expect(await row(t.id)).toMatchObject({ status: "new", version: 1 });
    expect((await adm.hotline.agent.ticket({ id: t.id })).canAct).toBe(false);
    expect((await createCaller({ db, user: agent, ip: freshIp() }).hotline.agent.ticket({ id: t.id })).canAct).toBe(true);
    const [n] = await db
      .select({ n: count() })
      .from(hotlineEvent)
      .where(and(eq(hotlineEvent.ticketId, t.id)));
    expect(n!.n).toBe(1);
  });
});
