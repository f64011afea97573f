import { and, count, desc, eq, gt, isNull, lt, lte, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { booking, bookingResource, bookingSlot, bookingSuspension } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/lib/mask";
import { resolvePerson, type Person } from "@/server/modules/family/service";
import { checkViolation, firstRow, uniqueViolation } from "@/server/modules/life";
import { notifyUser } from "@/server/modules/life";
import { parseInput } from "@/server/lib/validation";
import { formatShanghai, shanghaiDate } from "@/server/modules/life";
import { newToken } from "@/server/modules/life";
import type { BookingFacts, BookingRules, Queryable, SlotFacts } from "./rules";
import { ZBookInput, type BookingStatus, type TBookInput } from "./validation";
import { slotChanged, type SlotCommit } from "./events";

export type ServiceCtx = { db: DB; ip?: string | null };

/** What the booker gets back: the same object for the first call and for every retry with its key. */
export type BookingConfirmation = {
  id: number;
  confirmationNo: string;
  status: BookingStatus;
  slotId: number;
  serviceDate: string;
  startsAt: Date;
  endsAt: Date;
  feeFen: number;
  optionLabel: string | null;
  subjectNameMasked: string;
  ticketToken: string;
  /** false when this call was a retry that found the booking made by an earlier call with the same key. */
  created: boolean;
};

const slotColumns = {
  id: bookingSlot.id,
  resourceId: bookingSlot.resourceId,
  resourceName: bookingResource.name,
  kind: bookingResource.kind,
  ownerId: bookingResource.ownerId,
  serviceDate: bookingSlot.serviceDate,
  startsAt: bookingSlot.startsAt,
  endsAt: bookingSlot.endsAt,
  opensAt: bookingSlot.opensAt,
  closesAt: bookingSlot.closesAt,
  capacity: bookingSlot.capacity,
  booked: bookingSlot.booked,
  feeFen: bookingSlot.feeFen,
  groupKey: bookingSlot.groupKey,
  label: bookingSlot.label,
  withdrawnAt: bookingSlot.withdrawnAt,
};

/** One slot with its resource, or undefined. */
export async function loadSlot(db: Queryable, slotId: number): Promise<SlotFacts | undefined> {
  const [row] = await db
    .select(slotColumns)
    .from(bookingSlot)
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .where(eq(bookingSlot.id, slotId))
    .limit(1);
  return row;
}

/** Why a slot cannot be booked at `now`, or null when it can (as far as a read can tell). */
export function unavailableReason(
  slot: Pick<SlotFacts, "withdrawnAt" | "opensAt" | "closesAt" | "booked" | "capacity">,
  now: Date,
): { code: "CONFLICT" | "BAD_REQUEST"; message: string } | null {
  if (slot.withdrawnAt) return { code: "CONFLICT", message: "该时段已停止预约（停诊或闭园），请选择其他时段" };
  if (slot.opensAt > now) return { code: "BAD_REQUEST", message: `该时段将于${formatShanghai(slot.opensAt)}开放预约，请届时再来` };
  if (slot.closesAt <= now) return { code: "CONFLICT", message: "该时段已停止预约，请选择其他时段" };
  if (slot.booked >= slot.capacity) return { code: "CONFLICT", message: "该时段已约满，请选择其他时段" };
  return null;
}

/** Slot state for pages: bookable, not yet open (with the time it opens), full, closed. */
export function slotState(slot: Pick<SlotFacts, "withdrawnAt" | "opensAt" | "closesAt" | "booked" | "capacity">, now: Date) {
  if (slot.withdrawnAt) return { state: "withdrawn" as const, remaining: 0 };
  if (slot.closesAt <= now) return { state: "closed" as const, remaining: 0 };
  const remaining = Math.max(0, slot.capacity - slot.booked);
  if (slot.opensAt > now) return { state: "not_open" as const, remaining, opensAt: slot.opensAt };
  return remaining > 0 ? { state: "open" as const, remaining } : { state: "full" as const, remaining: 0 };
}

const confirmationColumns = {
  id: booking.id,
  confirmationNo: booking.confirmationNo,
  status: booking.status,
  slotId: booking.slotId,
  serviceDate: booking.serviceDate,
  startsAt: bookingSlot.startsAt,
  endsAt: bookingSlot.endsAt,
  feeFen: booking.feeFen,
  optionLabel: booking.optionLabel,
  subjectName: booking.subjectName,
  familyMemberId: booking.familyMemberId,
  ticketToken: booking.ticketToken,
};

function toConfirmation(
  row: {
    id: number;
    confirmationNo: string;
    status: string;
    slotId: number;
    serviceDate: string;
    startsAt: Date;
    endsAt: Date;
    feeFen: number;
    optionLabel: string | null;
    subjectName: string;
    ticketToken: string;
  },
  created: boolean,
): BookingConfirmation {
  return {
    id: row.id,
    confirmationNo: row.confirmationNo,
    status: asStatus(row.status),
    slotId: row.slotId,
    serviceDate: row.serviceDate,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    feeFen: row.feeFen,
    optionLabel: row.optionLabel,
    subjectNameMasked: maskName(row.subjectName) ?? "",
    ticketToken: row.ticketToken,
    created,
  };
}

function asStatus(s: string): BookingStatus {
  return s === "cancelled" || s === "used" || s === "no_show" ? s : "active";
}

async function findByKey(db: Queryable, userId: string, key: string) {
  const [row] = await db
    .select(confirmationColumns)
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .where(and(eq(booking.userId, userId), eq(booking.idempotencyKey, key)))
    .limit(1);
  return row;
}

/** The answer to a retry: the booking the attempt made (same slot and person), on disk before it is told. */
async function retryAnswer(db: Queryable, prior: NonNullable<Awaited<ReturnType<typeof findByKey>>>, input: TBookInput) {
  sameAttempt(prior, input);
  await durable(db, prior.id);
  return { confirmation: toConfirmation(prior, false), made: null };
}

/** A retry must be the same attempt: same slot and same person. */
function sameAttempt(prior: { slotId: number; familyMemberId: number | null }, input: TBookInput) {
  if (prior.slotId !== input.slotId || (prior.familyMemberId ?? null) !== (input.familyMemberId ?? null)) {
    throw new AppError("CONFLICT", "该请求编号已用于另一次预约，请刷新页面后重试");
  }
}

/**
 * Serialises one person's bookings and attendance marks of one kind (the per-person limits and the no-show
 * count are then exact), without blocking anyone else: a transaction-scoped advisory lock on (kind, person).
 */
async function lockPerson(tx: Queryable, kind: string, personHash: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`booking:${kind}:${personHash}`}, 0))`);
}

/** The suspension in force for a person, if any. */
export async function activeSuspension(db: Queryable, kind: string, personHash: string, now: Date) {
  const [row] = await db
    .select({ endsAt: bookingSuspension.endsAt, reason: bookingSuspension.reason })
    .from(bookingSuspension)
    .where(
      and(
        eq(bookingSuspension.subjectHash, personHash),
        eq(bookingSuspension.kind, kind),
        isNull(bookingSuspension.liftedAt),
        lte(bookingSuspension.startsAt, now),
        gt(bookingSuspension.endsAt, now),
      ),
    )
    .orderBy(desc(bookingSuspension.endsAt))
    .limit(1);
  return row ?? null;
}

type PersonState = {
  priorId: number | null;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  sameGroupToday: number;
  activeUpcoming: number;
};

/**
 * Everything the per-person rules need, in one round trip: a booking already made with this key, the
 * suspension in force, active bookings in the slot's group that day, active upcoming bookings of this kind.
 */
async function personState(
  tx: Queryable,
  rules: BookingRules,
  userId: string,
  key: string,
  personHash: string,
  slot: SlotFacts,
  now: Date,
): Promise<PersonState> {
  const active = sql`${booking.subjectHash} = ${personHash} and ${booking.kind} = ${rules.kind} and ${booking.status} = 'active'`;
  const suspension = sql`from ${bookingSuspension} where ${bookingSuspension.subjectHash} = ${personHash} and ${bookingSuspension.kind} = ${rules.kind}
    and ${bookingSuspension.liftedAt} is null and ${bookingSuspension.startsAt} <= ${now.toISOString()}::timestamptz and ${bookingSuspension.endsAt} > ${now.toISOString()}::timestamptz
    order by ${bookingSuspension.endsAt} desc limit 1`;
  const row = firstRow(
    await tx.execute(sql`select
      (select ${booking.id} from ${booking} where ${booking.userId} = ${userId} and ${booking.idempotencyKey} = ${key}) as prior_id,
      (select ${bookingSuspension.endsAt} ${suspension}) as suspended_until,
      (select ${bookingSuspension.reason} ${suspension}) as suspension_reason,
      (select count(*) from ${booking} where ${active} and ${booking.exclusiveKey} = ${slot.groupKey ?? ""} and ${booking.serviceDate} = ${slot.serviceDate}) as same_group,
      (select count(*) from ${booking} where ${active} and ${booking.serviceDate} >= ${shanghaiDate(now)}) as active_upcoming`),
  );
  const until = row?.suspended_until;
  return {
    priorId: row?.prior_id == null ? null : Number(row.prior_id),
    suspendedUntil: until == null ? null : until instanceof Date ? until : new Date(String(until)),
    suspensionReason: row?.suspension_reason == null ? null : String(row.suspension_reason),
    sameGroupToday: Number(row?.same_group ?? 0),
    activeUpcoming: Number(row?.active_upcoming ?? 0),
  };
}

function enforceRules(
  tx: Queryable,
  rules: BookingRules,
  user: SessionUser,
  person: Person,
  slot: SlotFacts,
  state: PersonState,
  now: Date,
) {
  if (state.suspendedUntil) {
    throw new AppError(
      "FORBIDDEN",
      `${maskName(person.name) ?? ""}的网上预约已暂停至${formatShanghai(state.suspendedUntil)}（${state.suspensionReason ?? "多次爽约"}）`,
    );
  }
  if (rules.onePerGroupPerDay && slot.groupKey && state.sameGroupToday > 0) throw new AppError("CONFLICT", rules.duplicateMessage);
  if (rules.maxActivePerPerson !== null && state.activeUpcoming >= rules.maxActivePerPerson) {
    throw new AppError("CONFLICT", `${maskName(person.name) ?? ""}已有${rules.maxActivePerPerson}个未完成的预约，请就诊或取消后再预约`);
  }
  return rules.check ? rules.check(tx, { user, person, slot, now }) : Promise.resolve();
}

/**
 * Locks the person (see lockPerson), takes the next booking id and makes this transaction commit without waiting
 * for the disk (`SET LOCAL synchronous_commit = off`), in one statement. See `durable()` for why nobody is told
 * "booked" before the booking is on disk all the same.
 */
async function lockPersonAndTakeId(tx: Queryable, kind: string, personHash: string): Promise<number> {
  const row = firstRow(
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`booking:${kind}:${personHash}`}, 0)) as locked,
        nextval(pg_get_serial_sequence('booking', 'id'))::bigint as id,
        set_config('synchronous_commit', 'off', true) as async_commit`,
    ),
  );
  const id = Number(row?.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error("booking id sequence returned no value");
  return id;
}

