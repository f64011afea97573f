import { z } from "zod";
import { createTRPCRouter, permissionProcedure, rateLimitedProcedure } from "@/server/trpc";
import { zId } from "@/server/lib/validation";
import * as apps from "./service";
import { ZFormPage } from "@/server/modules/catalogue/validation";
import { ZAppId, ZCloseFollowUp, ZHandle, ZQueueTab, ZRating, ZSavePage, ZSubmit, ZTrack } from "./validation";
import { APPLICATION_STATUSES } from "./labels";

/** Stored as text; leaves as one of the statuses (a row with anything else fails output validation). */
const ZStatus = z.string().pipe(z.enum(APPLICATION_STATUSES));
const ZSummaryItem = z.object({
  id: z.number(),
  serialNo: z.string().nullable(),
  status: ZStatus,
  itemName: z.string(),
  dueDate: z.string().nullable(),
  correctionReason: z.string().nullable(),
});
const ZAnswers = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const ZEvent = z.object({
  at: z.date(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
  actorRole: z.string().nullable(),
});
const ZAttachment = z.object({ id: z.string(), fieldName: z.string(), fileName: z.string(), mimeType: z.string(), sizeBytes: z.number() });
const ZRatingOut = z
  .object({
    score: z.number(),
    comment: z.string().nullable(),
    reason: z.string().nullable(),
    followUpStatus: z.string().nullable(),
    followUpNote: z.string().nullable(),
  })
  .nullable();
const ZFormPages = z.array(ZFormPage).nullable();
const ZCase = z.object({
  id: z.number(),
  serialNo: z.string().nullable(),
  itemId: z.number(),
  status: ZStatus,
  answers: ZAnswers,
  correctionReason: z.string().nullable(),
  resultNote: z.string().nullable(),
  submittedAt: z.date().nullable(),
  acceptedAt: z.date().nullable(),
  dueDate: z.string().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  item: z.object({ id: z.number(), name: z.string(), form: ZFormPages, promisedDays: z.number(), departmentName: z.string() }),
  events: z.array(ZEvent),
  attachments: z.array(ZAttachment),
  rating: ZRatingOut,
});

export const applicationsRouter = createTRPCRouter({
  start: permissionProcedure("account.self")
    .input(z.object({ itemId: zId("事项编号无效") }))
    .output(z.object({ id: z.number(), firstPageId: z.string() }))
    .mutation(({ ctx, input }) => apps.startApplication(ctx, ctx.user, input.itemId)),

  savePage: permissionProcedure("account.self")
    .input(ZSavePage)
    .output(
      z.object({ nextPageId: z.string().nullable(), errors: z.record(z.string(), z.array(z.string())).nullable(), answers: ZAnswers }),
    )
    .mutation(({ ctx, input }) => apps.savePage(ctx, ctx.user, input)),

  submit: permissionProcedure("account.self")
    .input(ZSubmit)
    .output(z.object({ id: z.number(), serialNo: z.string() }))
    .mutation(({ ctx, input }) => apps.submitApplication(ctx, ctx.user, input)),

  mine: permissionProcedure("account.self")
    .output(
      z.array(
        z.object({
          id: z.number(),
          serialNo: z.string().nullable(),
          status: ZStatus,
          itemName: z.string(),
          updatedAt: z.date(),
          dueDate: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => apps.listOwnApplications(ctx.db, ctx.user)),

  /** 我的: own applications by status and what waits for the citizen (待补正, 待评价, drafts, overdue). */
  summary: permissionProcedure("account.self")
    .output(
      z.object({
        byStatus: z.array(z.object({ status: ZStatus, count: z.number() })),
        correction: z.array(ZSummaryItem),
        awaitingRating: z.array(ZSummaryItem),
        drafts: z.array(ZSummaryItem),
        overdue: z.array(ZSummaryItem),
      }),
    )
    .query(({ ctx }) => apps.ownSummary(ctx.db, ctx.user)),

  get: permissionProcedure("account.self")
    .input(ZAppId)
    .output(
      ZCase.extend({
        incompletePages: z.array(z.object({ pageId: z.string(), title: z.string(), errors: z.record(z.string(), z.array(z.string())) })),
        prefilled: z.array(z.string()),
      }),
    )
    .query(({ ctx, input }) => apps.getOwnApplication(ctx.db, ctx.user, input.id)),

  rate: permissionProcedure("account.self")
    .input(ZRating)
    .output(z.object({ followUp: z.boolean() }))
    .mutation(({ ctx, input }) => apps.rateApplication(ctx, ctx.user, input)),

  track: rateLimitedProcedure("trackIp")
    .input(ZTrack)
    .output(
      z.object({
        serialNo: z.string(),
        status: z.string(),
        itemName: z.string(),
        departmentName: z.string(),
        submittedAt: z.date().nullable(),
        dueDate: z.string().nullable(),
        events: z.array(z.object({ at: z.date(), toStatus: z.string() })),
      }),
    )
    .query(({ ctx, input }) => apps.trackApplication(ctx.db, input)),

  queue: permissionProcedure("department.handle")
    .input(z.object({ tab: ZQueueTab.default("pending"), page: z.number().int().min(1).max(10_000).default(1) }))
    .output(
      z.object({
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        today: z.string(),
        items: z.array(
          z.object({
            id: z.number(),
            serialNo: z.string().nullable(),
            status: z.string(),
            itemName: z.string(),
            submittedAt: z.date().nullable(),
            dueDate: z.string().nullable(),
            overdue: z.boolean(),
          }),
        ),
        byStatus: z.record(z.string(), z.number()),
        overdue: z.number(),
      }),
    )
    .query(({ ctx, input }) => apps.listDepartmentQueue(ctx.db, ctx.user, input)),

  staffGet: permissionProcedure("department.handle")
    .input(ZAppId)
    .output(ZCase.extend({ applicant: z.object({ name: z.string(), phone: z.string() }) }))
    .query(({ ctx, input }) => apps.getDepartmentApplication(ctx.db, ctx.user, input.id)),

  handle: permissionProcedure("department.handle")
    .input(ZHandle)
    .output(z.object({ status: ZStatus }))
    .mutation(({ ctx, input }) => apps.handleApplication(ctx, ctx.user, input)),

  closeFollowUp: permissionProcedure("department.handle")
    .input(ZCloseFollowUp)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => apps.closeFollowUp(ctx, ctx.user, input)),

  satisfaction: permissionProcedure("admin.console")
    .output(
      z.array(
        z.object({
          departmentId: z.number(),
          departmentName: z.string(),
          ratings: z.number(),
          satisfied: z.coerce.number(),
          openFollowUps: z.coerce.number(),
        }),
      ),
    )
    .query(({ ctx }) => apps.departmentSatisfaction(ctx.db)),
});
