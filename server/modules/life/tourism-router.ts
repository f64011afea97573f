import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { ZBookInput } from "@/server/modules/booking/validation";
import * as tourism from "@/server/modules/tourism/service";
import { citizenWriteProcedure, ZCode, ZToken } from "./procedures";
import { ZSpot, ZSpotListItem, ZTicket, ZTicketCheck, ZTicketListItem } from "./outputs";

/** 畅游南通: scenic spots, day tickets with a daily capacity, QR tickets and the gate check. */
export const tourismRouter = createTRPCRouter({
  spots: publicProcedure.output(z.array(ZSpotListItem)).query(({ ctx }) => tourism.listSpots(ctx.db)),

  spot: publicProcedure
    .input(z.object({ code: ZCode }))
    .output(ZSpot)
    .query(({ ctx, input }) => tourism.getSpot(ctx.db, input.code)),

  book: citizenWriteProcedure
    .input(ZBookInput)
    .output(ZTicket.extend({ created: z.boolean() }))
    .mutation(({ ctx, input }) => tourism.bookTicket(ctx, ctx.user, input)),

  cancel: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(ZTicket)
    .mutation(({ ctx, input }) => tourism.cancelTicket(ctx, ctx.user, input.id)),

  mine: permissionProcedure("citizen.services")
    .output(z.array(ZTicketListItem))
    .query(({ ctx }) => tourism.listMyTickets(ctx.db, ctx.user)),

  ticket: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(ZTicket)
    .query(({ ctx, input }) => tourism.getMyTicket(ctx.db, ctx.user, input.id)),

  /** Gate staff of the spot scan (or type) the ticket's code: valid today → marked used. */
  check: permissionProcedure("life.desk")
    .input(z.object({ token: ZToken }))
    .output(ZTicketCheck)
    .mutation(({ ctx, input }) => tourism.checkTicket(ctx, ctx.user, input.token)),
});