/**
 * Makes a booking durable before anyone is told it is made.
 *
 * The booking transaction commits asynchronously (lockPersonAndTakeId): its commit releases the slot row's lock
 * without waiting for the write-ahead log to reach the disk. At 07:00 the attempts at one slot take its places
 * one after another on that lock, so whatever the commit waits for inside it held up every attempt behind it: a
 * commit round trip is well under a millisecond here on average, but a traced burst of bench/booking-http.ts had
 * three of 15–27 ms, which stretched its chain of 20 commits from the usual ~65 ms to ~150 ms (with asynchronous
 * commits, 12 traced bursts all took 55–70 ms). Durability comes right after instead, outside the lock: PostgreSQL writes
 * the log in one sequence, so the next synchronous commit of anything that writes flushes every commit before it.
 * The booking's own 我的消息 row is that commit (notifyUser, after this transaction); when it could not be
 * written, or for an answer about a booking another call made (a retry may come before that call's flush), the
 * booking row is touched by a synchronous no-op update instead. A crash before the flush loses the booking and
 * its place together, never a booking somebody was told of. PGlite commits the same way.
 */
async function durable(db: Queryable, bookingId: number): Promise<void> {
  const touched = await db
    .update(booking)
    .set({ status: sql`${booking.status}` })
    .where(eq(booking.id, bookingId))
    .returning({ id: booking.id });
  // No row, no commit record, nothing flushed: never answer on that.
  if (touched.length !== 1) throw new Error(`booking ${bookingId} not found for its durable write`);
}

