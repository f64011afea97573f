import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { orgDepartment } from "./org";

/**
 * Structured eligibility of a 惠企政策 (validated by ZPolicyEligibility in
 * server/modules/economy/validation.ts). An absent list means "no restriction".
 */
export type PolicyEligibility = {
  /** GB/T 4754 codes; the enterprise's industry must fall under one of them */
  industries?: string[];
  excludedIndustries?: string[];
  sizes?: ("micro" | "small" | "medium" | "large")[];
  districts?: string[];
  /** full years since founding, inclusive bounds */
  minYears?: number;
  maxYears?: number;
  /** every one of these */
  requiredFlags?: string[];
  /** at least one of these */
  anyFlags?: string[];
  /** none of these */
  excludedFlags?: string[];
};

/** 惠企政策: policy documents with their full text and structured eligibility. */
export const economyPolicy = pgTable(
  "economy_policy",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    title: text().notNull(),
    docNumber: text(),
    /** 发文单位 as printed (often several bureaus jointly) */
    issuer: text().notNull(),
    /** the lead bureau, when it is one of ours */
    departmentId: integer().references(() => orgDepartment.id),
    issuedOn: date().notNull(),
    validUntil: date(),
    summary: text().notNull(),
    /** 支持内容 in one sentence (奖励/补贴/减免) */
    benefit: text().notNull(),
    maxAwardFen: bigint({ mode: "number" }),
    body: text().notNull(),
    eligibility: jsonb().$type<PolicyEligibility>().notNull(),
    keywords: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** invented for the demo (shown as 示例) */
    sample: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("economy_policy_code_key").on(t.code), index("economy_policy_issued_idx").on(t.issuedOn.desc(), t.id)],
);

/** An enterprise account's profile (企业画像), the input of policy matching. */
export const economyEnterpriseProfile = pgTable("economy_enterprise_profile", {
  userId: uuid()
    .primaryKey()
    .references(() => accountUser.id, { onDelete: "cascade" }),
  industryCode: text().notNull(),
  size: text().notNull(),
  district: text().notNull(),
  foundedOn: date().notNull(),
  flags: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  employees: integer(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** 中小企业云服务: cloud and IT offerings enterprises can apply for (sample catalogue). */
export const economyCloudOffering = pgTable(
  "economy_cloud_offering",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    category: text().notNull(),
    provider: text().notNull(),
    summary: text().notNull(),
    description: text().notNull(),
    /** list price per month; null = quoted on request */
    monthlyPriceFen: integer(),
    priceNote: text().notNull(),
    subsidyNote: text(),
    active: boolean().notNull().default(true),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [uniqueIndex("economy_cloud_offering_code_key").on(t.code)],
);

/**
 * An enterprise's application for a cloud offering, handled by 市工信局.
 * Status: submitted → accepted → approved | rejected; submitted → rejected; submitted → withdrawn.
 */
export const economyCloudApplication = pgTable(
  "economy_cloud_application",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationNo: text().notNull(),
    offeringId: integer()
      .notNull()
      .references(() => economyCloudOffering.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    enterpriseName: text().notNull(),
    enterpriseUscc: text().notNull(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    requirement: text().notNull(),
    status: text().notNull().default("submitted"),
    statusNote: text(),
    handledById: uuid().references(() => accountUser.id),
    handledAt: timestamp({ withTimezone: true }),
    idempotencyKey: text().notNull(),
    version: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("economy_cloud_application_no_key").on(t.applicationNo),
    uniqueIndex("economy_cloud_application_idem_key").on(t.userId, t.idempotencyKey),
    // one open application per enterprise and offering
    uniqueIndex("economy_cloud_application_open_key")
      .on(t.userId, t.offeringId)
      .where(sql`status in ('submitted', 'accepted')`),
    index("economy_cloud_application_user_idx").on(t.userId, t.createdAt.desc()),
    index("economy_cloud_application_queue_idx").on(t.status, t.createdAt),
  ],
);

/** Append-only history of a cloud application. */
export const economyCloudApplicationEvent = pgTable(
  "economy_cloud_application_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: bigint({ mode: "number" })
      .notNull()
      .references(() => economyCloudApplication.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => accountUser.id),
    actorRole: text(),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text(),
  },
  (t) => [index("economy_cloud_application_event_app_idx").on(t.applicationId, t.at)],
);

/** 信用南通: registered enterprises that can be looked up (sample register). */
export const economyCreditEnterprise = pgTable(
  "economy_credit_enterprise",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    uscc: text().notNull(),
    name: text().notNull(),
    legalRepresentative: text().notNull(),
    registeredCapitalFen: bigint({ mode: "number" }).notNull(),
    foundedOn: date().notNull(),
    district: text().notNull(),
    address: text().notNull(),
    industryCode: text().notNull(),
    /** 登记状态: 存续 / 在业 / 注销 … */
    registrationStatus: text().notNull(),
    /** 纳税信用等级 A/B/M/C/D, when published */
    taxCreditLevel: text(),
    businessScope: text().notNull(),
    sample: boolean().notNull().default(false),
  },
  (t) => [uniqueIndex("economy_credit_enterprise_uscc_key").on(t.uscc)],
);

/** 红黑榜: red-list (守信激励) and black-list (失信惩戒) entries by category, with publication dates. */
export const economyCreditListEntry = pgTable(
  "economy_credit_list_entry",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    list: text().notNull(), // "red" | "black"
    category: text().notNull(),
    subjectName: text().notNull(),
    uscc: text(),
    reason: text().notNull(),
    decisionNo: text(),
    publisher: text().notNull(),
    publishedOn: date().notNull(),
    validUntil: date(),
    sample: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex("economy_credit_list_entry_code_key").on(t.code),
    index("economy_credit_list_entry_list_idx").on(t.list, t.category, t.publishedOn.desc(), t.id),
    index("economy_credit_list_entry_all_idx").on(t.list, t.publishedOn.desc(), t.id),
    index("economy_credit_list_entry_uscc_idx").on(t.uscc),
    check("economy_credit_list_entry_list_check", sql`${t.list} in ('red', 'black')`),
  ],
);

/** 宏观经济 indicators (GDP, population …). */
export const economyIndicator = pgTable("economy_indicator", {
  code: text().primaryKey(),
  name: text().notNull(),
  unit: text().notNull(),
  category: text().notNull(),
  description: text().notNull(),
  sortOrder: smallint().notNull().default(0),
});

/** One value of an indicator for a year, with where it comes from; `sample` marks invented values. */
export const economyIndicatorValue = pgTable(
  "economy_indicator_value",
  {
    indicatorCode: text()
      .notNull()
      .references(() => economyIndicator.code),
    year: smallint().notNull(),
    value: numeric({ precision: 14, scale: 2, mode: "number" }).notNull(),
    source: text().notNull(),
    sourceUrl: text(),
    note: text(),
    sample: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.indicatorCode, t.year] })],
);

