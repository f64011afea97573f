import { z } from "zod";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { REQUEST_TYPES } from "./validation";
import * as stats from "./stats";

/** Statistics for agents and admins (hotline.stats); the SLA table for admins (hotline.admin). Thin: the service checks again. */
export const hotlineStatsRouter = createTRPCRouter({
  summary: permissionProcedure("hotline.stats")
    .input(
      z.object({
        preset: z.enum(["week", "lastWeek", "month", "last30", "custom"]).default("week"),
        from: z.string().max(20).optional(),
        to: z.string().max(20).optional(),
      }),
    )
    .query(({ ctx, input }) => stats.hotlineStats(ctx, ctx.user, input)),

  slaRules: permissionProcedure("hotline.stats").query(({ ctx }) => stats.listSlaRules(ctx, ctx.user)),

  updateSla: permissionProcedure("hotline.admin")
    .input(z.object({ requestType: z.enum(REQUEST_TYPES), workingDays: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const result = await stats.updateSlaRule(ctx, ctx.user, input);
      revalidatePublic(PAGE_TAGS.hotlineSla);
      return result;
    }),
});