/** e.g. GH 20261209 00000123: prefix, the service date, the booking id. Unique because the id is. */
export function confirmationNumber(prefix: string, serviceDate: string, id: number): string {
  return `${prefix}${serviceDate.replaceAll("-", "")}${String(id).padStart(8, "0")}`;
}

class SlotTaken extends Error {}
class NothingToCancel extends Error {}
/** Thrown inside the transaction when a concurrent call with the same key already booked: rolls back our place. */
class RetryFound extends Error {
  constructor(readonly prior: NonNullable<Awaited<ReturnType<typeof findByKey>>>) {
    super("retry");
  }
}

/**
 * Books one place in a slot for the signed-in user or one of their family members.
 *
 * The capacity guarantee: the place is taken by a single conditional `UPDATE booking_slot SET booked = booked
 * + 1 WHERE id = ? AND booked < capacity AND opens_at <= now AND closes_at > now`, in one transaction with the
 * booking row; if no row is updated, or anything after it fails, the transaction rolls back. So there are
 * never more bookings than capacity and every confirmation returned is committed. A CHECK on booking_slot
 * (0 ≤ booked ≤ capacity) backs it.
 *
 * Idempotency: `idempotencyKey` is unique per user. A retry (even concurrent) with the same key returns the
 * booking the first call made, never a second one.
 *
 * The per-person rules (suspension, one per group per day, at most N active) run with the person locked
 * (a transaction-scoped advisory lock), so parallel attempts for the same patient cannot both pass them;
 * the partial unique index booking_exclusive_key backs the per-day rule.
 */
