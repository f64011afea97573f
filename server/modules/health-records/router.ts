import { z } from "zod";
import { createTRPCRouter, permissionProcedure, protectedProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import * as records from "./service";
import { RECORD_PARTS, ZGrantAccess } from "./validation";

const ZPart = z.enum(RECORD_PARTS);
const ZVia = z.enum(["self", "guardian", "grantee", "hospital"]);
const ZFlag = z.enum(["normal", "high", "low", "abnormal", "unknown"]);
const ZPersonHead = z.object({ id: z.number(), name: z.string(), age: z.number() });

const ZRecords = z.object({
  person: ZPersonHead,
  via: ZVia,
  viaName: z.string(),
  parts: z.array(ZPart),
  checkups: z
    .array(z.object({ id: z.number(), examinedOn: z.string(), institution: z.string(), kind: z.string(), flaggedCount: z.number() }))
    .nullable(),
  vaccinations: z
    .array(
      z.object({
        id: z.number(),
        vaccine: z.string(),
        dose: z.string(),
        vaccinatedOn: z.string(),
        institution: z.string(),
        batchNo: z.string().nullable(),
        nextDueOn: z.string().nullable(),
      }),
    )
    .nullable(),
  familyDoctor: z
    .object({
      id: z.number(),
      doctorName: z.string(),
      team: z.string(),
      centre: z.string(),
      phone: z.string().nullable(),
      signedOn: z.string(),
      validUntil: z.string(),
      active: z.boolean(),
    })
    .nullable(),
  followUps: z
    .array(
      z.object({
        id: z.number(),
        condition: z.string(),
        followedOn: z.string(),
        method: z.string(),
        findings: z.string(),
        advice: z.string(),
        doctorName: z.string(),
        nextOn: z.string().nullable(),
      }),
    )
    .nullable(),
  reminders: z.array(z.object({ title: z.string(), body: z.string(), dueOn: z.string() })),
});

const ZReport = z.object({
  id: z.number(),
  examinedOn: z.string(),
  institution: z.string(),
  kind: z.string(),
  summary: z.string(),
  doctorName: z.string(),
  person: ZPersonHead,
  via: ZVia,
  items: z.array(
    z.object({
      section: z.string(),
      name: z.string(),
      value: z.string(),
      unit: z.string().nullable(),
      reference: z.string(),
      flag: ZFlag,
      flagText: z.string(),
    }),
  ),
});

const ZGrant = z.object({
  id: z.number(),
  granteeName: z.string(),
  scopes: z.array(ZPart),
  endsOn: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  status: z.enum(["active", "expired", "revoked"]),
  statusName: z.string(),
});

/**
 * 居民电子健康档案 (`life.healthRecords.*`): reads go through protectedProcedure because hospital staff may read
 * too; the service decides who sees what (NOT_FOUND for anyone without a right) and logs non-owner reads.
 * Personal and never cached: the pages render per request, and the open API does not serve any of it.
 */
export const healthRecordsRouter = createTRPCRouter({
  people: permissionProcedure("citizen.services")
    .output(
      z.array(z.object({ personId: z.number(), name: z.string(), age: z.number(), via: ZVia, viaName: z.string(), parts: z.array(ZPart) })),
    )
    .query(({ ctx }) => records.listRecordPeople(ctx.db, ctx.user)),

  person: protectedProcedure
    .input(z.object({ personId: ZId }))
    .output(ZRecords)
    .query(({ ctx, input }) => records.personRecords(ctx, ctx.user, input.personId)),

  checkup: protectedProcedure
    .input(z.object({ id: ZId }))
    .output(ZReport)
    .query(({ ctx, input }) => records.checkupReport(ctx, ctx.user, input.id)),

  grants: permissionProcedure("citizen.services")
    .output(z.object({ grants: z.array(ZGrant), members: z.array(z.object({ id: z.number(), name: z.string(), relation: z.string() })) }))
    .query(async ({ ctx }) => ({
      grants: await records.listGrants(ctx.db, ctx.user),
      members: await records.grantableMembers(ctx.db, ctx.user),
    })),

  grant: permissionProcedure("citizen.services")
    .input(ZGrantAccess)
    .output(z.object({ id: z.number(), granteeName: z.string(), endsOn: z.string() }))
    .mutation(({ ctx, input }) => records.grantAccess(ctx, ctx.user, input)),

  revoke: permissionProcedure("citizen.services")
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.number(), granteeName: z.string() }))
    .mutation(({ ctx, input }) => records.revokeGrant(ctx, ctx.user, input.id)),
});
