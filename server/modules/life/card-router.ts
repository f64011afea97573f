import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import * as card from "@/server/modules/citycard/service";
import { ZCardTxFilter, ZCounterRestore } from "@/server/modules/citycard/validation";
import { citizenWriteProcedure } from "./procedures";
import { ZCard, ZCardTransactions, ZOutlet } from "./outputs";

/** 市民卡: one's own card, transactions, 挂失 online; 解挂 at a counter only. */
export const cardRouter = createTRPCRouter({
  mine: permissionProcedure("citizen.services")
    .output(ZCard.nullable())
    .query(({ ctx }) => card.getMyCard(ctx.db, ctx.user)),

  transactions: permissionProcedure("citizen.services")
    .input(ZCardTxFilter)
    .output(ZCardTransactions)
    .query(({ ctx, input }) => card.listMyCardTransactions(ctx.db, ctx.user, input)),

  reportLoss: citizenWriteProcedure
    .output(z.object({ status: z.literal("lost"), lostAt: z.date(), changed: z.boolean() }))
    .mutation(({ ctx }) => card.reportCardLoss(ctx, ctx.user)),

  outlets: publicProcedure.output(z.array(ZOutlet)).query(({ ctx }) => card.listCardOutlets(ctx.db)),

  /** 解挂 by counter staff after checking the holder's ID card in person. */
  restore: permissionProcedure("citycard.counter")
    .input(ZCounterRestore)
    .output(z.object({ status: z.literal("active") }))
    .mutation(({ ctx, input }) => card.restoreCardAtCounter(ctx, ctx.user, input)),
});
