import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { revalidatePublic, PAGE_TAGS } from "@/server/lib/page-cache";
import * as publicity from "./publicity";
import { ZAdminArticleQuery, ZArticleInput, ZArticleVersion, ZArticleListQuery } from "./validation";
import { ZAdminArticleOut, ZArticleListOut, ZArticleOut, ZVersionOut } from "./outputs";

/** 政务公开 for everyone: published news, notices, policy documents and interpretations. */
export const openRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZArticleListQuery.default({ page: 1, pageSize: 20 }))
    .output(ZArticleListOut)
    .query(({ ctx, input }) => publicity.listPublishedArticles(ctx.db, input)),

  get: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZArticleOut)
    .query(({ ctx, input }) => publicity.getPublishedArticle(ctx.db, input.id)),
});

const ZRef = z.object({ id: ZId, version: ZArticleVersion });

/** 政务公开 for publishers (admins): drafts, edits, publish and withdraw; every change revalidates the public pages. */
export const publishRouter = createTRPCRouter({
  list: permissionProcedure("governance.publish")
    .input(ZAdminArticleQuery.default({ page: 1 }))
    .output(z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(ZAdminArticleOut) }))
    .query(({ ctx, input }) => publicity.listArticlesForAdmin(ctx, ctx.user, input)),

  get: permissionProcedure("governance.publish")
    .input(z.object({ id: ZId }))
    .output(ZAdminArticleOut.extend({ bodyHtml: z.string() }))
    .query(({ ctx, input }) => publicity.getArticleForAdmin(ctx, ctx.user, input.id)),

  policyOptions: permissionProcedure("governance.publish")
    .output(z.array(z.object({ id: z.number(), title: z.string(), docNumber: z.string().nullable(), status: z.string() })))
    .query(({ ctx }) => publicity.policyDocumentOptions(ctx, ctx.user)),

  create: permissionProcedure("governance.publish")
    .input(ZArticleInput)
    .output(z.object({ id: z.number(), version: z.number(), status: z.enum(["draft"]) }))
    .mutation(({ ctx, input }) => publicity.createArticleDraft(ctx, ctx.user, input)),

  update: permissionProcedure("governance.publish")
    .input(z.object({ id: ZId, version: ZArticleVersion, article: ZArticleInput }))
    .output(ZVersionOut)
    .mutation(async ({ ctx, input }) => {
      const r = await publicity.updateArticle(ctx, ctx.user, input.id, input.version, input.article);
      revalidatePublic(PAGE_TAGS.governance);
      return r;
    }),

  publish: permissionProcedure("governance.publish")
    .input(ZRef)
    .output(ZVersionOut)
    .mutation(async ({ ctx, input }) => {
      const r = await publicity.publishArticle(ctx, ctx.user, input.id, input.version);
      revalidatePublic(PAGE_TAGS.governance);
      return r;
    }),

  withdraw: permissionProcedure("governance.publish")
    .input(ZRef)
    .output(ZVersionOut)
    .mutation(async ({ ctx, input }) => {
      const r = await publicity.withdrawArticle(ctx, ctx.user, input.id, input.version);
      revalidatePublic(PAGE_TAGS.governance);
      return r;
    }),
});
