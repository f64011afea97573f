import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { createApiKey, listApiKeys, revokeApiKey } from "./open311/keys";
import { ZCreateOpen311Key, ZRevokeOpen311Key } from "./validation";

/** Admin management of Open311 API keys (hotline.admin). The key itself is returned once, on creation. */
export const open311AdminRouter = createTRPCRouter({
  list: permissionProcedure("hotline.admin")
    .output(
      z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          keyPrefix: z.string(),
          createdAt: z.date(),
          lastUsedAt: z.date().nullable(),
          revokedAt: z.date().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => listApiKeys(ctx.db, ctx.user)),

  create: permissionProcedure("hotline.admin")
    .input(ZCreateOpen311Key)
    .output(z.object({ id: z.number(), name: z.string(), key: z.string(), keyPrefix: z.string() }))
    .mutation(({ ctx, input }) => createApiKey(ctx, ctx.user, input.name)),

  revoke: permissionProcedure("hotline.admin")
    .input(ZRevokeOpen311Key)
    .output(z.object({ id: z.number(), name: z.string(), revokedAt: z.date() }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx, ctx.user, input.id)),
});
