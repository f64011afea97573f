import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { INT4_MAX, ZId } from "@/server/lib/validation";
import * as policies from "./policies";
import * as cloud from "./cloud";
import * as credit from "./credit";
import * as jobs from "./jobs";
import * as macro from "./macro";
import {
  ZCloudApplication,
  ZCloudDecision,
  ZCreditListQuery,
  ZCreditQuery,
  ZEnterpriseProfile,
  ZJobQuery,
  ZPolicyListQuery,
  ZResume,
  CLOUD_STATUSES,
} from "./validation";

/** Versions of economy rows start at 0 (the column default). */
const ZRowVersion = z
  .number({ error: "版本号无效，请刷新页面后重试" })
  .int("版本号无效，请刷新页面后重试")
  .min(0, "版本号无效，请刷新页面后重试")
  .max(INT4_MAX, "版本号无效，请刷新页面后重试");

const ZPolicySummary = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  summary: z.string(),
  benefit: z.string(),
  maxAwardFen: z.number().nullable(),
  keywords: z.array(z.string()),
  sample: z.boolean(),
});
const ZCriterion = z.object({ key: z.string(), label: z.string(), met: z.boolean(), detail: z.string() });
const ZMatch = z.object({ policy: ZPolicySummary, met: z.array(ZCriterion), unmet: z.array(ZCriterion) });
const ZMatchResult = z.object({ today: z.string(), matched: z.array(ZMatch), unmatched: z.array(ZMatch) });
const ZProfileOut = z.object({
  industryCode: z.string(),
  size: z.string(),
  district: z.string(),
  foundedOn: z.string(),
  flags: z.array(z.string()),
  employees: z.number().optional(),
});

/** 惠企政策: the library, one policy, the enterprise profile, matching (saved profile or questionnaire). */
export const policiesRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZPolicyListQuery.default({ page: 1, pageSize: 20 }))
    .output(
      z.object({
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        items: z.array(ZPolicySummary.extend({ inForce: z.boolean() })),
      }),
    )
    .query(({ ctx, input }) => policies.listPolicies(ctx.db, input)),

  get: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZPolicySummary.extend({ body: z.string(), eligibility: z.unknown(), conditions: z.array(z.string()), inForce: z.boolean() }))
    .query(({ ctx, input }) => policies.getPolicy(ctx.db, input.id)),

  profile: permissionProcedure("enterprise.act")
    .output(
      ZProfileOut.extend({
        enterpriseName: z.string().nullable(),
        enterpriseUscc: z.string().nullable(),
        industryLabel: z.string(),
        updatedAt: z.date(),
      }).nullable(),
    )
    .query(({ ctx }) => policies.getEnterpriseProfile(ctx, ctx.user)),

  saveProfile: permissionProcedure("enterprise.act")
    .input(ZEnterpriseProfile)
    .output(ZProfileOut)
    .mutation(({ ctx, input }) => policies.saveEnterpriseProfile(ctx, ctx.user, input)),

  matchMine: permissionProcedure("enterprise.act")
    .input(z.object({ includeUnmatched: z.boolean().default(false) }).default({ includeUnmatched: false }))
    .output(ZMatchResult.extend({ profile: ZProfileOut.extend({ industryLabel: z.string() }) }))
    .query(({ ctx, input }) => policies.matchMyPolicies(ctx, ctx.user, input)),

  /** The questionnaire: anyone may answer it; nothing is saved. */
  match: publicProcedure
    .input(ZEnterpriseProfile.extend({ includeUnmatched: z.boolean().default(false) }))
    .output(ZMatchResult)
    .query(({ ctx, input }) => {
      const { includeUnmatched, ...profile } = input;
      return policies.matchPolicies(ctx.db, profile, { includeUnmatched });
    }),
});

