import type { DB } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import type { Person } from "@/server/modules/family/service";
import type { Notice } from "@/server/modules/life/notify";

/** What book() knows about a slot; rule hooks receive it. */
export type SlotFacts = {
  id: number;
  resourceId: number;
  resourceName: string;
  kind: string;
  ownerId: number;
  serviceDate: string;
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  closesAt: Date;
  capacity: number;
  booked: number;
  feeFen: number;
  groupKey: string | null;
  label: string | null;
  withdrawnAt: Date | null;
};

/** The times of a slot (what deadlines depend on). */
export type SlotTimes = Pick<SlotFacts, "serviceDate" | "startsAt" | "endsAt" | "closesAt">;

/** The booking as messages and hooks see it. */
export type BookingFacts = {
  id: number;
  confirmationNo: string;
  subjectName: string;
  optionLabel: string | null;
  feeFen: number;
  slot: SlotFacts;
};

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
/** The database or a transaction on it. */
export type Queryable = DB | Tx;

/**
 * The rules of one kind of bookable resource. book()/cancelBooking()/markAttendance() are the same for every
 * kind; what differs (who may book, how many, until when one may cancel, what no-shows cost, what the
 * confirmation says) is here. Hospital slots and scenic-spot tickets define one each; cultural events and
 * Fab Lab slots add theirs without touching the mechanism.
 */
export type BookingRules = {
  /** booking_resource.kind this rule set governs: a slot of another kind is "not found". */
  kind: string;
  /** Two capital letters starting the confirmation number (GH 挂号, MP 门票 …). */
  confirmationPrefix: string;
  /** Needs a real-name person (the verified account holder or a family member). */
  requireRealName: boolean;
  /** One active booking per person per slot.groupKey per day (e.g. per department per day). */
  onePerGroupPerDay: boolean;
  /** Message when that rule refuses. */
  duplicateMessage: string;
  /** At most this many active, upcoming bookings of this kind per person (null = no limit). */
  maxActivePerPerson: number | null;
  /** Until when a booking may be cancelled by its owner. */
  cancelDeadline(slot: SlotTimes): Date;
  /** Message when the deadline has passed. */
  cancelTooLateMessage(slot: SlotTimes): string;
  /** No-show policy: `limit` no-shows within `windowDays` suspend online booking for `suspendDays`. */
  noShow: { limit: number; windowDays: number; suspendDays: number } | null;
  /** Price and label of the chosen option (ticket type); default: the slot's fee, no option. */
  option?(
    db: Queryable,
    slot: SlotFacts,
    optionCode: string | undefined,
  ): Promise<{ code: string | null; label: string | null; feeFen: number }>;
  /** Extra checks of this kind, inside the transaction with the person locked (e.g. age limits). */
  check?(db: Queryable, args: { user: SessionUser; person: Person; slot: SlotFacts; now: Date }): Promise<void>;
  /** Texts for 我的消息 + SMS. */
  notices: {
    booked(b: BookingFacts): Notice;
    cancelled(b: BookingFacts): Notice;
    suspended(until: Date): Notice;
  };
};
