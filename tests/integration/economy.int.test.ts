import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import * as schema from "@/drizzle/schema";
import { accountMessage, accountUser, auditLog, economyCloudApplication, economyJobApplication, economyJobPosting } from "@/drizzle/schema";
import { seed } from "@/drizzle/seed/seed";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { SAMPLE_USCC } from "@/drizzle/seed/demo-accounts";
import {
  getEnterpriseProfile,
  getPolicy,
  listPolicies,
  matchMyPolicies,
  matchPolicies,
  saveEnterpriseProfile,
} from "@/server/modules/economy/policies";
import {
  applyForCloudService,
  decideCloudApplication,
  getMyCloudApplication,
  listCloudOfferings,
  listCloudQueue,
  listMyCloudApplications,
  withdrawCloudApplication,
} from "@/server/modules/economy/cloud";
import { creditListCategories, getCreditEnterprise, listCreditEntries, queryCredit } from "@/server/modules/economy/credit";
import { indicatorTable, indicatorsCsv, listIndicators } from "@/server/modules/economy/macro";
import {
  applyToJob,
  getResumeForEditing,
  listJobFairs,
  listJobPostings,
  listMyJobApplications,
  saveResume,
} from "@/server/modules/economy/jobs";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

let n = 0;
const key = () => `econ-${process.pid}-${Date.now()}-${++n}`;
const NOW = new Date("2026-12-01T10:00:00+08:00");

