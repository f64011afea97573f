import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure, rateLimitedProcedure } from "@/server/trpc";
import { ZId, ZVersion } from "@/server/lib/validation";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { balance } from "@/server/modules/points/service";
import { POLLUTANTS } from "./aqi";
import { cityAir, latestAir, listAirStations, stationHistory } from "./air";
import { computeFootprint } from "./carbon";
import {
  archiveArticle,
  createArticle,
  getArticle,
  leaderboard,
  leaderboardNameSuggestion,
  listArticles,
  listWaterSections,
  logGreenAction,
  myLeaderboardEntry,
  myGreenActions,
  reportEnvironmentalProblem,
  searchWaste,
  setLeaderboardOptIn,
  updateArticle,
  WASTE_CATEGORIES,
  type WasteCategoryKey,
} from "./service";
import { DISTRICTS, ZArticle, ZEnvReport, ZFootprint, ZGreenAction } from "./validation";

const ZConcentrations = z.object({
  so2: z.number().nullable(),
  no2: z.number().nullable(),
  pm10: z.number().nullable(),
  co: z.number().nullable(),
  o3: z.number().nullable(),
  pm25: z.number().nullable(),
});
const ZPollutant = z.enum(POLLUTANTS);
const ZStationAir = z.object({
  station: z.string(),
  stationCode: z.string(),
  district: z.string(),
  sample: z.boolean(),
  time: z.string().nullable(),
  concentrations: ZConcentrations.nullable(),
  iaqi: z.partialRecord(ZPollutant, z.number()),
  aqi: z.number().nullable(),
  level: z.object({ grade: z.string(), category: z.string(), color: z.string(), healthEffect: z.string(), advice: z.string() }).nullable(),
  primaryPollutant: z.array(ZPollutant),
  primaryPollutantText: z.string(),
});
const ZAirStation = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  lat: z.number(),
  lon: z.number(),
  kind: z.string(),
  sample: z.boolean(),
});
const ZArticleSummary = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  category: z.string(),
  summary: z.string(),
  keywords: z.array(z.string()),
  source: z.string(),
  updatedAt: z.date(),
});
const ZSlug = z.string({ error: "请填写网址标识" }).trim().min(1, "请填写网址标识").max(60, "网址标识过长");
const ZWasteCategory = z.enum(Object.keys(WASTE_CATEGORIES) as [WasteCategoryKey, ...WasteCategoryKey[]], { error: "请选择垃圾类别" });

