import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import * as svc from "./service";
import { ALERT_STATES, ALERT_TYPES, AREAS, CAP_STATUSES, MSG_TYPES, SEVERITIES } from "./labels";
import { ZAlertAction, ZAlertId, ZCancelAlert, ZCreateDraft, ZEditDraft, ZPublicList, ZRejectAlert, ZSubscription } from "./validation";

const ZView = z.object({
  id: z.number(),
  identifier: z.string(),
  sender: z.string(),
  type: z.enum(ALERT_TYPES),
  event: z.string(),
  severity: z.enum(SEVERITIES),
  urgency: z.string(),
  certainty: z.string(),
  areas: z.array(z.enum(AREAS)),
  headline: z.string(),
  description: z.string(),
  instruction: z.string(),
  issuer: z.string(),
  capStatus: z.enum(CAP_STATUSES),
  msgType: z.enum(MSG_TYPES),
  referencesId: z.number().nullable(),
  state: z.enum(ALERT_STATES),
  source: z.string(),
  sentAt: z.date().nullable(),
  effectiveAt: z.date(),
  expiresAt: z.date(),
  supersededById: z.number().nullable(),
  rejectionReason: z.string().nullable(),
  version: z.number(),
  sample: z.boolean(),
});

const ZDeskRow = ZView.extend({
  createdByName: z.string().nullable(),
  submittedByName: z.string().nullable(),
  approvedByName: z.string().nullable(),
});

const ZSubscriptionOut = z.object({
  areas: z.array(z.enum(AREAS)),
  minSeverity: z.enum(SEVERITIES),
  byMessage: z.boolean(),
  bySms: z.boolean(),
  subscribed: z.boolean(),
});

/** Public side: what is in effect (the banner, the home page), the /alerts list and detail. */
const publicRouter = createTRPCRouter({
  live: publicProcedure.output(z.array(ZView)).query(({ ctx }) => svc.liveAlerts(ctx.db)),
  list: publicProcedure
    .input(ZPublicList)
    .output(z.object({ items: z.array(ZView), total: z.number(), page: z.number(), pageSize: z.number(), generatedAt: z.number() }))
    .query(({ ctx, input }) => svc.publicList(ctx.db, input)),
  detail: publicProcedure
    .input(ZAlertId)
    .output(z.object({ alert: ZView, live: z.boolean(), inEffect: z.boolean(), updates: ZView.nullable(), supersededBy: ZView.nullable() }))
    .query(({ ctx, input }) => svc.publicDetail(ctx.db, input.id)),
});

/** Staff of 市应急管理局 / 市气象局: draft, submit, approve (four-eyes), reject, update, cancel. */
const deskRouter = createTRPCRouter({
  canIssue: permissionProcedure("staff.console")
    .output(z.boolean())
    .query(({ ctx }) => svc.canIssue(ctx.db, ctx.user)),
  list: permissionProcedure("alerts.issue")
    .output(
      z.object({
        department: z.string(),
        userId: z.string(),
        open: z.array(ZDeskRow),
        published: z.array(ZDeskRow.extend({ live: z.boolean() })),
      }),
    )
    .query(({ ctx }) => svc.desk(ctx.db, ctx.user)),
  item: permissionProcedure("alerts.issue")
    .input(ZAlertId)
    .output(
      ZView.extend({
        createdById: z.string().nullable(),
        submittedById: z.string().nullable(),
        canApprove: z.boolean(),
        live: z.boolean(),
        fanout: z.object({ expanded: z.boolean(), done: z.boolean(), total: z.number(), sent: z.number() }).nullable(),
      }),
    )
    .query(({ ctx, input }) => svc.deskItem(ctx.db, ctx.user, input.id)),
  create: permissionProcedure("alerts.issue")
    .input(ZCreateDraft)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.createDraft(ctx, ctx.user, input)),
  edit: permissionProcedure("alerts.issue")
    .input(ZEditDraft)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.editDraft(ctx, ctx.user, input)),
  submit: permissionProcedure("alerts.issue")
    .input(ZAlertAction)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.submit(ctx, ctx.user, input)),
  approve: permissionProcedure("alerts.issue")
    .input(ZAlertAction)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.approve(ctx, ctx.user, input)),
  reject: permissionProcedure("alerts.issue")
    .input(ZRejectAlert)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.reject(ctx, ctx.user, input)),
  cancel: permissionProcedure("alerts.issue")
    .input(ZCancelAlert)
    .output(ZView)
    .mutation(({ ctx, input }) => svc.cancel(ctx, ctx.user, input)),
});

/** A person's subscription (divisions, lowest level, in-site message and/or SMS). */
const subscriptionRouter = createTRPCRouter({
  get: permissionProcedure("account.self")
    .output(ZSubscriptionOut)
    .query(({ ctx }) => svc.getSubscription(ctx.db, ctx.user)),
  save: permissionProcedure("account.self")
    .input(ZSubscription)
    .output(ZSubscriptionOut)
    .mutation(({ ctx, input }) => svc.saveSubscription(ctx, ctx.user, input)),
});

/** 突发事件预警 (`governance.alerts.public.live`, `governance.alerts.desk.approve`, `governance.alerts.subscription.save`). */
export const alertsRouter = createTRPCRouter({
  public: publicRouter,
  desk: deskRouter,
  subscription: subscriptionRouter,
});