export async function book(
  ctx: ServiceCtx,
  user: SessionUser,
  rules: BookingRules,
  raw: TBookInput,
  now = new Date(),
): Promise<BookingConfirmation> {
  return (await bookInSlot(ctx, user, rules, raw, now)).confirmation;
}

/**
 * `book()`, plus — when this call made the booking (not a retry) — the slot it was made in and when, so a caller
 * can build its answer without reading the booking back (hospital appointments: two round trips fewer per
 * winner at 07:00).
 */
export async function bookInSlot(
  ctx: ServiceCtx,
  user: SessionUser,
  rules: BookingRules,
  raw: TBookInput,
  now = new Date(),
): Promise<{ confirmation: BookingConfirmation; made: { slot: SlotFacts; createdAt: Date } | null }> {
  const { db } = ctx;
  const input = parseInput(ZBookInput, raw);

  // One round trip: the slot, and whether this key already made a booking (a retry).
  const [found] = await db
    .select({ ...slotColumns, priorId: booking.id })
    .from(bookingSlot)
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .leftJoin(booking, and(eq(booking.userId, user.id), eq(booking.idempotencyKey, input.idempotencyKey)))
    .where(eq(bookingSlot.id, input.slotId))
    .limit(1);
  if (found?.priorId || !found) {
    const prior = await findByKey(db, user.id, input.idempotencyKey);
    if (prior) return retryAnswer(db, prior, input);
  }
  if (!found || found.kind !== rules.kind) throw new AppError("NOT_FOUND", "找不到该预约时段，请刷新后重新选择");
  const { priorId: _none, ...slot } = found;
  // Fast refusal without a transaction (most attempts in a burst end here once the slot is full).
  const early = unavailableReason(slot, now);
  if (early) throw new AppError(early.code, early.message);

  let made: Parameters<typeof toConfirmation>[0];
  // What this booking left in the slot (its UPDATE's RETURNING), for the admission gate after the commit.
  let left: SlotCommit | undefined;
  try {
    made = await db.transaction(async (tx) => {
      // Who the place is for and at what price, and the person's rules, under the person's lock.
      const person = await resolvePerson(tx, user, { familyMemberId: input.familyMemberId }, { requireRealName: rules.requireRealName });
      const option = rules.option ? await rules.option(tx, slot, input.optionCode) : { code: null, label: slot.label, feeFen: slot.feeFen };
      const id = await lockPersonAndTakeId(tx, rules.kind, person.hash);
      const state = await personState(tx, rules, user.id, input.idempotencyKey, person.hash, slot, now);
      if (state.priorId) {
        const again = await findByKey(tx, user.id, input.idempotencyKey);
        if (again) throw new RetryFound(again);
      }
      await enforceRules(tx, rules, user, person, slot, state, now);

      const confirmationNo = confirmationNumber(rules.confirmationPrefix, slot.serviceDate, id);
      const ticketToken = newToken();
      await tx.insert(booking).values({
        id,
        slotId: slot.id,
        kind: rules.kind,
        userId: user.id,
        subjectHash: person.hash,
        subjectName: person.name,
        familyMemberId: person.familyMemberId,
        serviceDate: slot.serviceDate,
        exclusiveKey: rules.onePerGroupPerDay ? slot.groupKey : null,
        optionCode: option.code,
        optionLabel: option.label,
        feeFen: option.feeFen,
        status: "active",
        confirmationNo,
        ticketToken,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
      });

      // The capacity guarantee, last: one conditional UPDATE takes a place or nothing; if it takes none, the
      // booking row above rolls back with the transaction (as it does when anything else fails). Taking the
      // place as the last statement keeps the slot row locked from the UPDATE to the commit only: attempts at
      // one slot queue on that lock, so at 07:00 the 20 places of a slot go in 20 short turns rather than 20
      // turns of the whole rule check (the admission gate, admission.ts, keeps attempts that cannot get a place
      // out of the queue). The booking row's foreign key locks the slot row only FOR KEY SHARE, which does not
      // wait for the UPDATE's lock.
      const taken = await tx
        .update(bookingSlot)
        .set({ booked: sql`${bookingSlot.booked} + 1` })
        .where(
          and(
            eq(bookingSlot.id, slot.id),
            lt(bookingSlot.booked, bookingSlot.capacity),
            lte(bookingSlot.opensAt, now),
            gt(bookingSlot.closesAt, now),
            isNull(bookingSlot.withdrawnAt),
          ),
        )
        .returning({ booked: bookingSlot.booked, capacity: bookingSlot.capacity });
      if (!taken[0]) throw new SlotTaken();
      left = { ...taken[0], key: input.idempotencyKey };
      return {
        id,
        confirmationNo,
        status: "active",
        slotId: slot.id,
        serviceDate: slot.serviceDate,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        feeFen: option.feeFen,
        optionLabel: option.label,
        subjectName: person.name,
        ticketToken,
      };
    });
  } catch (e) {
    if (e instanceof RetryFound) return retryAnswer(db, e.prior, input);
    if (e instanceof SlotTaken || checkViolation(e) === "booking_slot_booked_check") {
      // A parallel call with the same key may have taken the last place for this very attempt.
      const winner = await findByKey(db, user.id, input.idempotencyKey);
      if (winner) return retryAnswer(db, winner, input);
      const fresh = await loadSlot(db, slot.id);
      const why = fresh ? unavailableReason(fresh, now) : null;
      throw new AppError(why?.code ?? "CONFLICT", why?.message ?? "该时段刚刚约满，请选择其他时段");
    }
    const unique = uniqueViolation(e);
    if (unique === "booking_idempotency_key") {
      const winner = await findByKey(db, user.id, input.idempotencyKey);
      if (winner) return retryAnswer(db, winner, input);
    }
    if (unique === "booking_exclusive_key") throw new AppError("CONFLICT", rules.duplicateMessage);
    throw e;
  }

  slotChanged(slot.id, left);
  const facts: BookingFacts = { ...made, slot };
  // Its synchronous commit makes the booking durable (see durable()); without it, the booking row's does.
  if (!(await notifyUser(db, user.id, rules.notices.booked(facts)))) await durable(db, made.id);
  return { confirmation: toConfirmation(made, true), made: { slot, createdAt: now } };
}

