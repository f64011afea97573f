import { ZId } from "@/server/lib/validation";
import { z } from "zod";
import { createTRPCRouter, permissionProcedure, protectedProcedure, publicProcedure } from "@/server/trpc";
import * as account from "./service";
import * as privacy from "./privacy";
import * as closure from "./closure";
import { ZClosureRequest, ZRealName, ZRegister, ZSendSmsCode, ZWechatBind } from "./validation";

const ZProfile = z.object({
  id: z.string(),
  phoneMasked: z.string(),
  nickname: z.string(),
  role: z.enum(["citizen", "enterprise", "agent", "staff", "admin"]),
  roleName: z.string(),
  departmentName: z.string().nullable(),
  enterprise: z.object({ name: z.string(), uscc: z.string() }).nullable(),
  realName: z.union([
    z.object({ verified: z.literal(true), nameMasked: z.string(), idMasked: z.string(), verifiedAt: z.date() }),
    z.object({ verified: z.literal(false) }),
  ]),
  signInMethods: z.object({
    password: z.boolean(),
    sms: z.boolean(),
    wechat: z.object({ nickname: z.string(), boundAt: z.date() }).nullable(),
  }),
  lastSignInAt: z.date().nullable(),
});

const ZMessage = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

export const accountRouter = createTRPCRouter({
  sendSmsCode: publicProcedure
    .input(ZSendSmsCode)
    .output(z.object({ sentTo: z.string(), resendAfterSeconds: z.number() }))
    .mutation(({ ctx, input }) => account.sendSmsCode(ctx, input)),

  register: publicProcedure
    .input(ZRegister)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => ({ id: (await account.register(ctx, input)).id })),

  bindWechat: publicProcedure
    .input(ZWechatBind)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => ({ id: (await account.bindWechat(ctx, input)).id })),

  me: protectedProcedure.output(ZProfile).query(({ ctx }) => account.getProfile(ctx.db, ctx.user.id)),

  verifyRealName: permissionProcedure("account.self")
    .input(ZRealName)
    .output(z.object({ nameMasked: z.string(), idMasked: z.string() }))
    .mutation(({ ctx, input }) => account.verifyRealName(ctx, ctx.user, input)),

  unbindWechat: permissionProcedure("account.self")
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      await account.unbindWechat(ctx, ctx.user);
      return { ok: true as const };
    }),

  messages: permissionProcedure("account.self")
    .output(z.object({ items: z.array(ZMessage), unread: z.number() }))
    .query(({ ctx }) => account.listMessages(ctx.db, ctx.user.id)),

  privacy: permissionProcedure("account.self")
    .output(
      z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          purpose: z.string(),
          retention: z.string(),
          items: z.array(z.object({ label: z.string(), count: z.number() })),
        }),
      ),
    )
    .query(({ ctx }) => privacy.privacySummary(ctx.db, ctx.user.id)),

  accessLog: permissionProcedure("account.self")
    .output(
      z.array(
        z.object({
          at: z.date(),
          what: z.string(),
          targetId: z.string().nullable(),
          roleName: z.string(),
          departmentName: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => privacy.accessLog(ctx.db, ctx.user.id)),

  closurePreview: permissionProcedure("account.self")
    .output(
      z.object({
        pending: z.array(
          z.object({
            kind: z.enum(["application", "booking", "ticket"]),
            id: z.number(),
            title: z.string(),
            status: z.string(),
            href: z.string(),
          }),
        ),
        closeBy: z.string(),
        requested: z.object({ dueDate: z.string(), status: z.string() }).nullable(),
      }),
    )
    .query(async ({ ctx }) => {
      const p = await closure.closurePreview(ctx.db, ctx.user.id);
      return { ...p, requested: p.requested ? { dueDate: p.requested.dueDate, status: p.requested.status } : null };
    }),

  sendClosureCode: permissionProcedure("account.self")
    .output(z.object({ sentTo: z.string(), resendAfterSeconds: z.number() }))
    .mutation(({ ctx }) => closure.sendClosureCode(ctx, ctx.user)),

  requestClosure: permissionProcedure("account.self")
    .input(ZClosureRequest)
    .output(z.object({ closeBy: z.string(), cancelledBookings: z.number() }))
    .mutation(({ ctx, input }) => closure.requestClosure(ctx, ctx.user, input.code)),

  markMessageRead: permissionProcedure("account.self")
    .input(z.object({ id: ZId }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await account.markMessageRead(ctx.db, ctx.user.id, input.id);
      return { ok: true as const };
    }),
});
