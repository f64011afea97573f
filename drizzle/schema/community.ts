import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { familyMember } from "./family";

/** 社区服务中心 (sample names and addresses), by division. */
export const communityCentre = pgTable(
  "community_centre",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    district: text().notNull(),
    street: text().notNull(),
    address: text().notNull(),
    phone: text(),
    hours: text().notNull(),
    services: text().array().notNull(), // care service codes the centre offers
  },
  (t) => [index("community_centre_district_idx").on(t.district)],
);

/**
 * 居家养老 home-care request for an elder (the requester or a family member). Status: submitted → accepted →
 * in_service → completed; submitted/accepted → cancelled (requester) | declined (centre).
 */
export const communityCareRequest = pgTable(
  "community_care_request",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestNo: text().notNull(),
    requesterUserId: uuid()
      .notNull()
      .references(() => accountUser.id),
    familyMemberId: integer().references(() => familyMember.id, { onDelete: "set null" }),
    elderName: text().notNull(),
    centreId: integer()
      .notNull()
      .references(() => communityCentre.id),
    serviceType: text().notNull(), // cleaning | meals | escort
    scheduledAt: timestamp({ withTimezone: true }).notNull(),
    address: text().notNull(),
    contactPhone: text().notNull(),
    note: text(),
    status: text().notNull().default("submitted"),
    idempotencyKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("community_care_request_no_key").on(t.requestNo),
    uniqueIndex("community_care_request_idem_key").on(t.requesterUserId, t.idempotencyKey),
    index("community_care_request_requester_idx").on(t.requesterUserId, t.createdAt.desc()),
    index("community_care_request_centre_idx").on(t.centreId, t.status, t.scheduledAt),
  ],
);

/** Append-only timeline the family follows. */
export const communityCareEvent = pgTable(
  "community_care_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => communityCareRequest.id),
    fromStatus: text(),
    toStatus: text().notNull(),
    actorId: uuid().references(() => accountUser.id),
    actorRole: text(),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("community_care_event_request_idx").on(t.requestId, t.at)],
);

export type ElderEmergencyContact = { name: string; relation: string; phone: string };

/**
 * 老人二维码名片: the public page at /card/{token} shows only `visible_fields`. Revoking clears the token;
 * regenerating replaces it, so an old printed code stops working.
 */
export const communityElderCard = pgTable(
  "community_elder_card",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ownerUserId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    /** null: the owner is the elder. */
    familyMemberId: integer().references(() => familyMember.id, { onDelete: "cascade" }),
    /** `self` or `family:<id>`: one card per elder per owner. */
    subjectKey: text().notNull(),
    token: text(),
    tokenIssuedAt: timestamp({ withTimezone: true }),
    visibleFields: text().array().notNull(),
    displayName: text().notNull(),
    emergencyContacts: jsonb().$type<ElderEmergencyContact[]>().notNull(),
    bloodType: text(),
    allergies: text(),
    communityName: text(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("community_elder_card_subject_key").on(t.ownerUserId, t.subjectKey),
    uniqueIndex("community_elder_card_token_key")
      .on(t.token)
      .where(sql`${t.token} is not null`),
  ],
);