describe.each(BACKENDS)("智慧经济 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let enterprise: SessionUser;
  let citizen: SessionUser;
  let cityStaff: SessionUser; // 市城管局
  let cloudStaff: SessionUser; // 市工信局
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    enterprise = await demoUser(db, DEMO.enterprise);
    citizen = await demoUser(db, DEMO.citizen);
    cityStaff = await demoUser(db, DEMO.staff);
    cloudStaff = await demoUser(db, "13800000006");
  });
  afterAll(() => cleanup());

  describe("惠企政策", () => {
    it("seeds at least 30 sample policies and finds them by pinyin initials", async () => {
      const all = await listPolicies(db, { pageSize: 50 }, NOW);
      expect(all.total).toBeGreaterThanOrEqual(30);
      expect(all.items.every((p) => p.sample)).toBe(true);
      const zjtx = await listPolicies(db, { q: "zjtx" }, NOW);
      expect(zjtx.items.length).toBeGreaterThan(0);
      for (const p of zjtx.items) expect(p.title + p.keywords.join("")).toContain("专精特新");
    });

    it("shows a policy's full text and its conditions in words", async () => {
      const { items } = await listPolicies(db, { q: "首台" }, NOW);
      const p = await getPolicy(db, items[0]!.id, NOW);
      expect(p.body).toContain("二、支持内容");
      expect(p.conditions).toContain("须为：有产品获首台（套）重大装备认定");
      await expect(getPolicy(db, 999_999, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("matches the demo enterprise's saved profile and says which criteria each match met", async () => {
      const r = await matchMyPolicies({ db }, enterprise, { now: NOW });
      expect(r.profile.enterpriseUscc).toBe(SAMPLE_USCC);
      const titles = r.matched.map((m) => m.policy.title);
      expect(titles).toContain("南通市高新技术企业认定奖励实施办法");
      expect(titles).toContain("企业研发费用税前加计扣除政策指引");
      expect(titles).not.toContain("大型企业失业保险稳岗返还"); // the demo enterprise is small
      expect(titles).not.toContain("海门区纺织产业转型升级专项扶持");
      const hnte = r.matched.find((m) => m.policy.title === "南通市高新技术企业认定奖励实施办法")!;
      expect(hnte.met.map((c) => c.label)).toEqual(["须为：高新技术企业（有效期内）"]);
      expect(hnte.unmet).toEqual([]);
      for (const m of r.matched) expect(m.met.every((c) => c.met)).toBe(true);
      // the most specific matches first
      const counts = r.matched.map((m) => m.met.length);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    });

    it("answers the questionnaire without a profile, with the reasons for policies that do not fit", async () => {
      const r = await matchPolicies(
        db,
        { industryCode: "C17", size: "medium", district: "海门区", foundedOn: "2010-04-01", flags: ["above_scale", "digital_project"] },
        { now: NOW, includeUnmatched: true },
      );
      const haimen = r.matched.find((m) => m.policy.title === "海门区纺织产业转型升级专项扶持")!;
      expect(haimen.met.map((c) => c.key)).toEqual(["industry", "district"]);
      expect(r.matched.map((m) => m.policy.title)).toContain("工业企业智能化改造数字化转型项目奖补");
      const hnte = r.unmatched.find((m) => m.policy.title === "南通市高新技术企业认定奖励实施办法")!;
      expect(hnte.unmet.map((c) => c.detail)).toEqual(["本政策要求企业为高新技术企业（有效期内），贵企业未选择此项"]);
      const qidong = r.unmatched.find((m) => m.policy.title === "启东市海洋工程装备产业发展扶持")!;
      expect(qidong.unmet.map((c) => c.key)).toEqual(["industry", "district"]);
    });

    it("leaves expired policies out of matching", async () => {
      const r = await matchPolicies(
        db,
        { industryCode: "C39", size: "small", district: "崇川区", foundedOn: "2015-01-01", flags: [] },
        { now: NOW, includeUnmatched: true },
      );
      const all = [...r.matched, ...r.unmatched].map((m) => m.policy.title);
      expect(all.some((t) => t.includes("纾困"))).toBe(false);
      const listed = await listPolicies(db, { q: "纾困" }, NOW);
      expect(listed.items[0]).toMatchObject({ inForce: false });
    });

    it("checks the questionnaire answers with Chinese messages", async () => {
      const e = await rejection(
        matchPolicies(db, { industryCode: "Z9", size: "huge", district: "上海", foundedOn: "2026-02-30", flags: [] } as never, {
          now: NOW,
        }),
      );
      expect(e.code).toBe("BAD_REQUEST");
      expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["district", "foundedOn", "industryCode", "size"]);
      expect(e.fieldErrors?.foundedOn).toEqual(["成立日期不是有效的日期"]);
      const future = await rejection(
        matchPolicies(db, { industryCode: "C", size: "small", district: "崇川区", foundedOn: "2027-01-01" }, { now: NOW }),
      );
      expect(future.fieldErrors?.foundedOn).toEqual(["成立日期不能晚于今天"]);
    });

    it("lets only enterprise accounts keep a profile; a new one starts without", async () => {
      expect(
        (
          await rejection(
            saveEnterpriseProfile({ db }, citizen, { industryCode: "C", size: "small", district: "崇川区", foundedOn: "2020-01-01" }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect((await rejection(matchMyPolicies({ db }, citizen))).code).toBe("FORBIDDEN");
      const saved = await saveEnterpriseProfile(
        { db },
        enterprise,
        { industryCode: "C17", size: "medium", district: "通州区", foundedOn: "2012-05-01", flags: ["exporter", "exporter"] },
        NOW,
      );
      expect(saved.flags).toEqual(["exporter"]);
      const profile = await getEnterpriseProfile({ db }, enterprise);
      expect(profile).toMatchObject({ industryCode: "C17", size: "medium", district: "通州区", industryLabel: "C17 纺织业" });
      const r = await matchMyPolicies({ db }, enterprise, { now: NOW });
      expect(r.matched.map((m) => m.policy.title)).toContain("出口信用保险保费补贴");
      // back to the seeded profile for the other tests
      await saveEnterpriseProfile(
        { db },
        enterprise,
        {
          industryCode: "C39",
          size: "small",
          district: "崇川区",
          foundedOn: "2017-06-08",
          flags: ["hnte", "tech_sme", "rd_expense", "social_insurance", "no_layoffs"],
        },
        NOW,
      );
    });
  });

  describe("中小企业云服务", () => {
    it("lists the offerings and takes an application once per idempotency key", async () => {
      const offerings = await listCloudOfferings(db);
      expect(offerings.length).toBeGreaterThanOrEqual(8);
      const k = key();
      const input = {
        offeringId: offerings[0]!.id,
        contactName: "顾经理",
        contactPhone: "13912345678",
        requirement: "30个用户的ERP系统上云，数据量约200GB",
        idempotencyKey: k,
      };
      const first = await applyForCloudService({ db }, enterprise, input, NOW);
      expect(first.created).toBe(true);
      expect(first.applicationNo).toMatch(/^YFW20261201\d{6}$/);
      const again = await applyForCloudService({ db }, enterprise, input, NOW);
      expect(again).toEqual({ id: first.id, applicationNo: first.applicationNo, created: false });
      const [rows] = await db.select({ n: count() }).from(economyCloudApplication).where(eq(economyCloudApplication.idempotencyKey, k));
      expect(rows?.n).toBe(1);
      // a new form for the same offering while the first is open
      const dup = await rejection(applyForCloudService({ db }, enterprise, { ...input, idempotencyKey: key() }, NOW));
      expect(dup.code).toBe("CONFLICT");
      expect(dup.message).toContain(first.applicationNo);
      const mine = await listMyCloudApplications({ db }, enterprise);
      expect(mine[0]).toMatchObject({
        applicationNo: first.applicationNo,
        status: "submitted",
        statusName: "已提交",
        enterpriseUscc: SAMPLE_USCC,
      });
    });

    it("creates one application when the same form is sent twice at once", async () => {
      const offerings = await listCloudOfferings(db);
      const input = {
        offeringId: offerings[1]!.id,
        contactName: "顾经理",
        contactPhone: "13912345678",
        requirement: "备份200GB的财务数据库，每日增量备份",
        idempotencyKey: key(),
      };
      const results = await Promise.all([
        applyForCloudService({ db }, enterprise, input, NOW),
        applyForCloudService({ db }, enterprise, input, NOW),
      ]);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(results.filter((r) => r.created)).toHaveLength(1);
    });

    it("checks the form and who may apply", async () => {
      const bad = await rejection(
        applyForCloudService({ db }, enterprise, {
          offeringId: 0,
          contactName: "",
          contactPhone: "123",
          requirement: "短",
          idempotencyKey: key(),
        }),
      );
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["contactName", "contactPhone", "offeringId", "requirement"]);
      const unknown = await rejection(
        applyForCloudService({ db }, enterprise, {
          offeringId: 99_999,
          contactName: "顾",
          contactPhone: "13912345678",
          requirement: "需要一台云主机部署官网",
          idempotencyKey: key(),
        }),
      );
      expect(unknown.fieldErrors?.offeringId).toEqual(["请选择目录中的云服务"]);
      expect(
        (
          await rejection(
            applyForCloudService({ db }, citizen, {
              offeringId: 1,
              contactName: "周",
              contactPhone: "13912345678",
              requirement: "需要一台云主机部署官网",
              idempotencyKey: key(),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    });

    it("is handled by 市工信局 only: accept, then approve; a stale version is a conflict; the enterprise is told", async () => {
      const offerings = await listCloudOfferings(db);
      const app = await applyForCloudService(
        { db },
        enterprise,
        {
          offeringId: offerings[2]!.id,
          contactName: "顾经理",
          contactPhone: "13912345678",
          requirement: "5个账号的在线记账和开票",
          idempotencyKey: key(),
        },
        NOW,
      );
      expect((await rejection(listCloudQueue({ db }, cityStaff))).message).toContain("市工信局");
      expect((await rejection(decideCloudApplication({ db }, enterprise, app.id, 0, { action: "accept" }))).code).toBe("FORBIDDEN");

      const queue = await listCloudQueue({ db }, cloudStaff);
      expect(queue.items.map((i) => i.id)).toContain(app.id);
      const accepted = await decideCloudApplication({ db }, cloudStaff, app.id, 0, { action: "accept" }, NOW);
      expect(accepted).toEqual({ status: "accepted", version: 1 });
      const stale = await rejection(decideCloudApplication({ db }, cloudStaff, app.id, 0, { action: "reject", note: "材料不全" }, NOW));
      expect(stale.code).toBe("CONFLICT");
      const noNote = await rejection(decideCloudApplication({ db }, cloudStaff, app.id, 1, { action: "approve", note: "" }, NOW));
      expect(noNote.fieldErrors?.note?.[0]).toContain("开通说明");
      await decideCloudApplication({ db }, cloudStaff, app.id, 1, { action: "approve", note: "账号已开通，服务期一年" }, NOW);

      const detail = await getMyCloudApplication({ db }, enterprise, app.id);
      expect(detail).toMatchObject({ status: "approved", statusName: "已开通", statusNote: "账号已开通，服务期一年" });
      expect(detail.events.map((e) => e.toStatus)).toEqual(["submitted", "accepted", "approved"]);
      const [msg] = await db
        .select({ title: accountMessage.title, link: accountMessage.link })
        .from(accountMessage)
        .where(and(eq(accountMessage.userId, enterprise.id), eq(accountMessage.title, "您申请的云服务已开通")));
      expect(msg?.link).toBe(`/me/cloud/${app.id}`);
      const audits = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, "economy_cloud_application"), eq(auditLog.targetId, String(app.id))));
      expect(audits.map((a) => a.action).sort()).toEqual(["economy.cloud.accept", "economy.cloud.approve"]);
      // finished: the same offering can be applied for again
      const again = await applyForCloudService(
        { db },
        enterprise,
        {
          offeringId: offerings[2]!.id,
          contactName: "顾经理",
          contactPhone: "13912345678",
          requirement: "再增加5个账号的在线记账",
          idempotencyKey: key(),
        },
        NOW,
      );
      expect(again.created).toBe(true);
    });

    it("lets the enterprise withdraw before acceptance, and hides other enterprises' applications", async () => {
      const offerings = await listCloudOfferings(db);
      const app = await applyForCloudService(
        { db },
        enterprise,
        {
          offeringId: offerings[3]!.id,
          contactName: "顾经理",
          contactPhone: "13912345678",
          requirement: "50人协同办公，含视频会议",
          idempotencyKey: key(),
        },
        NOW,
      );
      expect((await rejection(getMyCloudApplication({ db }, { ...enterprise, id: citizen.id }, app.id))).code).toBe("NOT_FOUND");
      expect(await withdrawCloudApplication({ db }, enterprise, app.id, 0, NOW)).toEqual({ status: "withdrawn", version: 1 });
      expect((await rejection(decideCloudApplication({ db }, cloudStaff, app.id, 1, { action: "accept" }))).message).toContain("已撤回");
    });
  });

  describe("信用南通", () => {
    it("finds the demo enterprise by its code and shows its red-list entry", async () => {
      const r = await queryCredit(db, { q: SAMPLE_USCC.toLowerCase() });
      expect(r.kind).toBe("code");
      expect(r.items).toHaveLength(1);
      const file = await getCreditEnterprise(db, r.items[0]!.id);
      expect(file.name).toBe("南通江海智造科技有限公司（示例）");
      expect(file.listEntries.map((e) => e.listName)).toEqual(["红榜"]);
    });

    it("rejects a code with a wrong check character, naming the expected one", async () => {
      const bad = SAMPLE_USCC.slice(0, 17) + (SAMPLE_USCC[17] === "0" ? "1" : "0");
      const e = await rejection(queryCredit(db, { q: bad }));
      expect(e.code).toBe("BAD_REQUEST");
      expect(e.message).toContain(`第18位应为“${SAMPLE_USCC[17]}”`);
      expect(e.fieldErrors?.q).toEqual([e.message]);
      expect((await queryCredit(db, { q: "91320600MA1P8K3T60".replace(/0$/, SAMPLE_USCC[17]!) })).items).toHaveLength(1);
    });

    it("returns an empty result for a valid code that is not registered", async () => {
      const first17 = "91320612MA00000A1";
      const { usccCheckChar } = await import("@/server/lib/uscc");
      const r = await queryCredit(db, { q: first17 + usccCheckChar(first17) });
      expect(r).toMatchObject({ kind: "code", items: [] });
    });

    it("searches names by Chinese, full pinyin and initials", async () => {
      for (const q of ["江海智造", "jianghaizhizao", "jhzz"]) {
        const r = await queryCredit(db, { q });
        expect(r.kind).toBe("name");
        expect(r.items[0]?.uscc, q).toBe(SAMPLE_USCC);
      }
    });

    it("lists the 红黑榜 by category, newest publication first", async () => {
      const cats = await creditListCategories(db, "black");
      expect(cats.length).toBeGreaterThanOrEqual(4);
      const black = await listCreditEntries(db, { list: "black", category: cats[0]!.category });
      expect(black.total).toBe(cats[0]!.count);
      const dates = black.items.map((i) => i.publishedOn);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const i of black.items) expect(i).toMatchObject({ list: "black", listName: "黑榜", category: cats[0]!.category, sample: true });
      expect((await rejection(listCreditEntries(db, { list: "grey" }))).message).toBe("请选择红榜或黑榜");
    });
  });

  describe("宏观经济", () => {
    it("has GDP by year with 2013 = 5,020 亿元 from the seed papers, and a CSV with sources", async () => {
      const indicators = await listIndicators(db);
      const gdp = indicators.find((i) => i.code === "gdp")!;
      expect(gdp.values.find((v) => v.year === 2013)).toMatchObject({ value: 5020, sample: false });
      const table = indicatorTable(indicators);
      expect(table.rows.map((r) => r.year)).toEqual([...table.rows.map((r) => r.year)].sort());
      const csv = await indicatorsCsv(db);
      expect(csv.startsWith("\uFEFF指标代码,指标,单位,年份,数值,是否示例数据,来源,来源链接,说明\r\n")).toBe(true);
      expect(csv).toContain("gdp,地区生产总值,亿元,2013,5020,否,");
      expect(csv).toContain("是（示例）");
    });
  });

  describe("乐业南通", () => {
    it("lists open postings, searchable by pinyin, and fairs", async () => {
      const all = await listJobPostings(db, { pageSize: 50 });
      expect(all.total).toBeGreaterThanOrEqual(30);
      expect(all.items.every((p) => p.status === "open")).toBe(true);
      const kj = await listJobPostings(db, { q: "kuaiji" });
      expect(kj.items.length).toBeGreaterThan(0);
      expect(kj.items.every((p) => p.title === "会计")).toBe(true);
      const fairs = await listJobFairs(db);
      expect(fairs.upcoming.length).toBeGreaterThanOrEqual(3);
      expect(fairs.past.length).toBeGreaterThanOrEqual(1);
    });

    it("prefills the résumé from the account and needs it saved before applying", async () => {
      const draft = await getResumeForEditing({ db }, citizen);
      expect(draft).toMatchObject({ saved: false, resume: { fullName: "周晓彤", phone: DEMO.citizen } });
      const { items } = await listJobPostings(db);
      const e = await rejection(applyToJob({ db }, citizen, items[0]!.id));
      expect(e.message).toBe("请先填写并保存简历，再投递职位");
      const bad = await rejection(
        saveResume({ db }, citizen, {
          fullName: "周",
          phone: "1",
          education: "高中" as never,
          experienceYears: -1,
          intendedPosition: "",
          skills: "",
        }),
      );
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
        "education",
        "experienceYears",
        "fullName",
        "intendedPosition",
        "phone",
        "skills",
      ]);
      await saveResume({ db }, citizen, {
        fullName: "周晓彤",
        phone: DEMO.citizen,
        education: "本科",
        major: "会计学",
        experienceYears: 4,
        intendedPosition: "会计",
        skills: "全电发票、总账、Excel",
        workHistory: [{ company: "南通某会计师事务所（示例）", title: "审计助理", from: "2021-07", to: "2024-06" }],
      });
      expect((await getResumeForEditing({ db }, citizen)).saved).toBe(true);
    });

    it("applies once per posting: a repeat and a concurrent double click return the first application", async () => {
      const { items } = await listJobPostings(db, { pageSize: 5 });
      const posting = items[1]!;
      const first = await applyToJob({ db }, citizen, posting.id, NOW);
      expect(first.created).toBe(true);
      const again = await applyToJob({ db }, citizen, posting.id, NOW);
      expect(again).toMatchObject({ id: first.id, created: false });
      const twin = items[2]!;
      const both = await Promise.all([applyToJob({ db }, citizen, twin.id, NOW), applyToJob({ db }, citizen, twin.id, NOW)]);
      expect(new Set(both.map((b) => b.id)).size).toBe(1);
      const [rows] = await db
        .select({ n: count() })
        .from(economyJobApplication)
        .where(and(eq(economyJobApplication.userId, citizen.id), eq(economyJobApplication.postingId, twin.id)));
      expect(rows?.n).toBe(1);
      const mine = await listMyJobApplications({ db }, citizen);
      expect(mine.map((m) => m.postingId)).toEqual(expect.arrayContaining([posting.id, twin.id]));
      // the résumé as sent is kept with the application
      const [app] = await db
        .select({ resume: economyJobApplication.resume })
        .from(economyJobApplication)
        .where(eq(economyJobApplication.id, first.id));
      expect(app?.resume).toMatchObject({ fullName: "周晓彤", intendedPosition: "会计" });
    });

    it("refuses closed postings and non-citizen accounts", async () => {
      const [closed] = await db
        .select({ id: economyJobPosting.id })
        .from(economyJobPosting)
        .where(eq(economyJobPosting.status, "closed"))
        .limit(1);
      expect((await rejection(applyToJob({ db }, citizen, closed!.id))).message).toBe("该职位已停止招聘，不能再投递");
      expect((await rejection(applyToJob({ db }, enterprise, closed!.id))).code).toBe("FORBIDDEN");
      expect((await rejection(applyToJob({ db }, citizen, 999_999))).code).toBe("NOT_FOUND");
      const [acc] = await db.select({ phone: accountUser.phone }).from(accountUser).where(eq(accountUser.id, citizen.id));
      expect(acc?.phone).toBe(DEMO.citizen);
    });
  });
  describe("seeding", () => {
    it("changes nothing when run again (idempotent)", async () => {
      const tables = {
        economyPolicy: schema.economyPolicy,
        economyCloudOffering: schema.economyCloudOffering,
        economyCreditEnterprise: schema.economyCreditEnterprise,
        economyCreditListEntry: schema.economyCreditListEntry,
        economyIndicatorValue: schema.economyIndicatorValue,
        economyJobFair: schema.economyJobFair,
        economyJobPosting: schema.economyJobPosting,
        economyEnterpriseProfile: schema.economyEnterpriseProfile,
        cultureCourse: schema.cultureCourse,
        cultureCourseChapter: schema.cultureCourseChapter,
        cultureBook: schema.cultureBook,
        cultureLoan: schema.cultureLoan,
        cultureBookReservation: schema.cultureBookReservation,
        cultureEvent: schema.cultureEvent,
        cultureSpace: schema.cultureSpace,
        governanceArticle: schema.governanceArticle,
      };
      const counts = async () => {
        const out: Record<string, number> = {};
        for (const [name, table] of Object.entries(tables)) out[name] = (await db.select({ n: count() }).from(table))[0]!.n;
        return out;
      };
      const before = await counts();
      await seed(db);
      expect(await counts()).toEqual(before);
      expect(before.economyPolicy).toBeGreaterThanOrEqual(30);
      expect(before.cultureBook).toBeGreaterThanOrEqual(200);
      expect(before.governanceArticle).toBeGreaterThanOrEqual(31);
    });
  });
});
