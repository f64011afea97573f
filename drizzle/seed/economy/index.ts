import { eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  economyCloudOffering,
  economyCreditEnterprise,
  economyCreditListEntry,
  economyEnterpriseProfile,
  economyIndicator,
  economyIndicatorValue,
  economyJobFair,
  economyJobPosting,
  economyPolicy,
  orgDepartment,
} from "@/drizzle/schema";
import { shanghaiDate } from "@/server/lib/working-days";
import { ZPolicyEligibility } from "@/server/modules/economy/validation";
import { invalidatePolicies } from "@/server/modules/economy/policies";
import { SEED_POLICIES, policyBody } from "./policies";
import { SEED_CREDIT_ENTERPRISES, SEED_CREDIT_LIST } from "./credit";
import { SEED_INDICATORS, SEED_INDICATOR_VALUES } from "./indicators";
import { DAY, SEED_CLOUD_OFFERINGS, SEED_JOB_FAIRS, SEED_JOB_POSTINGS } from "./catalogues";

const ENTERPRISE_DEMO_PHONE = "13800000002";

/** Noon-anchored China date `days` from `now` ("YYYY-MM-DD"). */
const dayFrom = (now: Date, days: number) => shanghaiDate(new Date(now.getTime() + days * DAY));
/** `hour` o'clock China time on the day `days` from `now`. */
const chinaTime = (now: Date, days: number, hour: number) => new Date(`${dayFrom(now, days)}T${String(hour).padStart(2, "0")}:00:00+08:00`);

/**
 * 智慧经济 seed (idempotent): policies, cloud offerings and indicators are upserted by code (the
 * seed owns them); the credit register, 红黑榜, jobs and fairs are inserted once; the demo
 * enterprise gets a profile if it has none.
 */
export async function seedEconomy(db: DB, now = new Date()): Promise<void> {
  const departments = await db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment);
  const departmentId = new Map(departments.map((d) => [d.code, d.id]));

  for (const p of SEED_POLICIES) {
    const eligibility = ZPolicyEligibility.parse(p.eligibility);
    const values = {
      code: p.code,
      title: p.title,
      docNumber: p.docNumber,
      issuer: p.issuer,
      departmentId: p.departmentCode ? (departmentId.get(p.departmentCode) ?? null) : null,
      issuedOn: p.issuedOn,
      validUntil: p.validUntil ?? null,
      summary: p.summary,
      benefit: p.benefit,
      maxAwardFen: p.maxAwardYuan === undefined ? null : p.maxAwardYuan * 100,
      body: policyBody(p),
      eligibility,
      keywords: p.keywords,
      sample: true,
    };
    const { code: _code, ...update } = values;
    await db
      .insert(economyPolicy)
      .values(values)
      .onConflictDoUpdate({
        target: economyPolicy.code,
        set: {
          ...update,
          updatedAt: sql`case when ${economyPolicy.body} is distinct from excluded.body or ${economyPolicy.eligibility} is distinct from excluded.eligibility then now() else ${economyPolicy.updatedAt} end`,
        },
      });
  }
  invalidatePolicies(db);

  for (const [i, o] of SEED_CLOUD_OFFERINGS.entries()) {
    const values = { ...o, sortOrder: i, active: true };
    const { code: _code, ...update } = values;
    await db.insert(economyCloudOffering).values(values).onConflictDoUpdate({ target: economyCloudOffering.code, set: update });
  }

  await db
    .insert(economyCreditEnterprise)
    .values(SEED_CREDIT_ENTERPRISES.map((e) => ({ ...e, sample: true })))
    .onConflictDoNothing({ target: economyCreditEnterprise.uscc });
  const byUscc = new Map(SEED_CREDIT_ENTERPRISES.map((e) => [e.uscc, e.name]));
  await db
    .insert(economyCreditListEntry)
    .values(SEED_CREDIT_LIST.map((e) => ({ ...e, subjectName: byUscc.get(e.uscc) ?? e.uscc, sample: true })))
    .onConflictDoNothing({ target: economyCreditListEntry.code });

  for (const [i, ind] of SEED_INDICATORS.entries()) {
    const { code: _code, ...update } = { ...ind, sortOrder: i };
    await db
      .insert(economyIndicator)
      .values({ ...ind, sortOrder: i })
      .onConflictDoUpdate({ target: economyIndicator.code, set: update });
  }
  for (const v of SEED_INDICATOR_VALUES) {
    const values = { value: v.value, source: v.source, sourceUrl: v.sourceUrl ?? null, note: v.note ?? null, sample: v.sample };
    await db
      .insert(economyIndicatorValue)
      .values({ indicatorCode: v.indicator, year: v.year, ...values })
      .onConflictDoUpdate({ target: [economyIndicatorValue.indicatorCode, economyIndicatorValue.year], set: values });
  }

  await db
    .insert(economyJobFair)
    .values(
      SEED_JOB_FAIRS.map((f) => ({
        code: f.code,
        title: f.title,
        kind: f.kind,
        venue: f.venue,
        district: f.district,
        startsAt: chinaTime(now, f.startDays, f.hours[0]),
        endsAt: chinaTime(now, f.startDays + (f.kind === "online" ? 6 : 0), f.hours[1]),
        organiser: f.organiser,
        description: f.description,
        boothCount: f.boothCount,
      })),
    )
    .onConflictDoNothing({ target: economyJobFair.code });
  const fairs = await db.select({ id: economyJobFair.id, code: economyJobFair.code }).from(economyJobFair);
  const fairId = new Map(fairs.map((f) => [f.code, f.id]));
  await db
    .insert(economyJobPosting)
    .values(
      SEED_JOB_POSTINGS.map((p) => ({
        code: p.code,
        title: p.title,
        employer: p.employer,
        industryCode: p.industryCode,
        district: p.district,
        address: p.address,
        salaryMinFen: p.salary[0] * 100,
        salaryMaxFen: p.salary[1] * 100,
        education: p.education,
        experience: p.experience,
        headcount: p.headcount,
        description: p.description,
        requirements: p.requirements,
        benefits: p.benefits,
        publishedOn: dayFrom(now, -p.publishedDaysAgo),
        closesOn: dayFrom(now, p.openDays - p.publishedDaysAgo),
        status: p.closed ? "closed" : "open",
        fairId: p.fair ? (fairId.get(p.fair) ?? null) : null,
      })),
    )
    .onConflictDoNothing({ target: economyJobPosting.code });

  // The demo enterprise's profile (a 高新技术企业 in 崇川区's electronics industry), once.
  const [enterprise] = await db
    .select({ id: accountUser.id })
    .from(accountUser)
    .where(eq(accountUser.phone, ENTERPRISE_DEMO_PHONE))
    .limit(1);
  if (enterprise)
    await db
      .insert(economyEnterpriseProfile)
      .values({
        userId: enterprise.id,
        industryCode: "C39",
        size: "small",
        district: "崇川区",
        foundedOn: "2017-06-08",
        flags: ["hnte", "tech_sme", "rd_expense", "social_insurance", "no_layoffs"],
        employees: 86,
      })
      .onConflictDoNothing({ target: economyEnterpriseProfile.userId });
}
