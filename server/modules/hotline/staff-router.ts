import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import * as staff from "./staff";
import { ZStaffExtension, ZStaffReply, ZStaffReturn, ZTicketRef } from "./validation";
import { ZAttachmentOut, ZAttributes, ZExtensionOut, ZTransition } from "./outputs";

const ZCounts = z.object({ dispatched: z.number(), accepted: z.number(), overdue: z.number(), replied: z.number() });

/** Department desk: queue, 签收, reply, extension request, 退单. The service checks the department. */
export const staffRouter = createTRPCRouter({
  queue: permissionProcedure("department.handle")
    .input(z.object({ tab: staff.ZStaffTab.default("dispatched"), page: z.number().int().min(1).max(10_000).default(1) }))
    .output(
      z.object({
        tab: staff.ZStaffTab,
        page: z.number(),
        pageSize: z.number(),
        today: z.string(),
        total: z.number(),
        counts: ZCounts,
        items: z.array(
          z.object({
            id: z.number(),
            ticketNo: z.string(),
            type: z.string(),
            status: z.string(),
            description: z.string(),
            district: z.string().nullable(),
            address: z.string().nullable(),
            categoryName: z.string(),
            dueDate: z.string().nullable(),
            urgeCount: z.number(),
            version: z.number(),
            createdAt: z.date(),
            overdue: z.boolean(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => staff.listStaffQueue(ctx, ctx.user, input)),

  get: permissionProcedure("department.handle")
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        ticket: z.object({
          id: z.number(),
          ticketNo: z.string(),
          type: z.string(),
          channel: z.string(),
          status: z.string(),
          description: z.string(),
          district: z.string().nullable(),
          address: z.string().nullable(),
          lat: z.number().nullable(),
          lng: z.number().nullable(),
          contactName: z.string().nullable(),
          contactPhone: z.string().nullable(),
          dueDate: z.string().nullable(),
          answer: z.string().nullable(),
          urgeCount: z.number(),
          lastUrgedAt: z.date().nullable(),
          attributes: ZAttributes,
          dispatchedAt: z.date().nullable(),
          repliedAt: z.date().nullable(),
          createdAt: z.date(),
          version: z.number(),
        }),
        categoryName: z.string(),
        overdue: z.boolean(),
        events: z.array(
          z.object({
            at: z.date(),
            fromStatus: z.string().nullable(),
            toStatus: z.string(),
            note: z.string().nullable(),
            actorRole: z.string().nullable(),
          }),
        ),
        photos: z.array(ZAttachmentOut),
        extensions: z.array(ZExtensionOut),
        pendingExtension: ZExtensionOut.nullable(),
        actions: z.object({ accept: z.boolean(), reply: z.boolean(), requestExtension: z.boolean(), return: z.boolean() }),
        open: z.boolean(),
        extensionMinDate: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => staff.getStaffTicket(ctx, ctx.user, input.id)),

  accept: permissionProcedure("department.handle")
    .input(ZTicketRef)
    .output(ZTransition)
    .mutation(({ ctx, input }) => staff.staffAccept(ctx, ctx.user, input.id, input.version)),

  reply: permissionProcedure("department.handle")
    .input(ZStaffReply)
    .output(ZTransition)
    .mutation(({ ctx, input }) => staff.staffReply(ctx, ctx.user, input.id, input.version, input.reply)),

  requestExtension: permissionProcedure("department.handle")
    .input(ZStaffExtension)
    .output(ZTransition.extend({ extensionId: z.number(), extraDays: z.number(), newDueDate: z.string() }))
    .mutation(({ ctx, input }) =>
      staff.requestExtension(ctx, ctx.user, input.id, input.version, { newDueDate: input.newDueDate, reason: input.reason }),
    ),

  return: permissionProcedure("department.handle")
    .input(ZStaffReturn)
    .output(ZTransition)
    .mutation(({ ctx, input }) => staff.staffReturn(ctx, ctx.user, input.id, input.version, input.reason)),
});
