import { z } from "zod";
import { createTRPCRouter, permissionProcedure, protectedProcedure } from "@/server/trpc";
import * as kb from "./knowledge";

const ZId = z.object({ id: z.number().int().positive() });

/**
 * Knowledge base: search, articles, agent proposals, admin publishing. Readers are agents
 * (hotline.dispatch) and admins (hotline.admin); the service checks both.
 */
export const hotlineKnowledgeRouter = createTRPCRouter({
  search: protectedProcedure
    .input(z.object({ q: z.string().max(500).default(""), limit: z.number().int().min(1).max(50).default(20) }))
    .query(({ ctx, input }) => kb.searchArticles(ctx, ctx.user, input.q, { limit: input.limit })),

  get: protectedProcedure.input(ZId).query(({ ctx, input }) => kb.getArticle(ctx, ctx.user, input.id)),

  propose: protectedProcedure
    .input(
      z.object({
        articleId: z.number().int().positive().optional(),
        baseVersion: z.number().int().positive().optional(),
        title: z.string().max(1000),
        body: z.string().max(20_000),
        keywords: z.string().max(1000).default(""),
        catalogueItemIds: z.array(z.number().int().positive()).max(50).default([]),
        categoryId: z.number().int().positive().nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => kb.proposeArticle(ctx, ctx.user, input)),

  myProposals: protectedProcedure.query(({ ctx }) => kb.listOwnProposals(ctx, ctx.user)),

  categories: protectedProcedure.query(({ ctx }) => {
    if (!kb.canReadKnowledge(ctx.user)) return [];
    return kb.kbCategories(ctx.db);
  }),

  proposals: permissionProcedure("hotline.admin")
    .input(z.object({ status: z.enum(kb.PROPOSAL_STATUSES).default("pending") }))
    .query(({ ctx, input }) => kb.listProposals(ctx, ctx.user, { status: input.status })),

  publish: permissionProcedure("hotline.admin")
    .input(ZId)
    .mutation(({ ctx, input }) => kb.publishProposal(ctx, ctx.user, input.id)),

  reject: permissionProcedure("hotline.admin")
    .input(ZId.extend({ reason: z.string().max(2000) }))
    .mutation(({ ctx, input }) => kb.rejectProposal(ctx, ctx.user, input.id, input.reason)),

  archive: permissionProcedure("hotline.admin")
    .input(ZId.extend({ version: z.number().int().positive() }))
    .mutation(({ ctx, input }) => kb.archiveArticle(ctx, ctx.user, input.id, input.version)),
});
