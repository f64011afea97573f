import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import * as kb from "./knowledge";
import { ZArchiveArticle, ZKbSearch, ZProposal, ZProposalQuery, ZRejectProposal } from "./validation";

const ZMatch = z.object({ field: z.enum(["title", "summary"]), start: z.number(), end: z.number() });
const ZItemLink = z.object({ id: z.number(), name: z.string(), departmentName: z.string() });
const ZArticleText = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string(),
  keywords: z.string(),
  catalogueItemIds: z.array(z.number()),
  version: z.number(),
  status: z.string(),
  catalogueItemNames: z.array(z.string()),
});

/**
 * Knowledge base: search, articles, agent proposals, admin publishing. Readers hold hotline.knowledge
 * (agents and admins); publishing needs hotline.admin. The service checks both again.
 */
export const knowledgeRouter = createTRPCRouter({
  /** A published article as citizens read it (/12345/knowledge/[id]): no agent-only lines; others NOT_FOUND. */
  publicArticle: publicProcedure
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        title: z.string(),
        body: z.string(),
        keywordList: z.array(z.string()),
        categoryName: z.string().nullable(),
        updatedAt: z.date(),
        catalogueItems: z.array(ZItemLink),
      }),
    )
    .query(({ ctx, input }) => kb.publicArticle(ctx.db, input.id)),

  search: permissionProcedure("hotline.knowledge")
    .input(ZKbSearch)
    .output(
      z.object({
        query: z.string(),
        total: z.number(),
        items: z.array(
          z.object({
            id: z.number(),
            title: z.string(),
            snippet: z.string(),
            keywords: z.array(z.string()),
            updatedAt: z.date(),
            match: ZMatch.optional(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => kb.searchArticles(ctx, ctx.user, input.q, { limit: input.limit })),

  get: permissionProcedure("hotline.knowledge")
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        title: z.string(),
        body: z.string(),
        keywords: z.string(),
        keywordList: z.array(z.string()),
        catalogueItemIds: z.array(z.number()),
        catalogueItems: z.array(ZItemLink),
        categoryId: z.number().nullable(),
        categoryName: z.string().nullable(),
        status: z.string(),
        version: z.number(),
        createdAt: z.date(),
        updatedAt: z.date(),
        pendingProposals: z.number(),
      }),
    )
    .query(({ ctx, input }) => kb.getArticle(ctx, ctx.user, input.id)),

  propose: permissionProcedure("hotline.knowledge")
    .input(ZProposal)
    .output(z.object({ id: z.number() }))
    .mutation(({ ctx, input }) => kb.proposeArticle(ctx, ctx.user, input)),

  myProposals: permissionProcedure("hotline.knowledge")
    .output(
      z.array(
        z.object({
          id: z.number(),
          articleId: z.number().nullable(),
          title: z.string(),
          status: z.string(),
          decisionNote: z.string().nullable(),
          createdAt: z.date(),
          decidedAt: z.date().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => kb.listOwnProposals(ctx, ctx.user)),

  categories: permissionProcedure("hotline.knowledge")
    .output(z.array(z.object({ id: z.number(), name: z.string(), parentId: z.number().nullable() })))
    .query(({ ctx }) => kb.kbCategories(ctx.db)),

  proposals: permissionProcedure("hotline.admin")
    .input(ZProposalQuery)
    .output(
      z.array(
        z.object({
          id: z.number(),
          articleId: z.number().nullable(),
          baseVersion: z.number().nullable(),
          title: z.string(),
          body: z.string(),
          keywords: z.string(),
          catalogueItemIds: z.array(z.number()),
          catalogueItemNames: z.array(z.string()),
          status: z.string(),
          decisionNote: z.string().nullable(),
          createdAt: z.date(),
          decidedAt: z.date().nullable(),
          proposedByName: z.string().nullable(),
          current: ZArticleText.nullable(),
          stale: z.boolean(),
        }),
      ),
    )
    .query(({ ctx, input }) => kb.listProposals(ctx, ctx.user, { status: input.status })),

  publish: permissionProcedure("hotline.admin")
    .input(z.object({ id: ZId }))
    .output(z.object({ articleId: z.number(), version: z.number() }))
    .mutation(({ ctx, input }) => kb.publishProposal(ctx, ctx.user, input.id)),

  reject: permissionProcedure("hotline.admin")
    .input(ZRejectProposal)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => kb.rejectProposal(ctx, ctx.user, input.id, input.reason)),

  archive: permissionProcedure("hotline.admin")
    .input(ZArchiveArticle)
    .output(z.object({ id: z.number(), version: z.number() }))
    .mutation(({ ctx, input }) => kb.archiveArticle(ctx, ctx.user, input.id, input.version)),
});
