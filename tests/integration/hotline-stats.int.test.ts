import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { auditLog, hotlineStatsDirty, hotlineTicket } from "@/drizzle/schema";
import {
  acceptTicket,
  answerDirectly,
  createTicket,
  dispatchTicket,
  recordReturnVisit,
  replyTicket,
} from "@/server/modules/hotline/service";
import {
  addDays,
  directDims,
  ensureRollup,
  hotlineStats,
  presetRange,
  statsDims,
  updateSlaRule,
  listSlaRules,
  type DimRow,
} from "@/server/modules/hotline/stats";
import { addWorkingDays, shanghaiDate } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshIp } from "../helpers/fixtures";
import { expectAppError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";

let keyN = 0;
const key = () => `stats-key-${process.pid}-${++keyN}`;
/** China wall-clock time → instant. */
const cn = (s: string) => new Date(`${s}+08:00`);

/** Sum rows that share (dim, key) — rollup days plus today's live rows — into one canonical list. */
function fold(rows: DimRow[]): string[] {
  const m = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const k = `${r.dim}|${r.key}`;
    const cur = m.get(k) ?? {};
    for (const [f, v] of Object.entries(r)) if (f !== "dim" && f !== "key") cur[f] = (cur[f] ?? 0) + Number(v);
    m.set(k, cur);
  }
  return [...m]
    .map(([k, c]) => `${k} ${JSON.stringify(Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b))))}`)
    .sort();
}