const ZOffering = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  provider: z.string(),
  summary: z.string(),
  description: z.string(),
  monthlyPriceFen: z.number().nullable(),
  priceNote: z.string(),
  subsidyNote: z.string().nullable(),
});
const ZApplication = z.object({
  id: z.number(),
  applicationNo: z.string(),
  offeringId: z.number(),
  offeringName: z.string(),
  provider: z.string(),
  enterpriseName: z.string(),
  enterpriseUscc: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  requirement: z.string(),
  status: z.string(),
  statusName: z.string(),
  statusNote: z.string().nullable(),
  handledAt: z.date().nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const ZAppEvent = z.object({
  at: z.date(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
  actorRole: z.string().nullable(),
});
const CLOUD_STATUS_CODES = Object.keys(CLOUD_STATUSES) as [keyof typeof CLOUD_STATUSES, ...(keyof typeof CLOUD_STATUSES)[]];

/** 中小企业云服务: the catalogue; enterprises apply and withdraw; 市工信局 staff handle the queue. */
export const cloudRouter = createTRPCRouter({
  offerings: publicProcedure
    .input(z.object({ category: z.string().trim().max(30).optional() }).default({}))
    .output(z.array(ZOffering))
    .query(({ ctx, input }) => cloud.listCloudOfferings(ctx.db, input)),

  offering: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZOffering)
    .query(({ ctx, input }) => cloud.getCloudOffering(ctx.db, input.id)),

  submit: permissionProcedure("enterprise.act")
    .input(ZCloudApplication)
    .output(z.object({ id: z.number(), applicationNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => cloud.applyForCloudService(ctx, ctx.user, input)),

  mine: permissionProcedure("enterprise.act")
    .output(z.array(ZApplication))
    .query(({ ctx }) => cloud.listMyCloudApplications(ctx, ctx.user)),

  myApplication: permissionProcedure("enterprise.act")
    .input(z.object({ id: ZId }))
    .output(ZApplication.extend({ events: z.array(ZAppEvent) }))
    .query(({ ctx, input }) => cloud.getMyCloudApplication(ctx, ctx.user, input.id)),

  withdraw: permissionProcedure("enterprise.act")
    .input(z.object({ id: ZId, version: ZRowVersion }))
    .output(z.object({ status: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) => cloud.withdrawCloudApplication(ctx, ctx.user, input.id, input.version)),

  queue: permissionProcedure("economy.cloud.handle")
    .input(
      z
        .object({
          status: z.enum(CLOUD_STATUS_CODES, { error: "状态无效" }).optional(),
          page: z.number().int().min(1).max(1000).default(1),
        })
        .default({ page: 1 }),
    )
    .output(z.object({ status: z.string(), page: z.number(), pageSize: z.number(), total: z.number(), items: z.array(ZApplication) }))
    .query(({ ctx, input }) => cloud.listCloudQueue(ctx, ctx.user, input)),

  application: permissionProcedure("economy.cloud.handle")
    .input(z.object({ id: ZId }))
    .output(ZApplication.extend({ events: z.array(ZAppEvent) }))
    .query(({ ctx, input }) => cloud.getCloudApplicationForHandler(ctx, ctx.user, input.id)),

  decide: permissionProcedure("economy.cloud.handle")
    .input(z.object({ id: ZId, version: ZRowVersion, decision: ZCloudDecision }))
    .output(z.object({ status: z.string(), version: z.number() }))
    .mutation(({ ctx, input }) => cloud.decideCloudApplication(ctx, ctx.user, input.id, input.version, input.decision)),
});

const ZRegisterRow = z.object({
  id: z.number(),
  uscc: z.string(),
  name: z.string(),
  district: z.string(),
  industryCode: z.string(),
  industryLabel: z.string(),
  registrationStatus: z.string(),
  sample: z.boolean(),
});
const ZListEntry = z.object({
  id: z.number(),
  list: z.string(),
  listName: z.string(),
  category: z.string(),
  subjectName: z.string(),
  uscc: z.string().nullable(),
  reason: z.string(),
  decisionNo: z.string().nullable(),
  publisher: z.string(),
  publishedOn: z.string(),
  validUntil: z.string().nullable(),
  sample: z.boolean(),
});

/** 信用南通: query by name or 统一社会信用代码 (GB 32100 checked), an enterprise's file, 红黑榜. */
export const creditRouter = createTRPCRouter({
  query: publicProcedure
    .input(ZCreditQuery)
    .output(
      z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("code"), uscc: z.string(), items: z.array(ZRegisterRow) }),
        z.object({ kind: z.literal("name"), items: z.array(ZRegisterRow) }),
      ]),
    )
    .query(({ ctx, input }) => credit.queryCredit(ctx.db, input)),

  enterprise: publicProcedure
    .input(z.object({ id: ZId }))
    .output(
      ZRegisterRow.extend({
        legalRepresentative: z.string(),
        registeredCapitalFen: z.number(),
        foundedOn: z.string(),
        address: z.string(),
        taxCreditLevel: z.string().nullable(),
        listEntries: z.array(ZListEntry),
      }),
    )
    .query(({ ctx, input }) => credit.getCreditEnterprise(ctx.db, input.id)),

  categories: publicProcedure
    .input(z.object({ list: z.enum(["red", "black"], { error: "请选择红榜或黑榜" }) }))
    .output(z.array(z.object({ category: z.string(), count: z.number() })))
    .query(({ ctx, input }) => credit.creditListCategories(ctx.db, input.list)),

  list: publicProcedure
    .input(ZCreditListQuery)
    .output(
      z.object({
        list: z.string(),
        listName: z.string(),
        category: z.string().nullable(),
        page: z.number(),
        pageSize: z.number(),
        total: z.number(),
        items: z.array(ZListEntry),
      }),
    )
    .query(({ ctx, input }) => credit.listCreditEntries(ctx.db, input)),
});

const ZPosting = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  employer: z.string(),
  industryCode: z.string(),
  district: z.string(),
  address: z.string(),
  salaryMinFen: z.number(),
  salaryMaxFen: z.number(),
  salaryText: z.string(),
  education: z.string(),
  experience: z.string(),
  headcount: z.number(),
  benefits: z.array(z.string()),
  publishedOn: z.string(),
  closesOn: z.string(),
  status: z.string(),
  fairId: z.number().nullable(),
});
const ZFair = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  kind: z.string(),
  venue: z.string(),
  district: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  organiser: z.string(),
  description: z.string(),
  boothCount: z.number(),
});

