import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import * as staff from "./staff";

const ZTicketRef = z.object({ id: z.number().int().positive(), version: z.number().int().positive() });

/** Department desk: queue, 签收, reply, extension request, 退单. The service checks the department. */
export const hotlineStaffRouter = createTRPCRouter({
  queue: permissionProcedure("department.handle")
    .input(z.object({ tab: staff.ZStaffTab.default("dispatched"), page: z.number().int().min(1).max(10_000).default(1) }))
    .query(({ ctx, input }) => staff.listStaffQueue(ctx, ctx.user, input)),

  get: permissionProcedure("department.handle")
    .input(z.object({ id: z.number().int().positive() }))
    .query(({ ctx, input }) => staff.getStaffTicket(ctx, ctx.user, input.id)),

  accept: permissionProcedure("department.handle")
    .input(ZTicketRef)
    .mutation(({ ctx, input }) => staff.staffAccept(ctx, ctx.user, input.id, input.version)),

  reply: permissionProcedure("department.handle")
    .input(ZTicketRef.extend({ reply: z.string().max(5000) }))
    .mutation(({ ctx, input }) => staff.staffReply(ctx, ctx.user, input.id, input.version, input.reply)),

  requestExtension: permissionProcedure("department.handle")
    .input(ZTicketRef.extend({ newDueDate: z.string().max(20), reason: z.string().max(2000) }))
    .mutation(({ ctx, input }) =>
      staff.requestExtension(ctx, ctx.user, input.id, input.version, { newDueDate: input.newDueDate, reason: input.reason }),
    ),

  return: permissionProcedure("department.handle")
    .input(ZTicketRef.extend({ reason: z.string().max(2000) }))
    .mutation(({ ctx, input }) => staff.staffReturn(ctx, ctx.user, input.id, input.version, input.reason)),
});