describe.each(BACKENDS)("12345 statistics on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let agent: SessionUser;
  let admin: SessionUser;
  let cgjStaff: SessionUser;
  let hbStaff: SessionUser;
  let cgj: number;
  let sthjj: number;
  let cat: Record<string, number>;
  const ctx = () => ({ db, ip: "10.0.0.9" });

  const ver = async (id: number) =>
    (await db.select({ v: hotlineTicket.version }).from(hotlineTicket).where(eq(hotlineTicket.id, id)))[0]!.v;

  // The constructed week: Mon 2026-03-02 … Sun 2026-03-08 (no holidays; outside the sample data's 8 weeks).
  const WEEK = { preset: "custom" as const, from: "2026-03-02", to: "2026-03-08" };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent, admin } = await demoUsers(db));
    citizen = await newUser(db, "citizen", { nickname: "统计测试citizen" });
    cgjStaff = await newUser(db, "staff", { department: "cgj", nickname: "统计测试staff" });
    hbStaff = await newUser(db, "staff", { department: "sthjj", nickname: "统计测试staff" });
    const refs = await hotlineRefs(db);
    cgj = refs.dept.cgj!;
    sthjj = refs.dept.sthjj!;
    cat = refs.cat;

    const mk = (name: string, over: Record<string, unknown>, at: string) =>
      createTicket(
        ctx(),
        citizen,
        {
          type: "投诉",
          categoryId: cat["cg-zdjy"]!,
          description: `统计测试工单${name}，内容为测试用。`,
          address: "测试地址1号",
          idempotencyKey: key(),
          ...over,
        },
        cn(at),
      ).then((r) => (ids[name] = r.id));
    // T0: 23:50 on Sunday 03-01 China time — the day before the range (boundary).
    await mk("T0", { district: "崇川区" }, "2026-03-01T23:50:00");
    // T1: 咨询 answered directly — 00:10 Monday China time (still Sunday in UTC).
    await mk("T1", { type: "咨询", categoryId: cat["cg-ld"], district: "崇川区" }, "2026-03-02T00:10:00");
    await answerDirectly(ctx(), agent, ids.T1!, 1, "路灯报修已转维护单位，今晚修复。", cn("2026-03-02T09:00:00"));
    // T2: 投诉 → 市城管局, replied on time, 回访 满意.
    await mk("T2", { district: "通州区" }, "2026-03-02T10:00:00");
    await dispatchTicket(ctx(), agent, ids.T2!, 1, cgj, cn("2026-03-02T11:00:00"));
    await acceptTicket(ctx(), cgjStaff, ids.T2!, cn("2026-03-03T09:00:00"));
    await replyTicket(ctx(), cgjStaff, ids.T2!, await ver(ids.T2!), "已清理占道摊点并加强巡查。", cn("2026-03-04T16:00:00"));
    await recordReturnVisit(ctx(), agent, ids.T2!, await ver(ids.T2!), "满意", undefined, cn("2026-03-05T10:00:00"));
    // T3: 求助 → 市生态环境局 (3 working days: due Fri 03-06), replied late on 03-10, 回访 不满意 → reopened.
    await mk("T3", { type: "求助", categoryId: cat["hb-zs"], district: "崇川区" }, "2026-03-03T08:00:00");
    const d3 = await dispatchTicket(ctx(), agent, ids.T3!, 1, sthjj, cn("2026-03-03T09:00:00"));
    expect(d3.dueDate).toBe("2026-03-06");
    await acceptTicket(ctx(), hbStaff, ids.T3!, cn("2026-03-03T10:00:00"));
    await replyTicket(ctx(), hbStaff, ids.T3!, await ver(ids.T3!), "已约谈施工单位，夜间停止施工。", cn("2026-03-10T10:00:00"));
    await recordReturnVisit(ctx(), agent, ids.T3!, await ver(ids.T3!), "不满意", "仍有噪声", cn("2026-03-11T10:00:00"));
    // T4: 建议 → 市城管局, still waiting.
    await mk("T4", { type: "建议", district: "海门区" }, "2026-03-05T14:00:00");
    await dispatchTicket(ctx(), agent, ids.T4!, 1, cgj, cn("2026-03-05T15:00:00"));
    // T5: 咨询 with no division, still new — 23:59 Sunday.
    await mk("T5", { type: "咨询", categoryId: cat["jt-gj"], address: undefined }, "2026-03-08T23:59:00");
    // T6: the next Monday — outside.
    await mk("T6", { district: "如东县" }, "2026-03-09T00:00:00");
  }, 180_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("computes the bulletin figures for a constructed week by hand", async () => {
    const s = await hotlineStats(ctx(), agent, WEEK);
    expect(s.range).toMatchObject({ from: "2026-03-02", to: "2026-03-08", days: 7 });
    expect(s.totals).toMatchObject({
      received: 5,
      dispatched: 3,
      direct: 1,
      closed: 2,
      replied: 2,
      repliedOnTime: 1,
      rated: 2,
      satisfied: 1,
    });
    expect(s.totals.directRate).toBeCloseTo(1 / 5);
    expect(s.totals.onTimeRate).toBeCloseTo(1 / 2);
    expect(s.totals.satisfactionRate).toBeCloseTo(1 / 2);
    expect(s.topCategories.map((c) => [c.categoryId, c.received])).toEqual([
      [cat["cg-zdjy"], 2],
      ...[
        [cat["cg-ld"]!, 1],
        [cat["hb-zs"]!, 1],
        [cat["jt-gj"]!, 1],
      ].sort((a, b) => a[0]! - b[0]!),
    ]);
    expect(s.topCategories[0]).toMatchObject({ name: "占道经营", group: "城市管理" });
    const dept = Object.fromEntries(s.departments.map((d) => [d.departmentId, d]));
    expect(dept[cgj]).toMatchObject({ dispatched: 2, replied: 1, repliedOnTime: 1, onTimeRate: 1, satisfactionRate: 1 });
    expect(dept[sthjj]).toMatchObject({ dispatched: 1, replied: 1, repliedOnTime: 0, onTimeRate: 0, satisfactionRate: 0 });
    expect(s.departments).toHaveLength(2);
    expect(Object.fromEntries(s.divisions.map((d) => [d.district, d.received]))).toEqual({
      崇川区: 2,
      通州区: 1,
      海门区: 1,
      如皋市: 0,
      启东市: 0,
      海安市: 0,
      如东县: 0,
    });
    expect(s.noDivision).toBe(1);
  });

  it("keeps the stored days current: a later change to a past ticket is picked up", async () => {
    await hotlineStats(ctx(), agent, WEEK);
    const again = await hotlineStats(ctx(), agent, WEEK);
    expect(again.recomputedDays).toBe(0); // nothing changed: served from the rollup
    // 市城管局 replies to T4 on time, through the service (the trigger marks 03-05 dirty).
    await acceptTicket(ctx(), cgjStaff, ids.T4!, cn("2026-03-06T09:00:00"));
    await replyTicket(ctx(), cgjStaff, ids.T4!, await ver(ids.T4!), "建议已转规划部门研究。", cn("2026-03-09T09:00:00"));
    const [mark] = await db.select().from(hotlineStatsDirty).where(eq(hotlineStatsDirty.day, "2026-03-05"));
    expect(mark).toBeTruthy();
    const s = await hotlineStats(ctx(), agent, WEEK);
    expect(s.recomputedDays).toBe(1);
    expect(s.totals).toMatchObject({ received: 5, replied: 3, repliedOnTime: 2 });
    expect(s.departments.find((d) => d.departmentId === cgj)).toMatchObject({ replied: 2, repliedOnTime: 2 });
    // Any writer, not only the service: a direct UPDATE moves T2 to another division.
    await db.update(hotlineTicket).set({ district: "如皋市" }).where(eq(hotlineTicket.id, ids.T2!));
    const s2 = await hotlineStats(ctx(), agent, WEEK);
    expect(s2.divisions.find((d) => d.district === "如皋市")!.received).toBe(1);
    expect(s2.divisions.find((d) => d.district === "通州区")!.received).toBe(0);
  });

  it("rollup equals the direct computation over the sample data's weeks, and today is live", async () => {
    const now = new Date();
    const today = shanghaiDate(now);
    const from = addDays(today, -70);
    const viaRollup = await statsDims(db, from, today, now);
    const direct = await directDims(db, from, today);
    expect(direct.find((r) => r.dim === 0)!.received).toBeGreaterThan(300); // the sample tickets are there
    expect(fold(viaRollup.rows)).toEqual(fold(direct));
    // A ticket created now shows at once (today is computed live).
    const before = (await hotlineStats(ctx(), agent, { preset: "week" }, now)).totals.received;
    await createTicket(ctx(), citizen, {
      type: "咨询",
      categoryId: cat["sb-sb"]!,
      description: "咨询灵活就业社保缴费基数。",
      district: "启东市",
      idempotencyKey: key(),
    });
    const after = (await hotlineStats(ctx(), agent, { preset: "week" })).totals.received;
    expect(after).toBe(before + 1);
    // And after marking everything dirty, recomputation gives the same figures.
    await ensureRollup(db, from, addDays(today, -1));
    const again = await statsDims(db, from, today);
    expect(fold(again.rows)).toEqual(fold(await directDims(db, from, today)));
  });

  it("resolves presets (weeks start on Monday) and validates custom ranges in Chinese", async () => {
    const now = cn("2026-11-04T10:00:00"); // a Wednesday
    expect(presetRange({ preset: "week" }, now)).toMatchObject({ from: "2026-11-02", to: "2026-11-04", days: 3 });
    expect(presetRange({ preset: "lastWeek" }, now)).toMatchObject({ from: "2026-10-26", to: "2026-11-01", days: 7 });
    expect(presetRange({ preset: "month" }, now)).toMatchObject({ from: "2026-11-01", to: "2026-11-04" });
    expect(presetRange({ preset: "last30" }, now)).toMatchObject({ from: "2026-10-06", to: "2026-11-04", days: 30 });
    expect(presetRange({ preset: "custom", from: "2025-11-04", to: "2026-11-04" }, now).days).toBe(366);
    const bad = (from: string | undefined, to: string | undefined) =>
      Promise.resolve().then(() => presetRange({ preset: "custom", from, to }, now));
    expect((await expectAppError(bad("2026-11-03", "2026-11-01"), "BAD_REQUEST", /不能早于/)).fieldErrors).toEqual({
      to: ["结束日期不能早于开始日期"],
    });
    await expectAppError(bad("2026-11-01", "2026-11-05"), "BAD_REQUEST", /不能晚于今天/);
    await expectAppError(bad("2025-11-03", "2026-11-04"), "BAD_REQUEST", /最长一年/);
    expect((await expectAppError(bad("2026/11/01", ""), "BAD_REQUEST")).fieldErrors).toEqual({
      from: ["日期格式应为 年-月-日，例如 2026-11-01"],
      to: ["请填写结束日期"],
    });
    await expectAppError(bad("2026-02-30", "2026-03-01"), "BAD_REQUEST", /存在的日期/);
    await expectAppError(
      Promise.resolve().then(() => presetRange({ preset: "year" as "week" }, now)),
      "BAD_REQUEST",
      /统计时段/,
    );
  });

  it("lets agents and admins read statistics; citizens and department staff are forbidden", async () => {
    for (const role of ["agent", "admin"] as const) {
      const caller = createCaller({ db, user: await demoUser(db, DEMO[role]), ip: freshIp() });
      const s = await caller.hotline.stats.summary(WEEK);
      expect(s.totals.received).toBe(5);
    }
    for (const role of ["citizen", "staff", "enterprise"] as const) {
      const caller = createCaller({ db, user: await demoUser(db, DEMO[role]), ip: freshIp() });
      await expect(caller.hotline.stats.summary(WEEK)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.hotline.stats.slaRules()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(createCaller({ db, user: null, ip: freshIp() }).hotline.stats.summary(WEEK)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expectAppError(hotlineStats(ctx(), cgjStaff, WEEK), "FORBIDDEN");
    await expectAppError(hotlineStats(ctx(), citizen, WEEK), "FORBIDDEN");
  });

  it("admins change the SLA table (validated, audited); later dispatches use the new value", async () => {
    const agentCaller = createCaller({ db, user: agent, ip: freshIp() });
    await expect(agentCaller.hotline.stats.updateSla({ requestType: "咨询", workingDays: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectAppError(updateSlaRule(ctx(), agent, { requestType: "咨询", workingDays: 5 }), "FORBIDDEN");
    const adminCaller = createCaller({ db, user: admin, ip: freshIp() });
    await expect(adminCaller.hotline.stats.updateSla({ requestType: "咨询", workingDays: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "办理时限至少1个工作日",
    });
    await expectAppError(updateSlaRule(ctx(), admin, { requestType: "咨询", workingDays: 61 }), "BAD_REQUEST", /不超过60/);
    await expectAppError(updateSlaRule(ctx(), admin, { requestType: "闲聊" as "咨询", workingDays: 3 }), "BAD_REQUEST", /诉求类型/);

    const dispatchAt = cn("2026-03-16T10:00:00"); // Monday
    const before = await createTicket(
      ctx(),
      citizen,
      { type: "咨询", categoryId: cat["cg-ld"]!, description: "路灯不亮，请尽快维修。", address: "测试路2号", idempotencyKey: key() },
      dispatchAt,
    );
    expect((await dispatchTicket(ctx(), agent, before.id, 1, cgj, dispatchAt)).dueDate).toBe("2026-03-19");

    const r = await adminCaller.hotline.stats.updateSla({ requestType: "咨询", workingDays: 5 });
    expect(r).toEqual({ requestType: "咨询", workingDays: 5, previous: 3 });
    expect((await listSlaRules(ctx(), agent)).map((x) => x.requestType)).toEqual(["咨询", "求助", "投诉", "建议", "举报", "其他"]);
    expect((await listSlaRules(ctx(), agent)).find((x) => x.requestType === "咨询")!.workingDays).toBe(5);
    const after = await createTicket(
      ctx(),
      citizen,
      { type: "咨询", categoryId: cat["cg-ld"]!, description: "另一处路灯不亮。", address: "测试路3号", idempotencyKey: key() },
      dispatchAt,
    );
    const d = await dispatchTicket(ctx(), agent, after.id, 1, cgj, dispatchAt);
    expect(d.dueDate).toBe(addWorkingDays(dispatchAt, 5, await loadHolidayCalendar(db)));
    expect(d.dueDate).toBe("2026-03-23");
    // the earlier ticket keeps its due date
    const [kept] = await db.select({ dueDate: hotlineTicket.dueDate }).from(hotlineTicket).where(eq(hotlineTicket.id, before.id));
    expect(kept!.dueDate).toBe("2026-03-19");

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "hotline.sla.update"), eq(auditLog.actorId, admin.id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ targetType: "hotline_sla_rule", targetId: "咨询", outcome: "success", detail: { from: 3, to: 5 } });
    // 办理时限速查 on the agent and department desks reads the same table, every type
    const preview = await createCaller({ db, user: null, ip: freshIp() }).hotline.citizen.deadlinePreview();
    expect(preview.rows.map((r) => [r.type, r.days])).toEqual([
      ["咨询", 5],
      ["求助", 3],
      ["投诉", 13],
      ["建议", 13],
      ["举报", 13],
      ["其他", 13],
    ]);
    const cal = await loadHolidayCalendar(db);
    expect(preview.rows[0]!.deadline).toBe(addWorkingDays(new Date(), 5, cal));
    expect(preview.today).toBe(shanghaiDate(new Date()));
    await updateSlaRule(ctx(), admin, { requestType: "咨询", workingDays: 3 });
  });
});
