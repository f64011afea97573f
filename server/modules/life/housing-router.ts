import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import * as housing from "@/server/modules/housing/service";
import { ZFundAccount, ZFundEntries } from "./outputs";

/** 安居南通: one's own 公积金 account (sample data) and its history. */
export const housingRouter = createTRPCRouter({
  account: permissionProcedure("citizen.services")
    .output(ZFundAccount.nullable())
    .query(({ ctx }) => housing.getMyFundAccount(ctx.db, ctx.user)),

  entries: permissionProcedure("citizen.services")
    .input(housing.ZFundEntryFilter)
    .output(ZFundEntries)
    .query(({ ctx, input }) => housing.listMyFundEntries(ctx.db, ctx.user, input)),
});
