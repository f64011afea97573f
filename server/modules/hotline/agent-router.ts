import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { QUEUE_NAMES, QUEUE_SORTS } from "./queues";
import * as agent from "./agent";
import { REQUEST_TYPES, ZAgentIntake, ZAnswer, ZClassify, ZDecideExtension, ZDispatch, ZMerge, ZRevisit, ZUrge } from "./validation";
import { ZAgentTicket, ZAttachmentOut, ZCategoryOption, ZExtensionOut, ZQueueRow, ZSupportersOut, ZTransition } from "./outputs";

const ZEventOut = z.object({
  id: z.number(),
  at: z.date(),
  actorRole: z.string().nullable(),
  actorName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string().nullable(),
});

const ZTicketLink = z.object({ id: z.number(), ticketNo: z.string() });

/**
 * Agent console: queues, caller lookup, intake on behalf, classify, answer, dispatch, duplicates+merge,
 * 催办, return visits, extension approvals. Reads need agent.console (agents, admins read-only);
 * changes need hotline.dispatch (agents). The service layer checks again.
 */
export const agentRouter = createTRPCRouter({
  queueCounts: permissionProcedure("agent.console")
    .output(
      z.object({
        new: z.number(),
        dispatched: z.number(),
        overdue: z.number(),
        returned: z.number(),
        revisit: z.number(),
        extensions: z.number(),
      }),
    )
    .query(({ ctx }) => agent.queueCounts(ctx, ctx.user)),

  queue: permissionProcedure("agent.console")
    .input(
      z.object({
        queue: z.enum(QUEUE_NAMES, { error: "没有这个队列" }),
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).max(100_000).optional(),
        sort: z.enum(QUEUE_SORTS, { error: "没有这种排序" }).optional(),
      }),
    )
    .output(z.array(ZQueueRow))
    .query(({ ctx, input }) => agent.queueList(ctx, ctx.user, input.queue, { limit: input.limit, offset: input.offset, sort: input.sort })),

  pendingExtensions: permissionProcedure("agent.console")
    .output(
      z.array(
        z.object({
          id: z.number(),
          ticketId: z.number(),
          ticketNo: z.string(),
          ticketStatus: z.string(),
          ticketVersion: z.number(),
          dueDate: z.string().nullable(),
          departmentName: z.string().nullable(),
          categoryName: z.string(),
          extraDays: z.number(),
          reason: z.string(),
          requestedBy: z.string().nullable(),
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx }) => agent.listPendingExtensions(ctx, ctx.user)),

  lookupCaller: permissionProcedure("agent.console")
    .input(z.object({ phone: z.string().max(30, agent.CALLER_PHONE_MESSAGE) }))
    .output(
      z.object({
        phone: z.string(),
        account: z
          .object({ name: z.string().nullable(), realNameVerified: z.boolean(), isEnterprise: z.boolean(), registeredAt: z.date() })
          .nullable(),
        history: z.array(
          z.object({
            id: z.number(),
            ticketNo: z.string(),
            type: z.string(),
            status: z.string(),
            channel: z.string(),
            description: z.string(),
            categoryName: z.string(),
            departmentName: z.string().nullable(),
            dueDate: z.string().nullable(),
            satisfaction: z.string().nullable(),
            createdAt: z.date(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => agent.lookupCaller(ctx, ctx.user, input.phone)),

  /** The caller's name unmasked, for the agent on the call; audited (the citizen's /me/privacy lists it). */
  revealCallerName: permissionProcedure("agent.console")
    .input(z.object({ phone: z.string().max(30, agent.CALLER_PHONE_MESSAGE) }))
    .output(z.object({ name: z.string().nullable() }))
    .mutation(({ ctx, input }) => agent.revealCallerName(ctx, ctx.user, input.phone)),

  formOptions: permissionProcedure("agent.console")
    .output(
      z.object({
        types: z.array(z.enum(REQUEST_TYPES)),
        categories: z.array(ZCategoryOption),
        departments: z.array(z.object({ id: z.number(), name: z.string(), shortName: z.string(), kind: z.string() })),
        slaDays: z.record(z.string(), z.number()),
      }),
    )
    .query(({ ctx }) => agent.formOptions(ctx.db)),

  dueDatePreview: permissionProcedure("agent.console")
    .input(z.object({ type: z.string().trim().max(10, "诉求类型不正确") }))
    .output(z.object({ type: z.string(), workingDays: z.number(), dueDate: z.string() }))
    .query(({ ctx, input }) => agent.dueDatePreview(ctx.db, input.type)),

  ticket: permissionProcedure("agent.console")
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        ticket: ZAgentTicket,
        categoryName: z.string(),
        categoryGroupName: z.string().nullable(),
        suggestedDepartmentId: z.number().nullable(),
        departmentName: z.string().nullable(),
        overdue: z.boolean(),
        canUrge: z.boolean(),
        events: z.array(ZEventOut),
        attachments: z.array(ZAttachmentOut),
        duplicates: z.array(
          z.object({
            id: z.number(),
            ticketNo: z.string(),
            status: z.string(),
            description: z.string(),
            address: z.string().nullable(),
            lat: z.number().nullable(),
            lng: z.number().nullable(),
            createdAt: z.date(),
            distanceM: z.number().nullable(),
            version: z.number(),
          }),
        ),
        extensions: z.array(ZExtensionOut),
        pendingExtension: ZExtensionOut.nullable(),
        mergedInto: ZTicketLink.nullable(),
        merged: z.array(ZTicketLink),
        supporters: ZSupportersOut,
        canAct: z.boolean(),
      }),
    )
    .query(({ ctx, input }) => agent.agentTicket(ctx, ctx.user, input.id)),

  latestState: permissionProcedure("agent.console")
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        status: z.string(),
        version: z.number(),
        lastEvent: z
          .object({ at: z.date(), note: z.string().nullable(), toStatus: z.string(), actorName: z.string().nullable() })
          .nullable(),
      }),
    )
    .query(({ ctx, input }) => agent.latestState(ctx, ctx.user, input.id)),

  createForCaller: permissionProcedure("hotline.dispatch")
    .input(ZAgentIntake)
    .output(z.object({ id: z.number(), ticketNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => agent.createForCaller(ctx, ctx.user, input)),

  classify: permissionProcedure("hotline.dispatch")
    .input(ZClassify)
    .output(ZTransition)
    .mutation(({ ctx, input }) => agent.classifyTicket(ctx, ctx.user, input.id, input.version, input)),

  answer: permissionProcedure("hotline.dispatch")
    .input(ZAnswer)
    .output(ZTransition)
    .mutation(({ ctx, input }) => agent.answerDirectly(ctx, ctx.user, input.id, input.version, input.answer)),

  dispatch: permissionProcedure("hotline.dispatch")
    .input(ZDispatch)
    .output(ZTransition.extend({ dueDate: z.string() }))
    .mutation(({ ctx, input }) => agent.dispatchTicket(ctx, ctx.user, input.id, input.version, input.departmentId)),

  revisit: permissionProcedure("hotline.dispatch")
    .input(ZRevisit)
    .output(ZTransition)
    .mutation(({ ctx, input }) => agent.recordReturnVisit(ctx, ctx.user, input.id, input.version, input.result, input.note)),

  merge: permissionProcedure("hotline.dispatch")
    .input(ZMerge)
    .output(z.object({ dup: ZTransition, primary: ZTransition }))
    .mutation(({ ctx, input }) => agent.mergeTicket(ctx, ctx.user, input.dupId, input.dupVersion, input.primaryId, input.primaryVersion)),

  urge: permissionProcedure("hotline.dispatch")
    .input(ZUrge)
    .output(ZTransition)
    .mutation(({ ctx, input }) => agent.urgeTicket(ctx, ctx.user, input.id, input.version, input.note)),

  decideExtension: permissionProcedure("hotline.dispatch")
    .input(ZDecideExtension)
    .output(ZTransition.extend({ newDueDate: z.string().nullable() }))
    .mutation(({ ctx, input }) => agent.decideExtension(ctx, ctx.user, input.extensionId, input.ticketVersion, input.decision, input.note)),
});
