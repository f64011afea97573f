import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountUser } from "./account";
import { familyMember } from "./family";

/**
 * The one capacity-limited booking mechanism (hospital slots, scenic-spot tickets, later cultural events and
 * Fab Lab slots). A resource is what is booked (a doctor's clinic, a scenic spot), owned by another module's
 * row (kind + owner_id); a slot is one bookable period of it with a capacity.
 */
export const bookingResource = pgTable(
  "booking_resource",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(), // hospital_doctor | scenic_spot | (later) culture_event | fablab
    ownerId: integer().notNull(),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("booking_resource_owner_key").on(t.kind, t.ownerId)],
);

/**
 * `booked` only changes by a conditional UPDATE (`booked < capacity`, opens/closes window) in the same
 * transaction as the booking row; the CHECK is the last line of defence: no code path can overbook.
 */
export const bookingSlot = pgTable(
  "booking_slot",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    resourceId: integer()
      .notNull()
      .references(() => bookingResource.id),
    /** The local (Asia/Shanghai) day of the slot: the per-day rules use it. */
    serviceDate: date().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** Bookable from (release time) … */
    opensAt: timestamp({ withTimezone: true }).notNull(),
    /** … until. */
    closesAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
    feeFen: integer().notNull().default(0),
    /** e.g. `dept:12`: kinds with "one active booking per person per group per day" use it. */
    groupKey: text(),
    label: text(),
    /** A withdrawn slot (doctor off sick): no new bookings. */
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("booking_slot_resource_start_key").on(t.resourceId, t.startsAt),
    index("booking_slot_date_idx").on(t.serviceDate, t.resourceId),
    check("booking_slot_booked_check", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
    check("booking_slot_time_check", sql`${t.endsAt} > ${t.startsAt} and ${t.closesAt} > ${t.opensAt}`),
    check("booking_slot_fee_check", sql`${t.feeFen} >= 0`),
  ],
);

/**
 * One person's place in a slot. Status: active → cancelled (releases the place) | used | no_show.
 * The subject is the person the place is for (the patient, the visitor): the HMAC of their ID number, so one
 * person is one subject whichever account booked for them.
 */
export const booking = pgTable(
  "booking",
  {
    // By default, not always: book() takes the id from the sequence first to build the confirmation number.
    id: bigint({ mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    slotId: bigint({ mode: "number" })
      .notNull()
      .references(() => bookingSlot.id),
    kind: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id),
    subjectHash: text().notNull(),
    subjectName: text().notNull(),
    familyMemberId: integer().references(() => familyMember.id, { onDelete: "set null" }),
    serviceDate: date().notNull(),
    exclusiveKey: text(),
    optionCode: text(),
    optionLabel: text(),
    feeFen: integer().notNull(),
    status: text().notNull().default("active"),
    confirmationNo: text().notNull(),
    /** Random 128-bit url-safe token for QR check-in at the door. */
    ticketToken: text().notNull(),
    idempotencyKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelledById: uuid().references(() => accountUser.id),
    attendedAt: timestamp({ withTimezone: true }),
    markedById: uuid().references(() => accountUser.id),
  },
  (t) => [
    uniqueIndex("booking_idempotency_key").on(t.userId, t.idempotencyKey),
    uniqueIndex("booking_confirmation_no_key").on(t.confirmationNo),
    uniqueIndex("booking_ticket_token_key").on(t.ticketToken),
    uniqueIndex("booking_exclusive_key")
      .on(t.subjectHash, t.exclusiveKey, t.serviceDate)
      .where(sql`${t.status} = 'active' and ${t.exclusiveKey} is not null`),
    index("booking_user_idx").on(t.userId, t.kind, t.createdAt.desc()),
    index("booking_slot_idx").on(t.slotId, t.status),
    index("booking_subject_idx").on(t.subjectHash, t.kind, t.status),
    check("booking_status_check", sql`${t.status} in ('active', 'cancelled', 'used', 'no_show')`),
  ],
);

/** Online booking suspended for a person (e.g. three no-shows in 90 days → 30 days). */
export const bookingSuspension = pgTable(
  "booking_suspension",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    subjectHash: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    liftedAt: timestamp({ withTimezone: true }),
    liftedById: uuid().references(() => accountUser.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_suspension_subject_idx").on(t.subjectHash, t.kind, t.endsAt.desc())],
);