const ownColumns = {
  ...confirmationColumns,
  userId: booking.userId,
  subjectHash: booking.subjectHash,
  kind: booking.kind,
  cancelledAt: booking.cancelledAt,
  attendedAt: booking.attendedAt,
  createdAt: booking.createdAt,
};

/** A booking of this kind made by this user, or NOT_FOUND (also for another person's booking). */
async function ownBooking(db: Queryable, user: SessionUser, kind: string, bookingId: number) {
  const [row] = await db
    .select(ownColumns)
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .where(and(eq(booking.id, bookingId), eq(booking.userId, user.id), eq(booking.kind, kind)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该预约");
  return row;
}

/**
 * Cancels the user's own booking and gives its place back, until the kind's deadline. Cancelling a booking
 * that is already cancelled returns it unchanged (a double click is not an error).
 */
export async function cancelBooking(
  ctx: ServiceCtx,
  user: SessionUser,
  rules: BookingRules,
  bookingId: number,
  now = new Date(),
): Promise<BookingConfirmation> {
  const { db } = ctx;
  const b = await ownBooking(db, user, rules.kind, bookingId);
  if (b.status === "cancelled") return toConfirmation(b, false);
  if (b.status !== "active") throw new AppError("CONFLICT", b.status === "used" ? "该预约已使用，不能取消" : "该预约已记为爽约，不能取消");
  const slot = await loadSlot(db, b.slotId);
  if (!slot) throw new AppError("NOT_FOUND", "找不到该预约");
  if (now > rules.cancelDeadline(slot)) throw new AppError("CONFLICT", rules.cancelTooLateMessage(slot));

  // Slot row, then the booking row. book() never waits for an existing booking row (it inserts a new one, whose
  // foreign key only takes a KEY SHARE lock on the slot row, and updates the slot row last), so the two cannot deadlock.
  const changed = await db
    .transaction(async (tx) => {
      await tx
        .update(bookingSlot)
        .set({ booked: sql`${bookingSlot.booked} - 1` })
        .where(and(eq(bookingSlot.id, b.slotId), gt(bookingSlot.booked, 0)));
      const [done] = await tx
        .update(booking)
        .set({ status: "cancelled", cancelledAt: now, cancelledById: user.id })
        .where(and(eq(booking.id, b.id), eq(booking.status, "active")))
        .returning({ id: booking.id });
      if (!done) throw new NothingToCancel();
      return true;
    })
    .catch((e: unknown) => {
      if (e instanceof NothingToCancel) return false;
      throw e;
    });
  if (changed) slotChanged(b.slotId);
  const after = await ownBooking(db, user, rules.kind, bookingId);
  if (!changed && after.status !== "cancelled") throw new AppError("CONFLICT", "该预约状态已变化，请刷新后查看");
  if (changed) await notifyUser(db, user.id, rules.notices.cancelled({ ...b, slot }));
  return toConfirmation(after, false);
}

/** The user's own bookings of a kind, newest first. */
export async function listOwnBookings(db: DB, user: SessionUser, kind: string, opts: { limit?: number } = {}) {
  const rows = await db
    .select({
      ...ownColumns,
      resourceName: bookingResource.name,
      ownerId: bookingResource.ownerId,
      groupKey: bookingSlot.groupKey,
      closesAt: bookingSlot.closesAt,
    })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .where(and(eq(booking.userId, user.id), eq(booking.kind, kind)))
    .orderBy(desc(booking.createdAt), desc(booking.id))
    .limit(Math.min(200, Math.max(1, opts.limit ?? 50)));
  return rows.map((r) => ({
    ...toConfirmation(r, false),
    resourceName: r.resourceName,
    ownerId: r.ownerId,
    groupKey: r.groupKey,
    closesAt: r.closesAt,
    cancelledAt: r.cancelledAt,
    attendedAt: r.attendedAt,
    createdAt: r.createdAt,
  }));
}

/** One of the user's own bookings with its slot (NOT_FOUND for anyone else's). */
export async function getOwnBooking(db: DB, user: SessionUser, kind: string, bookingId: number) {
  const b = await ownBooking(db, user, kind, bookingId);
  const slot = await loadSlot(db, b.slotId);
  if (!slot) throw new AppError("NOT_FOUND", "找不到该预约");
  return { ...toConfirmation(b, false), createdAt: b.createdAt, cancelledAt: b.cancelledAt, attendedAt: b.attendedAt, slot };
}

/** The booking behind a QR ticket token (for check-in at the door), with its slot; null when unknown. */
export async function findBookingByToken(db: DB, kind: string, token: string) {
  const [row] = await db
    .select({ ...ownColumns, ownerId: bookingResource.ownerId })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .where(and(eq(booking.ticketToken, token), eq(booking.kind, kind)))
    .limit(1);
  return row ?? null;
}

/** Pure rule: does a count of no-shows within the window reach the limit? */
export function suspensionDue(noShowsInWindow: number, limit: number): boolean {
  return noShowsInWindow >= limit;
}

/**
 * Staff record what happened: `used` (came / entered) or `no_show` (did not come; only once the slot has
 * started). The caller has checked the staff member may act on this booking's resource. A no-show that
 * makes `limit` within `windowDays` suspends the person's online booking of this kind for `suspendDays`.
 * Audited.
 */
export async function markAttendance(
  ctx: ServiceCtx,
  actor: SessionUser,
  rules: BookingRules,
  bookingId: number,
  outcome: "used" | "no_show",
  now = new Date(),
): Promise<{ status: BookingStatus; suspendedUntil: Date | null }> {
  const { db } = ctx;
  const [b] = await db
    .select({ id: booking.id, status: booking.status, slotId: booking.slotId, subjectHash: booking.subjectHash, userId: booking.userId })
    .from(booking)
    .where(and(eq(booking.id, bookingId), eq(booking.kind, rules.kind)))
    .limit(1);
  if (!b) throw new AppError("NOT_FOUND", "找不到该预约");
  if (b.status === outcome) return { status: outcome, suspendedUntil: null };
  if (b.status !== "active") throw new AppError("CONFLICT", "该预约已取消或已处理，不能再标记");
  const slot = await loadSlot(db, b.slotId);
  if (!slot) throw new AppError("NOT_FOUND", "找不到该预约");
  if (outcome === "no_show" && now < slot.startsAt) throw new AppError("CONFLICT", "预约时间未到，不能标记爽约");
  if (outcome === "used" && shanghaiDate(now) < slot.serviceDate)
    throw new AppError("CONFLICT", `未到预约日期（${slot.serviceDate}），不能核销`);

  const result = await db.transaction(async (tx) => {
    await lockPerson(tx, rules.kind, b.subjectHash);
    const [done] = await tx
      .update(booking)
      .set({ status: outcome, attendedAt: now, markedById: actor.id })
      .where(and(eq(booking.id, b.id), eq(booking.status, "active")))
      .returning({ id: booking.id });
    if (!done) throw new AppError("CONFLICT", "该预约状态已变化，请刷新后查看");
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: outcome === "used" ? "booking.mark_used" : "booking.mark_no_show",
      outcome: "success",
      targetType: "booking",
      targetId: String(b.id),
      detail: { kind: rules.kind },
    });
    if (outcome !== "no_show" || !rules.noShow) return null;
    const policy = rules.noShow;
    const since = new Date(now.getTime() - policy.windowDays * 86_400_000);
    const [{ n }] = await tx
      .select({ n: count() })
      .from(booking)
      .where(
        and(
          eq(booking.subjectHash, b.subjectHash),
          eq(booking.kind, rules.kind),
          eq(booking.status, "no_show"),
          gt(booking.attendedAt, since),
        ),
      );
    if (!suspensionDue(n ?? 0, policy.limit) || (await activeSuspension(tx, rules.kind, b.subjectHash, now))) return null;
    const endsAt = new Date(now.getTime() + policy.suspendDays * 86_400_000);
    await tx.insert(bookingSuspension).values({
      kind: rules.kind,
      subjectHash: b.subjectHash,
      startsAt: now,
      endsAt,
      reason: `${policy.windowDays}天内爽约${policy.limit}次`,
    });
    return endsAt;
  });
  if (result) await notifyUser(db, b.userId, rules.notices.suspended(result));
  return { status: outcome, suspendedUntil: result };
}