/** 乐业南通: postings and fairs; citizens keep a résumé and apply with it. */
export const jobsRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZJobQuery.default({ page: 1, pageSize: 20 }))
    .output(z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(ZPosting) }))
    .query(({ ctx, input }) => jobs.listJobPostings(ctx.db, input)),

  get: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZPosting.extend({ description: z.string(), requirements: z.string(), fairTitle: z.string().nullable(), open: z.boolean() }))
    .query(({ ctx, input }) => jobs.getJobPosting(ctx.db, input.id)),

  fairs: publicProcedure.output(z.object({ upcoming: z.array(ZFair), past: z.array(ZFair) })).query(({ ctx }) => jobs.listJobFairs(ctx.db)),

  fair: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZFair.extend({ ended: z.boolean(), postings: z.array(ZPosting) }))
    .query(({ ctx, input }) => jobs.getJobFair(ctx.db, input.id)),

  resume: permissionProcedure("jobs.apply")
    .output(z.object({ saved: z.boolean(), resume: ZResume.partial().extend({ fullName: z.string(), phone: z.string() }) }))
    .query(({ ctx }) => jobs.getResumeForEditing(ctx, ctx.user)),

  saveResume: permissionProcedure("jobs.apply")
    .input(ZResume)
    .output(ZResume)
    .mutation(({ ctx, input }) => jobs.saveResume(ctx, ctx.user, input)),

  submit: permissionProcedure("jobs.apply")
    .input(z.object({ postingId: ZId }))
    .output(z.object({ id: z.number(), created: z.boolean(), appliedAt: z.date() }))
    .mutation(({ ctx, input }) => jobs.applyToJob(ctx, ctx.user, input.postingId)),

  mine: permissionProcedure("jobs.apply")
    .output(
      z.array(
        z.object({
          id: z.number(),
          postingId: z.number(),
          title: z.string(),
          employer: z.string(),
          status: z.string(),
          statusName: z.string(),
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx }) => jobs.listMyJobApplications(ctx, ctx.user)),
});

const ZIndicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  category: z.string(),
  description: z.string(),
  values: z.array(
    z.object({
      year: z.number(),
      value: z.number(),
      source: z.string(),
      sourceUrl: z.string().nullable(),
      note: z.string().nullable(),
      sample: z.boolean(),
    }),
  ),
});

/** 宏观经济: indicators by year (pages draw the charts and tables; the CSV is a route handler). */
export const macroRouter = createTRPCRouter({
  indicators: publicProcedure.output(z.array(ZIndicator)).query(({ ctx }) => macro.listIndicators(ctx.db)),
  indicator: publicProcedure
    .input(z.object({ code: z.string().trim().min(1, "请指定指标").max(40, "指标代码过长") }))
    .output(ZIndicator)
    .query(({ ctx, input }) => macro.getIndicator(ctx.db, input.code)),
  csv: publicProcedure.output(z.string()).query(({ ctx }) => macro.indicatorsCsv(ctx.db)),
});

/** 智慧经济 (`economy.policies.matchMine`, `economy.cloud.submit`, `economy.credit.query`, `economy.jobs.submit`, `economy.macro.indicators`). */
export const economyRouter = createTRPCRouter({
  policies: policiesRouter,
  cloud: cloudRouter,
  credit: creditRouter,
  jobs: jobsRouter,
  macro: macroRouter,
});
