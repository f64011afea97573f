import { z } from "zod";
import { TICKET_STATUSES } from "./labels";
import { REQUEST_TYPES } from "./validation";

/**
 * Output schemas shared by the hotline routers. Every procedure declares `.output()`: what leaves is
 * exactly what is listed (internal ids such as the citizen's account or the idempotency key never do).
 */

export const ZTicketStatus = z.enum(TICKET_STATUSES);

/** The result of a version-checked change: the ticket's status and version now. */
export const ZTransition = z.object({ status: ZTicketStatus, version: z.number() });

export const ZAttachmentOut = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), sizeBytes: z.number() });

export const ZAttributes = z.record(z.string(), z.union([z.string(), z.array(z.string())])).nullable();

/** A ticket as agents see it (everything but the account ids behind it). */
export const ZAgentTicket = z.object({
  id: z.number(),
  ticketNo: z.string(),
  type: z.string(),
  categoryId: z.number(),
  channel: z.string(),
  status: z.string(),
  description: z.string(),
  district: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  isPublic: z.boolean(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  departmentId: z.number().nullable(),
  dueDate: z.string().nullable(),
  answer: z.string().nullable(),
  returnReason: z.string().nullable(),
  satisfaction: z.string().nullable(),
  citizenRating: z.number().nullable(),
  citizenComment: z.string().nullable(),
  ratedAt: z.date().nullable(),
  urgeCount: z.number(),
  lastUrgedAt: z.date().nullable(),
  attributes: ZAttributes,
  dispatchedAt: z.date().nullable(),
  repliedAt: z.date().nullable(),
  mergedIntoId: z.number().nullable(),
  joinCount: z.number(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  closedAt: z.date().nullable(),
});

/** 附议/关注 of a request as agents see them (names masked). */
export const ZSupportersOut = z.object({
  joiners: z.array(
    z.object({
      name: z.string(),
      note: z.string().nullable(),
      joinedAt: z.date(),
      mergedFromTicketNo: z.string().nullable(),
      photos: z.array(z.object({ id: z.string(), fileName: z.string() })),
    }),
  ),
  followerCount: z.number(),
});

/** One row of an agent or department queue. */
export const ZQueueRow = z.object({
  id: z.number(),
  joinCount: z.number(),
  ticketNo: z.string(),
  type: z.string(),
  status: z.string(),
  channel: z.string(),
  description: z.string(),
  district: z.string().nullable(),
  address: z.string().nullable(),
  categoryId: z.number(),
  categoryName: z.string(),
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  dueDate: z.string().nullable(),
  urgeCount: z.number(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
  overdue: z.boolean(),
});

export const ZExtensionOut = z.object({
  id: z.number(),
  extraDays: z.number(),
  reason: z.string(),
  status: z.string(),
  decisionNote: z.string().nullable(),
  newDueDate: z.string().nullable(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
});

export const ZCategoryOption = z.object({
  id: z.number(),
  name: z.string(),
  children: z.array(z.object({ id: z.number(), name: z.string(), departmentId: z.number().nullable(), needsLocation: z.boolean() })),
});

/** 办理时限速查: today's working-day status and each request type's deadline if received today. */
export const ZDeadlinePreview = z.object({
  today: z.string(),
  todayIsWorkingDay: z.boolean(),
  rows: z.array(z.object({ type: z.enum(REQUEST_TYPES), days: z.number(), deadline: z.string() })),
});