/** Tells the admission gate (events.ts) that places were given back in these slots, after the commit that did it. */
export function placesFreed(slotIds: Iterable<number>): void {
  for (const slotId of new Set(slotIds)) slotChanged(slotId);
}

/**
 * 注销账号: cancels every active booking of the account whose slot has not started and gives the places back
 * (slot row first, then the booking, as cancelBooking does). No notice: the account is closing.
 * Bookings already past stay for the hospital's or venue's records. Returns the slot of each booking cancelled:
 * the caller passes them to `placesFreed` once its transaction has committed.
 */
export async function cancelFutureBookingsOf(db: Queryable, userId: string, now = new Date()): Promise<number[]> {
  const rows = await db
    .select({ id: booking.id, slotId: booking.slotId })
    .from(booking)
    .innerJoin(bookingSlot, eq(bookingSlot.id, booking.slotId))
    .where(and(eq(booking.userId, userId), eq(booking.status, "active"), gt(bookingSlot.startsAt, now)))
    .orderBy(booking.slotId);
  const slots: number[] = [];
  for (const b of rows) {
    await db.select({ id: bookingSlot.id }).from(bookingSlot).where(eq(bookingSlot.id, b.slotId)).for("update");
    const [done] = await db
      .update(booking)
      .set({ status: "cancelled", cancelledAt: now, cancelledById: userId })
      .where(and(eq(booking.id, b.id), eq(booking.status, "active")))
      .returning({ id: booking.id });
    if (!done) continue;
    await db
      .update(bookingSlot)
      .set({ booked: sql`${bookingSlot.booked} - 1` })
      .where(and(eq(bookingSlot.id, b.slotId), gt(bookingSlot.booked, 0)));
    slots.push(b.slotId);
  }
  return slots;
}
