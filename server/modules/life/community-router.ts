import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import * as community from "@/server/modules/community/service";
import { CARE_STATUSES, ZCareRequest, ZElderCard } from "@/server/modules/community/validation";
import { citizenWriteProcedure, siteOrigin, ZToken } from "./procedures";
import { ZCareQueueItem, ZCareRequestDetail, ZCareRequestItem, ZCentre, ZElderCardRow, ZPublicElderCard } from "./outputs";

const ZDistrict = z.string().trim().min(2).max(20).optional();

/** Community centres, home care for elders, and 老人二维码名片. */
export const communityRouter = createTRPCRouter({
  centres: publicProcedure
    .input(z.object({ district: ZDistrict }))
    .output(z.array(ZCentre))
    .query(({ ctx, input }) => community.listCentres(ctx.db, { district: input.district })),

  requestCare: citizenWriteProcedure
    .input(ZCareRequest)
    .output(z.object({ id: z.number(), requestNo: z.string(), created: z.boolean() }))
    .mutation(({ ctx, input }) => community.submitCareRequest(ctx, ctx.user, input)),

  myRequests: permissionProcedure("citizen.services")
    .output(z.array(ZCareRequestItem))
    .query(({ ctx }) => community.listMyCareRequests(ctx.db, ctx.user)),

  request: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(ZCareRequestDetail)
    .query(({ ctx, input }) => community.getMyCareRequest(ctx.db, ctx.user, input.id)),

  cancelRequest: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(ZCareRequestDetail)
    .mutation(({ ctx, input }) => community.cancelMyCareRequest(ctx, ctx.user, input.id)),

  /** The centre desk: requests of the staff member's centre. */
  queue: permissionProcedure("life.desk")
    .input(z.object({ statuses: z.array(z.enum(CARE_STATUSES)).max(6).optional() }))
    .output(z.array(ZCareQueueItem))
    .query(({ ctx, input }) => community.centreCareQueue(ctx.db, ctx.user, { statuses: input.statuses })),

  transition: permissionProcedure("life.desk")
    .input(
      z.object({
        id: ZId,
        to: z.enum(["accepted", "in_service", "completed", "declined"], { error: "请选择处理结果" }),
        note: z.string().trim().max(200, "说明不超过200字").optional(),
      }),
    )
    .output(z.object({ id: z.number(), status: z.string() }))
    .mutation(({ ctx, input }) => community.transitionCareRequest(ctx, ctx.user, input.id, input.to, input.note ?? null)),

  elderCards: permissionProcedure("citizen.services")
    .output(z.array(ZElderCardRow))
    .query(({ ctx }) => community.listMyElderCards(ctx.db, ctx.user)),

  saveElderCard: citizenWriteProcedure
    .input(ZElderCard)
    .output(ZElderCardRow)
    .mutation(({ ctx, input }) => community.saveElderCard(ctx, ctx.user, input)),

  revokeElderCard: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(ZElderCardRow)
    .mutation(({ ctx, input }) => community.revokeElderCard(ctx, ctx.user, input.id)),

  regenerateElderCard: citizenWriteProcedure
    .input(z.object({ id: ZId }))
    .output(ZElderCardRow)
    .mutation(({ ctx, input }) => community.regenerateElderCardToken(ctx, ctx.user, input.id)),

  /** The printable card's QR code (SVG) and the link it holds. */
  elderCardQr: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(z.object({ url: z.string(), svg: z.string() }))
    .query(({ ctx, input }) => community.elderCardQr(ctx.db, ctx.user, input.id, siteOrigin())),

  /** What anyone who scans the code sees: only the chosen fields. */
  publicElderCard: publicProcedure
    .input(z.object({ token: ZToken }))
    .output(ZPublicElderCard)
    .query(({ ctx, input }) => community.publicElderCard(ctx.db, input.token)),
});
