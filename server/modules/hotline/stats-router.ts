import { z } from "zod";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { PRESET_IDS, REQUEST_TYPES, ZSlaUpdate, ZStatsRange } from "./validation";
import * as stats from "./stats";

const ZRate = z.number().nullable();
const ZCountersOut = z.object({
  received: z.number(),
  dispatched: z.number(),
  direct: z.number(),
  closed: z.number(),
  replied: z.number(),
  repliedOnTime: z.number(),
  rated: z.number(),
  satisfied: z.number(),
});

/** Statistics for agents and admins (hotline.stats); the SLA table for admins (hotline.admin). Thin: the service checks again. */
export const statsRouter = createTRPCRouter({
  summary: permissionProcedure("hotline.stats")
    .input(ZStatsRange)
    .output(
      z.object({
        range: z.object({ preset: z.enum(PRESET_IDS), from: z.string(), to: z.string(), label: z.string(), days: z.number() }),
        totals: ZCountersOut.extend({ directRate: ZRate, onTimeRate: ZRate, satisfactionRate: ZRate }),
        topCategories: z.array(z.object({ categoryId: z.number(), name: z.string(), group: z.string().nullable(), received: z.number() })),
        joins: z.object({ count: z.number(), requests: z.number() }),
        departments: z.array(
          z.object({
            departmentId: z.number(),
            name: z.string(),
            dispatched: z.number(),
            replied: z.number(),
            repliedOnTime: z.number(),
            onTimeRate: ZRate,
            satisfactionRate: ZRate,
          }),
        ),
        divisions: z.array(z.object({ district: z.string(), received: z.number(), share: ZRate })),
        noDivision: z.number(),
        recomputedDays: z.number(),
      }),
    )
    .query(({ ctx, input }) => stats.hotlineStats(ctx, ctx.user, input)),

  slaRules: permissionProcedure("hotline.stats")
    .output(z.array(z.object({ requestType: z.string(), workingDays: z.number() })))
    .query(({ ctx }) => stats.listSlaRules(ctx, ctx.user)),

  updateSla: permissionProcedure("hotline.admin")
    .input(ZSlaUpdate)
    .output(z.object({ requestType: z.enum(REQUEST_TYPES), workingDays: z.number(), previous: z.number().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const result = await stats.updateSlaRule(ctx, ctx.user, input);
      revalidatePublic(PAGE_TAGS.hotlineSla);
      return result;
    }),
});