/** Public 智慧环保: air quality, water, 环保百科, 垃圾分类, the carbon calculator and the leaderboard. */
const environmentPublicRouter = createTRPCRouter({
  air: publicProcedure.output(z.object({ city: ZStationAir.nullable(), stations: z.array(ZStationAir) })).query(async ({ ctx }) => {
    const now = new Date();
    const [city, stations] = await Promise.all([cityAir(ctx.db, now), latestAir(ctx.db, now)]);
    return { city, stations };
  }),

  airStations: publicProcedure.output(z.array(ZAirStation)).query(({ ctx }) => listAirStations(ctx.db)),

  station: publicProcedure
    .input(
      z.object({
        code: z.string().trim().min(1, "请选择监测站点").max(40, "站点编码过长"),
        hours: z.number().int().min(1).max(168).default(24),
      }),
    )
    .output(
      z.object({
        station: ZAirStation,
        points: z.array(
          z.object({
            time: z.string(),
            concentrations: ZConcentrations.nullable(),
            aqi: z.number().nullable(),
            category: z.string().nullable(),
            color: z.string().nullable(),
            primaryPollutant: z.array(ZPollutant),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => stationHistory(ctx.db, input.code, { hours: input.hours })),

  water: publicProcedure
    .input(z.object({ district: z.enum(DISTRICTS).optional() }).default({}))
    .output(
      z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          river: z.string(),
          district: z.string(),
          lat: z.number(),
          lon: z.number(),
          currentClass: z.number(),
          currentClassName: z.string(),
          targetClass: z.number(),
          targetClassName: z.string(),
          meetsTarget: z.boolean(),
          measuredOn: z.string(),
          indicators: z.record(z.string(), z.number()),
          sample: z.boolean(),
        }),
      ),
    )
    .query(({ ctx, input }) => listWaterSections(ctx.db, input)),

  articles: publicProcedure
    .input(z.object({ category: z.string().trim().max(20).optional() }).default({}))
    .output(z.array(ZArticleSummary))
    .query(({ ctx, input }) => listArticles(ctx.db, input)),

  article: publicProcedure
    .input(z.object({ slug: ZSlug }))
    .output(ZArticleSummary.extend({ body: z.string(), version: z.number(), paragraphs: z.array(z.string()) }))
    .query(({ ctx, input }) => getArticle(ctx.db, input.slug)),

  /** 垃圾分类 lookup by name, full pinyin or initials. */
  waste: rateLimitedProcedure("liveIp")
    .input(
      z.object({
        q: z.string({ error: "请输入物品名称" }).trim().min(1, "请输入物品名称，如 电池 或 dianchi").max(40, "物品名称不超过40字"),
        category: ZWasteCategory.optional(),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .output(
      z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          category: ZWasteCategory,
          categoryName: z.string(),
          tip: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => searchWaste(ctx.db, input.q, { limit: input.limit, category: input.category })),

  footprint: publicProcedure
    .input(ZFootprint)
    .output(
      z.object({
        totalKg: z.number(),
        items: z.array(z.object({ key: z.string(), label: z.string(), kg: z.number(), factor: z.string() })),
        treesToAbsorb: z.number(),
      }),
    )
    .query(({ input }) => computeFootprint(input)),

  leaderboard: publicProcedure
    .input(z.object({ days: z.number().int().min(1).max(366).default(30) }).default({ days: 30 }))
    .output(z.array(z.object({ rank: z.number(), displayName: z.string(), co2SavedG: z.number(), trips: z.number() })))
    .query(({ ctx, input }) => leaderboard(ctx.db, { days: input.days })),
});

/** A signed-in citizen's green-action log, points and leaderboard choice; reports to 12345. */
const environmentCitizenRouter = createTRPCRouter({
  logGreenAction: permissionProcedure("citizen.services")
    .input(ZGreenAction)
    .output(z.object({ id: z.number(), pointsAwarded: z.number(), co2SavedG: z.number(), capped: z.boolean(), created: z.boolean() }))
    .mutation(({ ctx, input }) => logGreenAction(ctx, input)),

  greenActions: permissionProcedure("citizen.services")
    .output(
      z.object({
        actions: z.array(
          z.object({
            id: z.number(),
            kind: z.string(),
            kindName: z.string(),
            distanceKm: z.number(),
            day: z.string(),
            co2SavedG: z.number(),
            pointsAwarded: z.number(),
          }),
        ),
        monthCo2SavedG: z.number(),
        monthPoints: z.number(),
        balance: z.number(),
        leaderboardName: z.string(),
        /** the display name on the leaderboard, null when not opted in */
        leaderboardEntry: z.string().nullable(),
      }),
    )
    .query(async ({ ctx }) => ({
      ...(await myGreenActions(ctx)),
      balance: await balance(ctx.db, ctx.user.id),
      leaderboardName: await leaderboardNameSuggestion(ctx.db, ctx.user.id),
      leaderboardEntry: await myLeaderboardEntry(ctx.db, ctx.user.id),
    })),

  setLeaderboard: permissionProcedure("citizen.services")
    .input(z.object({ optIn: z.boolean(), displayName: z.string().max(40, "显示名称不超过20字").optional() }))
    .output(z.object({ optedIn: z.boolean() }))
    .mutation(({ ctx, input }) => setLeaderboardOptIn(ctx, input.optIn, input.displayName)),

  /** Creates a 12345 request (环境保护) through the hotline service. */
  report: permissionProcedure("hotline.submit")
    .input(ZEnvReport)
    .output(z.object({ id: z.number(), ticketNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => reportEnvironmentalProblem(ctx, input)),
});

/** Admins: 环保百科 articles (audited, optimistic versioning). */
const environmentAdminRouter = createTRPCRouter({
  createArticle: permissionProcedure("admin.console")
    .input(ZArticle.extend({ slug: ZSlug }))
    .output(z.object({ id: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const { slug, ...article } = input;
      const r = await createArticle(ctx, slug, article);
      revalidatePublic(PAGE_TAGS.environmentWiki);
      return r;
    }),

  updateArticle: permissionProcedure("admin.console")
    .input(z.object({ id: ZId, version: ZVersion, article: ZArticle }))
    .output(z.object({ id: z.number(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const r = await updateArticle(ctx, input.id, input.version, input.article);
      revalidatePublic(PAGE_TAGS.environmentWiki);
      return r;
    }),

  archiveArticle: permissionProcedure("admin.console")
    .input(z.object({ id: ZId, version: ZVersion }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await archiveArticle(ctx, input.id, input.version);
      revalidatePublic(PAGE_TAGS.environmentWiki);
      return { ok: true as const };
    }),
});

export const environmentRouter = createTRPCRouter({
  public: environmentPublicRouter,
  citizen: environmentCitizenRouter,
  admin: environmentAdminRouter,
});
