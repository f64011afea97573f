import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId, zPaged } from "@/server/lib/validation";
import * as citizen from "./citizen";
import { mineSummary } from "./citizen-summary";
import * as supporters from "./supporters";
import { REQUEST_TYPES, ZCitizenSubmitForm, ZFollow, ZJoin, ZPage, ZRate, ZSuggestQuery, ZUnfollow } from "./validation";
import { ZAttachmentOut, ZDeadlinePreview } from "./outputs";

const ZLeaf = z.object({ id: z.number(), name: z.string(), departmentName: z.string().nullable(), needsLocation: z.boolean() });
const ZSummaryItem = z.object({
  id: z.number(),
  ticketNo: z.string(),
  status: z.string(),
  categoryName: z.string(),
  dueDate: z.string().nullable(),
});
const ZEvent = z.object({ at: z.date(), fromStatus: z.string().nullable(), toStatus: z.string(), note: z.string().nullable() });

/** Citizen and public 12345: categories, submit, own requests, rating, public answered requests and hot topics. */
export const citizenRouter = createTRPCRouter({
  categories: publicProcedure
    .output(z.array(z.object({ id: z.number(), name: z.string(), departmentName: z.string().nullable(), children: z.array(ZLeaf) })))
    .query(({ ctx }) => citizen.categoryTree(ctx.db)),

  sla: publicProcedure
    .output(z.array(z.object({ type: z.enum(REQUEST_TYPES), workingDays: z.number() })))
    .query(({ ctx }) => citizen.slaTable(ctx.db)),

  /** 办理时限速查 (the working-day check on the agent and department desks); public data only. */
  deadlinePreview: publicProcedure.output(ZDeadlinePreview).query(({ ctx }) => citizen.deadlinePreview(ctx.db)),

  /** 我的: own requests by status, those waiting for the citizen's rating, and overdue ones. */
  summary: permissionProcedure("account.self")
    .output(
      z.object({
        byStatus: z.array(z.object({ status: z.string(), count: z.number() })),
        awaitingRating: z.object({ total: z.number(), items: z.array(ZSummaryItem) }),
        overdue: z.object({ total: z.number(), items: z.array(ZSummaryItem) }),
      }),
    )
    .query(({ ctx }) => mineSummary(ctx.db, ctx.user)),

  contactDefaults: permissionProcedure("account.self")
    .output(z.object({ name: z.string(), phone: z.string() }))
    .query(({ ctx }) => citizen.contactDefaults(ctx.db, ctx.user)),

  submit: permissionProcedure("account.self")
    .input(ZCitizenSubmitForm)
    .output(z.object({ id: z.number(), ticketNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => citizen.submitRequest(ctx, ctx.user, input)),

  mine: permissionProcedure("account.self")
    .input(ZPage)
    .output(
      zPaged(
        z.object({
          id: z.number(),
          ticketNo: z.string(),
          type: z.string(),
          status: z.string(),
          description: z.string(),
          categoryName: z.string(),
          dueDate: z.string().nullable(),
          citizenRating: z.number().nullable(),
          awaitingRating: z.boolean(),
          createdAt: z.date(),
          updatedAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => citizen.listMine(ctx, ctx.user, input)),

  get: permissionProcedure("account.self")
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        ticketNo: z.string(),
        type: z.string(),
        status: z.string(),
        channel: z.string(),
        description: z.string(),
        district: z.string().nullable(),
        address: z.string().nullable(),
        lat: z.number().nullable(),
        lng: z.number().nullable(),
        isPublic: z.boolean(),
        contactName: z.string().nullable(),
        contactPhone: z.string().nullable(),
        categoryName: z.string(),
        groupName: z.string().nullable(),
        departmentName: z.string().nullable(),
        dueDate: z.string().nullable(),
        slaWorkingDays: z.number(),
        answer: z.string().nullable(),
        repliedAt: z.date().nullable(),
        closedAt: z.date().nullable(),
        citizenRating: z.number().nullable(),
        citizenComment: z.string().nullable(),
        ratedAt: z.date().nullable(),
        canRate: z.boolean(),
        createdAt: z.date(),
        events: z.array(ZEvent),
        attachments: z.array(ZAttachmentOut),
      }),
    )
    .query(({ ctx, input }) => citizen.getMine(ctx, ctx.user, input.id)),

  rate: permissionProcedure("account.self")
    .input(ZRate)
    .output(z.object({ rating: z.number() }))
    .mutation(({ ctx, input }) => citizen.rateMine(ctx, ctx.user, input)),

  publicList: publicProcedure
    .input(ZPage)
    .output(
      // Deliberately no contact, address, coordinates or ticket number: this is public.
      zPaged(
        z.object({
          id: z.number(),
          type: z.string(),
          status: z.string(),
          categoryName: z.string(),
          district: z.string().nullable(),
          description: z.string(),
          answer: z.string().nullable(),
          departmentName: z.string().nullable(),
          createdAt: z.date(),
          answeredAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => citizen.publicList(ctx.db, input)),

  hotTopics: publicProcedure
    .output(
      z.object({
        days: z.number(),
        since: z.date(),
        items: z.array(z.object({ categoryId: z.number(), name: z.string(), groupName: z.string().nullable(), count: z.number() })),
      }),
    )
    .query(({ ctx }) => citizen.hotTopics(ctx.db)),

  /** The suggestion step on /12345: open public requests of the category within 200 m or at the same address (30 days). */
  suggestions: permissionProcedure("account.self")
    .input(ZSuggestQuery)
    .output(
      z.array(
        z.object({
          id: z.number(),
          type: z.string(),
          status: z.string(),
          categoryName: z.string(),
          district: z.string().nullable(),
          description: z.string(),
          createdAt: z.date(),
          joinCount: z.number(),
          distanceM: z.number().nullable(),
          sameAddress: z.boolean(),
          photoId: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx, input }) => supporters.suggestSimilar(ctx.db, input)),

  /** 附议 ("我也遇到了"), once per citizen per request. */
  join: permissionProcedure("account.self")
    .input(ZJoin)
    .output(z.object({ ticketId: z.number(), joinCount: z.number() }))
    .mutation(({ ctx, input }) => supporters.joinRequest(ctx, ctx.user, input)),

  follow: permissionProcedure("account.self")
    .input(ZFollow)
    .output(z.object({ ticketId: z.number(), already: z.boolean() }))
    .mutation(({ ctx, input }) => supporters.followRequest(ctx, ctx.user, input)),

  unfollow: permissionProcedure("account.self")
    .input(ZUnfollow)
    .output(z.object({ ticketId: z.number() }))
    .mutation(({ ctx, input }) => supporters.unfollowRequest(ctx, ctx.user, input)),

  /** Requests the citizen joined or follows (我的诉求 › 我关注的). */
  followed: permissionProcedure("account.self")
    .input(ZPage)
    .output(
      zPaged(
        z.object({
          id: z.number(),
          type: z.string(),
          status: z.string(),
          categoryName: z.string(),
          description: z.string(),
          joinCount: z.number(),
          joined: z.boolean(),
          sms: z.boolean(),
          followedAt: z.date(),
          updatedAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => supporters.listFollowed(ctx, ctx.user, input)),

  /** One public request (/12345/public/[id]); private ones are NOT_FOUND. No contact, address, coordinates or ticket number. */
  publicRequest: publicProcedure
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        type: z.string(),
        status: z.string(),
        categoryName: z.string(),
        district: z.string().nullable(),
        place: z.string().nullable(),
        description: z.string(),
        answer: z.string().nullable(),
        departmentName: z.string().nullable(),
        joinCount: z.number(),
        supporterCount: z.number(),
        open: z.boolean(),
        merged: z.boolean(),
        mergedIntoId: z.number().nullable(),
        createdAt: z.date(),
        answeredAt: z.date().nullable(),
        timeline: z.array(z.object({ at: z.date(), status: z.string(), text: z.string() })),
        photoIds: z.array(z.string()),
      }),
    )
    .query(({ ctx, input }) => supporters.publicRequest(ctx.db, input.id)),
});
