import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { getCatalogueItem, listDepartmentsWithItems, searchCatalogue } from "./service";
import { SECTION_SLUGS, ZCatalogueQuery, ZFormPage, ZGuideFields } from "./validation";

const ZSummary = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  section: z.enum(SECTION_SLUGS),
  departmentCode: z.string(),
  departmentName: z.string(),
  audience: z.enum(["personal", "enterprise"]),
  theme: z.string(),
  kind: z.string(),
  summary: z.string(),
  online: z.boolean(),
  promisedDays: z.number(),
  legalDays: z.number(),
  visits: z.number(),
  requiresRealName: z.boolean(),
});
const ZMatch = z.object({ field: z.enum(["title", "summary"]), start: z.number(), end: z.number() });

export const ZCatalogueItemFull = ZGuideFields.extend({
  id: z.number(),
  section: z.string(),
  departmentId: z.number(),
  departmentCode: z.string(),
  departmentName: z.string(),
  audience: z.string(),
  kind: z.string(),
  place: z.string().nullable(),
  form: z.array(ZFormPage).nullable(),
  version: z.number(),
  updatedAt: z.date(),
  satisfaction: z.object({ ratings: z.number(), satisfiedRate: z.number() }).nullable(),
});

/** The public catalogue: search and browse, departments, one item with its guide and form. */
export const cataloguePublicRouter = createTRPCRouter({
  search: publicProcedure
    .input(ZCatalogueQuery)
    .output(
      z.object({
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        items: z.array(ZSummary.extend({ match: ZMatch.optional() })),
        facets: z.object({
          sections: z.record(z.string(), z.number()),
          audiences: z.record(z.string(), z.number()),
          themes: z.array(z.object({ theme: z.string(), count: z.number() })),
          online: z.number(),
        }),
        suggestions: z.array(ZSummary),
      }),
    )
    .query(({ ctx, input }) => searchCatalogue(ctx.db, input)),

  departments: publicProcedure
    .output(z.array(z.object({ code: z.string(), shortName: z.string(), count: z.number() })))
    .query(({ ctx }) => listDepartmentsWithItems(ctx.db)),

  item: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZCatalogueItemFull)
    .query(({ ctx, input }) => getCatalogueItem(ctx.db, input.id)),
});
