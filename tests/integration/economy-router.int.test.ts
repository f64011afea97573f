import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/server/db";
import { SAMPLE_USCC } from "@/drizzle/seed/demo-accounts";
import { createCaller } from "@/server/root";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, demoUser, freshIp } from "../helpers/fixtures";
import { expectTrpcError, fieldErrorsOf } from "../helpers/errors";

/** 市工信局's demo staff member (handles 中小企业云服务 applications). */
const GXJ_STAFF = "13800000006";
let n = 0;
const key = () => `econ-router-${process.pid}-${Date.now()}-${++n}`;

describe.each(BACKENDS)("economy router on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("matches policies for the enterprise's saved profile, saying which criteria each met", async () => {
    const enterprise = await callerAs(db, "enterprise");
    const profile = await enterprise.economy.policies.profile();
    expect(profile?.enterpriseUscc).toBe(SAMPLE_USCC);
    const r = await enterprise.economy.policies.matchMine({ includeUnmatched: true });
    expect(r.matched.length).toBeGreaterThan(0);
    for (const m of r.matched) expect(m.unmet).toEqual([]);
    expect(r.matched.some((m) => m.met.length > 0)).toBe(true);
    expect(r.unmatched.every((m) => m.unmet.length > 0)).toBe(true);
    const citizen = await callerAs(db, "citizen");
    await expectTrpcError(citizen.economy.policies.matchMine({}), "FORBIDDEN");
  });

  it("answers the questionnaire for anyone and checks its answers", async () => {
    const guest = await callerAs(db, "guest");
    const r = await guest.economy.policies.match({
      industryCode: "C",
      size: "small",
      district: "崇川区",
      foundedOn: "2018-05-01",
      flags: ["hnte"],
    });
    expect(r.matched.length).toBeGreaterThan(0);
    const e = await expectTrpcError(
      guest.economy.policies.match({ industryCode: "C", size: "huge" as never, district: "崇川区", foundedOn: "2999-01-01" }),
      "BAD_REQUEST",
    );
    expect(fieldErrorsOf(e).size?.[0]).toMatch(/企业规模/);
    const list = await guest.economy.policies.list({ q: "zjtx", page: 1, pageSize: 5 });
    const one = await guest.economy.policies.get({ id: (list.items[0] ?? (await guest.economy.policies.list({})).items[0])!.id });
    expect(one.conditions).toBeInstanceOf(Array);
  });

  it("queries credit by code and name, and explains a wrong check character", async () => {
    const guest = await callerAs(db, "guest");
    const byCode = await guest.economy.credit.query({ q: SAMPLE_USCC });
    expect(byCode.kind).toBe("code");
    expect(byCode.items).toHaveLength(1);
    const file = await guest.economy.credit.enterprise({ id: byCode.items[0]!.id });
    expect(file.uscc).toBe(SAMPLE_USCC);
    const last = SAMPLE_USCC[17] === "0" ? "1" : "0";
    const e = await expectTrpcError(guest.economy.credit.query({ q: SAMPLE_USCC.slice(0, 17) + last }), "BAD_REQUEST");
    expect(fieldErrorsOf(e).q?.[0]).toMatch(/校验/);
    const red = await guest.economy.credit.list({ list: "red", page: 1, pageSize: 5 });
    expect(red.items.every((i) => i.listName === "红榜")).toBe(true);
    expect((await guest.economy.credit.categories({ list: "black" })).length).toBeGreaterThan(0);
  });

  it("takes a cloud application from the enterprise and lets 市工信局 staff approve it", async () => {
    const guest = await callerAs(db, "guest");
    const offering = (await guest.economy.cloud.offerings({}))[0]!;
    expect((await guest.economy.cloud.offering({ id: offering.id })).name).toBe(offering.name);
    const enterprise = await callerAs(db, "enterprise");
    const form = {
      offeringId: offering.id,
      contactName: "周明",
      contactPhone: "13800000002",
      requirement: "20个用户，约200GB数据，希望本月开通",
      idempotencyKey: key(),
    };
    const applied = await enterprise.economy.cloud.submit(form);
    expect((await enterprise.economy.cloud.submit(form)).created).toBe(false);
    const staff = createCaller({ db, user: await demoUser(db, GXJ_STAFF), ip: freshIp() });
    const queue = await staff.economy.cloud.queue({ page: 1 });
    expect(queue.items.map((i) => i.id)).toContain(applied.id);
    const app = await staff.economy.cloud.application({ id: applied.id });
    await staff.economy.cloud.decide({ id: app.id, version: app.version, decision: { action: "approve", note: "账号已开通，服务期一年" } });
    const mine = await enterprise.economy.cloud.myApplication({ id: applied.id });
    expect(mine.statusName).toBe("已开通");
    expect(mine.events.length).toBe(2);
    const otherStaff = await callerAs(db, "staff");
    await expectTrpcError(otherStaff.economy.cloud.queue({ page: 1 }), "FORBIDDEN");
  });

  it("lists jobs and fairs and applies with the résumé", async () => {
    const guest = await callerAs(db, "guest");
    const jobs = await guest.economy.jobs.list({ page: 1, pageSize: 5 });
    expect(jobs.items.length).toBeGreaterThan(0);
    expect((await guest.economy.jobs.get({ id: jobs.items[0]!.id })).open).toBe(true);
    const fairs = await guest.economy.jobs.fairs();
    const anyFair = fairs.upcoming[0] ?? fairs.past[0];
    if (anyFair) expect((await guest.economy.jobs.fair({ id: anyFair.id })).id).toBe(anyFair.id);
    const citizen = await callerAs(db, "citizen");
    await citizen.economy.jobs.saveResume({
      fullName: "张三",
      phone: "13800000001",
      education: "本科",
      experienceYears: 3,
      intendedPosition: "数控车工",
      skills: "数控编程、机械制图",
    });
    expect((await citizen.economy.jobs.resume()).saved).toBe(true);
    const applied = await citizen.economy.jobs.submit({ postingId: jobs.items[0]!.id });
    expect(applied.created).toBe(true);
    expect((await citizen.economy.jobs.mine())[0]?.statusName).toBe("已投递");
  });

  it("serves the indicators with GDP 2013 = 5,020 亿元 and a CSV", async () => {
    const guest = await callerAs(db, "guest");
    const all = await guest.economy.macro.indicators();
    const gdp = all.find((i) => i.values.some((v) => v.year === 2013 && v.value === 5020));
    expect(gdp).toBeTruthy();
    expect(await guest.economy.macro.csv()).toContain("指标代码");
    await expectTrpcError(guest.economy.macro.indicator({ code: "nope" }), "NOT_FOUND");
  });
});
