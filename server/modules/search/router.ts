import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";
import { globalSearch } from "./service";
import { SEARCH_SECTIONS, ZGlobalSearch } from "./validation";

const ZMatch = z.object({ field: z.enum(["title", "summary"]), start: z.number(), end: z.number() }).optional();

/** The global search (`search.query`). */
export const searchRouter = createTRPCRouter({
  query: publicProcedure
    .input(ZGlobalSearch)
    .output(
      z.object({
        q: z.string(),
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        indexed: z.number(),
        sections: z.array(z.object({ section: z.enum(SEARCH_SECTIONS), name: z.string(), count: z.number() })),
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            section: z.enum(SEARCH_SECTIONS),
            sectionName: z.string(),
            title: z.string(),
            url: z.string(),
            summary: z.string(),
            keywords: z.array(z.string()),
            date: z.string().optional(),
            match: ZMatch,
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => globalSearch(ctx.db, input)),
});
