import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { QUEUE_NAMES } from "./queues";
import * as agent from "./agent";

const ZId = z.number().int().positive();
const ZVersion = z.number().int().positive();
const ZQueue = z.enum(QUEUE_NAMES as [string, ...string[]]).transform((q) => q as (typeof QUEUE_NAMES)[number]);

/**
 * Agent console: queues, caller lookup, intake on behalf, classify, answer, dispatch, duplicates+merge,
 * 催办, return visits, extension approvals. Reads need agent.console (agents, admins read-only);
 * changes need hotline.dispatch (agents). The service layer checks again.
 */
export const hotlineAgentRouter = createTRPCRouter({
  queueCounts: permissionProcedure("agent.console").query(({ ctx }) => agent.queueCounts(ctx, ctx.user)),
  queue: permissionProcedure("agent.console")
    .input(
      z.object({
        queue: ZQueue,
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).max(100_000).optional(),
      }),
    )
    .query(({ ctx, input }) => agent.queueList(ctx, ctx.user, input.queue, { limit: input.limit, offset: input.offset })),
  pendingExtensions: permissionProcedure("agent.console").query(({ ctx }) => agent.listPendingExtensions(ctx, ctx.user)),
  lookupCaller: permissionProcedure("agent.console")
    .input(z.object({ phone: z.string().max(30) }))
    .query(({ ctx, input }) => agent.lookupCaller(ctx, ctx.user, input.phone)),
  formOptions: permissionProcedure("agent.console").query(({ ctx }) => agent.formOptions(ctx.db)),
  dueDatePreview: permissionProcedure("agent.console")
    .input(z.object({ type: z.string().max(10) }))
    .query(({ ctx, input }) => agent.dueDatePreview(ctx.db, input.type)),
  ticket: permissionProcedure("agent.console")
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => agent.agentTicket(ctx, ctx.user, input.id)),
  latestState: permissionProcedure("agent.console")
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => agent.latestState(ctx, ctx.user, input.id)),

  createForCaller: permissionProcedure("hotline.dispatch")
    .input(z.record(z.string(), z.unknown()))
    .mutation(({ ctx, input }) => agent.createForCaller(ctx, ctx.user, input as never)),
  classify: permissionProcedure("hotline.dispatch")
    .input(z.object({ id: ZId, version: ZVersion, type: z.string().max(10), categoryId: z.number().int() }))
    .mutation(({ ctx, input }) => agent.classifyTicket(ctx, ctx.user, input.id, input.version, input)),
  answer: permissionProcedure("hotline.dispatch")
    .input(z.object({ id: ZId, version: ZVersion, answer: z.string().max(5000) }))
    .mutation(({ ctx, input }) => agent.answerDirectly(ctx, ctx.user, input.id, input.version, input.answer)),
  dispatch: permissionProcedure("hotline.dispatch")
    .input(z.object({ id: ZId, version: ZVersion, departmentId: z.number().int() }))
    .mutation(({ ctx, input }) => agent.dispatchTicket(ctx, ctx.user, input.id, input.version, input.departmentId)),
  revisit: permissionProcedure("hotline.dispatch")
    .input(z.object({ id: ZId, version: ZVersion, result: z.string().max(10), note: z.string().max(2000).optional() }))
    .mutation(({ ctx, input }) => agent.recordReturnVisit(ctx, ctx.user, input.id, input.version, input.result, input.note)),
  merge: permissionProcedure("hotline.dispatch")
    .input(z.object({ dupId: ZId, dupVersion: ZVersion, primaryId: ZId, primaryVersion: ZVersion }))
    .mutation(({ ctx, input }) => agent.mergeTicket(ctx, ctx.user, input.dupId, input.dupVersion, input.primaryId, input.primaryVersion)),
  urge: permissionProcedure("hotline.dispatch")
    .input(z.object({ id: ZId, version: ZVersion, note: z.string().max(2000).optional() }))
    .mutation(({ ctx, input }) => agent.urgeTicket(ctx, ctx.user, input.id, input.version, input.note)),
  decideExtension: permissionProcedure("hotline.dispatch")
    .input(
      z.object({
        extensionId: ZId,
        ticketVersion: ZVersion,
        decision: z.enum(["approve", "reject"]),
        note: z.string().max(2000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => agent.decideExtension(ctx, ctx.user, input.extensionId, input.ticketVersion, input.decision, input.note)),
});