/** 乐业南通 job fairs (招聘会), on site or online. */
export const economyJobFair = pgTable(
  "economy_job_fair",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    title: text().notNull(),
    kind: text().notNull(), // "onsite" | "online"
    venue: text().notNull(),
    district: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    organiser: text().notNull(),
    description: text().notNull(),
    boothCount: integer().notNull(),
  },
  (t) => [uniqueIndex("economy_job_fair_code_key").on(t.code), index("economy_job_fair_starts_idx").on(t.startsAt)],
);

/** 乐业南通 job postings; salaries per month in fen. */
export const economyJobPosting = pgTable(
  "economy_job_posting",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    title: text().notNull(),
    employer: text().notNull(),
    industryCode: text().notNull(),
    district: text().notNull(),
    address: text().notNull(),
    salaryMinFen: integer().notNull(),
    salaryMaxFen: integer().notNull(),
    education: text().notNull(),
    experience: text().notNull(),
    headcount: smallint().notNull(),
    description: text().notNull(),
    requirements: text().notNull(),
    benefits: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    publishedOn: date().notNull(),
    closesOn: date().notNull(),
    status: text().notNull().default("open"), // "open" | "closed"
    fairId: integer().references(() => economyJobFair.id),
  },
  (t) => [
    uniqueIndex("economy_job_posting_code_key").on(t.code),
    index("economy_job_posting_list_idx").on(t.status, t.publishedOn.desc(), t.id),
    index("economy_job_posting_fair_idx").on(t.fairId),
    check("economy_job_posting_salary_check", sql`${t.salaryMinFen} <= ${t.salaryMaxFen}`),
  ],
);

export type ResumeWork = { company: string; title: string; from: string; to?: string; duties?: string };

/** A citizen's résumé (one per person), prefilled from the account profile. */
export const economyResume = pgTable("economy_resume", {
  userId: uuid()
    .primaryKey()
    .references(() => accountUser.id, { onDelete: "cascade" }),
  fullName: text().notNull(),
  phone: text().notNull(),
  education: text().notNull(),
  major: text(),
  experienceYears: smallint().notNull(),
  intendedPosition: text().notNull(),
  intendedDistrict: text(),
  skills: text().notNull(),
  selfIntro: text().notNull(),
  workHistory: jsonb()
    .$type<ResumeWork[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ResumeSnapshot = {
  fullName: string;
  phone: string;
  education: string;
  major: string | null;
  experienceYears: number;
  intendedPosition: string;
  skills: string;
  selfIntro: string;
  workHistory: ResumeWork[];
};

/** A citizen's application to a posting (at most one per posting and person), with the résumé as sent. */
export const economyJobApplication = pgTable(
  "economy_job_application",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postingId: integer()
      .notNull()
      .references(() => economyJobPosting.id),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    resume: jsonb().$type<ResumeSnapshot>().notNull(),
    status: text().notNull().default("submitted"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("economy_job_application_once_key").on(t.postingId, t.userId),
    index("economy_job_application_user_idx").on(t.userId, t.createdAt.desc()),
  ],
);
