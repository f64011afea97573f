import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import * as family from "@/server/modules/family/service";
import { ZAddFamilyMember } from "@/server/modules/family/validation";
import { citizenWriteProcedure } from "./procedures";
import { ZFamilyMember } from "./outputs";

/** 家庭成员 (就诊人/游客/老人): real-name people a citizen books and requests for. */
export const familyRouter = createTRPCRouter({
  list: permissionProcedure("citizen.services")
    .output(z.array(ZFamilyMember))
    .query(({ ctx }) => family.listFamilyMembers(ctx.db, ctx.user)),

  add: citizenWriteProcedure
    .input(ZAddFamilyMember)
    .output(z.object({ id: z.number(), nameMasked: z.string(), idMasked: z.string() }))
    .mutation(({ ctx, input }) => family.addFamilyMember(ctx, ctx.user, input)),

  remove: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await family.removeFamilyMember(ctx, ctx.user, input.id);
      return { removed: true as const };
    }),
});
