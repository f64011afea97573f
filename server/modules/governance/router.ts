import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { listDatasets, getDataset, datasetPage } from "@/server/modules/open-data/service";
import { openRouter, publishRouter } from "./publicity-router";
import { listMySnapReports, submitSnapReport, SNAP_KINDS } from "./snap";
import { pointsSummary, redeemReward, ZRedeem } from "./points";
// A section router composes its modules' routers: the one cross-module import the boundaries must allow here.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { alertsRouter } from "@/server/modules/alerts/router";
import { ZDatasetOut, ZDatasetPageOut, ZDatasetSummaryOut, ZPointsSummaryOut, ZSnapOut } from "./outputs";

const SECTIONS = ["economy", "culture", "governance", "transport", "environment", "life"] as const;
const ZDatasetId = z
  .string({ error: "请指定数据集" })
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "数据集标识只含小写字母、数字和连字符")
  .max(80, "数据集标识过长");

/** 数据开放: the catalogue, one dataset with a preview, numbered pages (downloads are the /api/open/v1 route handlers). */
export const dataRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      z
        .object({
          q: z.string().trim().max(100, "关键词不超过100字").optional(),
          section: z.enum(SECTIONS, { error: "板块无效" }).optional(),
        })
        .default({}),
    )
    .output(z.array(ZDatasetSummaryOut))
    .query(({ ctx, input }) => listDatasets(ctx.db, input)),

  get: publicProcedure
    .input(z.object({ id: ZDatasetId }))
    .output(ZDatasetOut)
    .query(({ ctx, input }) => getDataset(ctx.db, input.id, { previewRows: 10 })),

  page: publicProcedure
    .input(
      z.object({
        id: ZDatasetId,
        page: z.number().int().min(1, "页码从1开始").max(1_000_000),
        pageSize: z.number().int().min(1).max(1000).default(20),
      }),
    )
    .output(ZDatasetPageOut)
    .query(({ ctx, input }) => datasetPage(ctx.db, input.id, input)),
});

const ZBytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "文件无效");

/** 随手拍: report a city problem with a map point and photos (a 12345 request); the citizen's reports. */
export const snapRouter = createTRPCRouter({
  kinds: publicProcedure
    .output(z.array(z.object({ code: z.string(), label: z.string() })))
    .query(() => Object.entries(SNAP_KINDS).map(([code, k]) => ({ code, label: k.label }))),

  /** Loose but bounded (like the 12345 form): the service reports every problem of every field together. */
  submit: permissionProcedure("account.self")
    .input(
      z.object({
        kind: z.string().max(40).optional(),
        description: z.string().max(10_000).optional(),
        lat: z.number().optional(),
        lng: z.number().optional(),
        address: z.string().max(1000).optional(),
        district: z.string().max(20).optional(),
        isPublic: z.boolean().default(false),
        contactName: z.string().max(200).optional(),
        contactPhone: z.string().max(50).optional(),
        idempotencyKey: z.string().max(100),
        photos: z
          .array(z.object({ name: z.string().max(255), bytes: ZBytes }))
          .max(6, "照片最多6张")
          .default([]),
      }),
    )
    .output(z.object({ ticketId: z.number(), ticketNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => submitSnapReport(ctx, ctx.user, input)),

  mine: permissionProcedure("account.self")
    .output(z.array(ZSnapOut))
    .query(({ ctx }) => listMySnapReports(ctx, ctx.user)),
});

/** 智慧南通积分: balance, history, earning rules and the redemption catalogue; redeem. */
export const pointsRouter = createTRPCRouter({
  summary: permissionProcedure("account.self")
    .input(z.object({ before: z.number().int().positive().optional() }).default({}))
    .output(ZPointsSummaryOut)
    .query(({ ctx, input }) => pointsSummary(ctx, ctx.user, input)),

  redeem: permissionProcedure("account.self")
    .input(ZRedeem)
    .output(z.object({ reward: z.string(), cost: z.number(), balance: z.number(), created: z.boolean() }))
    .mutation(({ ctx, input }) => redeemReward(ctx, ctx.user, input)),
});

/**
 * 智慧治理 (`governance.open.list`, `governance.publish.create`, `governance.data.get`,
 * `governance.snap.submit`, `governance.points.summary`). Other modules' governance features mount
 * their sub-routers here (e.g. `alerts`).
 */
export const governanceRouter = createTRPCRouter({
  open: openRouter,
  publish: publishRouter,
  data: dataRouter,
  snap: snapRouter,
  points: pointsRouter,
  alerts: alertsRouter,
});
