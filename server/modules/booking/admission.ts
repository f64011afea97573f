import { eq, sql } from "drizzle-orm";
import { booking, bookingResource, bookingSlot } from "@/drizzle/schema";
import type { Queryable } from "./rules";
import { unavailableReason } from "./service";
import { onSlotChanged, type SlotCommit } from "./events";

/**
 * The admission gate in front of a burst of booking attempts (issue 14).
 *
 * At 07:00 hundreds of people press 预约 on one slot of 20 places. The database keeps the capacity exact
 * whatever arrives (service.ts: one conditional UPDATE per attempt), but every attempt that reaches the
 * full request path — session, tRPC, the booking transaction — costs a few milliseconds of CPU, and the
 * 480 attempts that cannot get a place would make the 20 that can wait behind them. The gate lets at most
 * as many attempts that may take a place ("takers") run at a time for a slot as it has places left (before its
 * first read of a slot, a few: `firstReadRunners`). Each booking committed in this process tells the gate what it
 * left (events.ts: places taken after its UPDATE, and its key), so the gate knows when a slot is full without
 * reading it again.
 *
 * The gate never confirms a booking: an attempt it lets through is decided by the service, as before. It refuses
 * for the service what its knowledge of the slot — a read at most `freshMs` old, plus the commits made in this
 * process since — says:
 * - a slot that is full or not yet open, with the service's own answer (service.ts `unavailableReason`; closed and
 *   withdrawn slots are left to the service, so nobody can make the gate read the bookings of past slots);
 * - a slot whose places left are all being tried by vouched takers, with HELD_MESSAGE (409, like 约满): the way a
 *   flash sale answers 已抢完 from its reserved stock instead of queueing. Nearly every taker confirms, and waiting
 *   for their commits (the 20 of a 07:00 burst chain on the slot row, ~100–250 ms on two cores) made the 480 who
 *   cannot get a place wait for them. Should a taker book nothing (a rule refused its person), its place is free
 *   again at once for the next attempt, and so is the place of a taker whose booking commits (it is in `booked`).
 *   A taker is vouched for (`vouch(person)`) when its session cookie is one this site issued for someone, unexpired
 *   (auth/session-owner.ts `sessionCookieOwner`, read before the session is), and no other taker at the slot is that
 *   person's; until every taker is, the others wait for them instead, so requests with made-up cookies, which cost
 *   nothing to send, or one person's cookies replayed, cannot get real people turned away;
 * - but never an attempt whose idempotency key already made a booking in the slot (a retry after a lost answer):
 *   it always goes through, and the service returns that booking; a retry of a taker still running waits for it.
 *   So the gate refuses only while it knows the slot's keys: read with the slot when few places are left
 *   (`KEYS_WHEN_LEFT`), when it is full or not open yet, and added by every commit.
 * Every confirmation still comes from the database. At worst a place freed by a cancellation in another instance
 * less than `freshMs` ago is seen as 约满 a little longer (one in this process makes the gate read the slot again),
 * a place whose taker then booked nothing was refused to whoever came meanwhile, and with several instances a retry
 * of a booking made through another instance less than `freshMs` ago may be refused (the booking stands; 我的预约 and
 * its SMS show it). A refusal reads no session: someone whose session expired, who may not book, or who is over the
 * rate limit is told 约满 rather than why they could not book.
 * Attempts wait in memory for a read of the slot, for a running taker with their own key, for takers to be vouched,
 * or, while the keys are unknown, for a place; an arrival does not overtake attempts waiting for a place. Those that
 * wait longer than `maxWaitMs`, or arrive when `maxWaiting` attempts already wait for the slot, are told to try
 * again (nothing was booked; the same key is safe to retry).
 */

/** With this many places left or fewer, a read of a slot includes the keys of its bookings. */
export const KEYS_WHEN_LEFT = 64;

/** What the gate reads of a slot: its resource kind, places and window, and the keys of bookings made in it. */
export type GateSlot = {
  kind: string;
  capacity: number;
  booked: number;
  opensAt: Date;
  closesAt: Date;
  withdrawnAt: Date | null;
  /**
   * Idempotency keys of the slot's bookings (any status), read when the slot had at most KEYS_WHEN_LEFT places
   * left or was not open yet, plus those of later commits in this process; null when they were not read (the
   * gate then refuses nothing: the service answers).
   */
  keys: Set<string> | null;
};

export type GateDecision =
  /**
   * `vouch(person)` with whose session cookie this site issued the attempt carries (false when another taker at the
   * slot is that person's: it then stays unvouched); `done()` when it has finished, whatever its outcome.
   */
  | { kind: "run"; vouch: (person: string) => boolean; done: () => void }
  | { kind: "refuse"; code: "CONFLICT" | "BAD_REQUEST"; message: string }
  | { kind: "busy"; message: string };

export type AdmissionOptions = {
  /** Reads a slot as it is at `now` (the gate's clock). */
  load: (slotId: number, now: Date) => Promise<GateSlot | null>;
  /** How old a read of a slot may be when the gate answers from it (default 1000 ms). */
  freshMs?: number;
  /** How long an attempt may wait for a place to be decided (default 10 s). */
  maxWaitMs?: number;
  /** How many attempts may wait for one slot (default 10,000). */
  maxWaiting?: number;
  /**
   * How many attempts may run while the gate's first read of a slot is under way (default 8): letting an attempt
   * through is always safe (the service decides it), and at a burst the read's answer is handled only after
   * every arrival before it has been parsed (~40 ms for 500), which the first attempts need not wait for.
   */
  firstReadRunners?: number;
  now?: () => number;
};

/** A running attempt: its key and kind, whether it counts as taking a place, and who vouches for it. */
type Runner = {
  key: string;
  kind: string;
  takes: boolean;
  /** Let through before the gate's first read: a taker until the read says what it is. */
  provisional: boolean;
  /** Who vouches for it (null: nobody yet). */
  person: string | null;
  finished: boolean;
};

type Waiter = { kind: string; key: string; resolve: (d: GateDecision) => void; timer: ReturnType<typeof setTimeout>; answered: boolean };

type Gate = {
  id: number;
  slot: GateSlot | null;
  /** When `slot` was read. */
  readAt: number;
  /** Something happened that `slot` does not show (a cancellation, keys needed): read again before answering. */
  stale: boolean;
  /** The last read failed (then nothing runs before a read but the one probe, see enter()). */
  readFailed: boolean;
  loading: Promise<void> | null;
  /** Changes seen while a read is under way: applied to its result (it may predate them). */
  during: { commits: SlotCommit[]; stale: boolean } | null;
  /** Running attempts that may take a place (not a retry of a booking made, nor one at another kind's slot). */
  takers: number;
  /** Takers not vouched for (no session cookie this site issued, or another taker is that person's): they may well
   * free their place, so nobody is told HELD_MESSAGE while there are any. */
  unvouched: number;
  /** Who vouches for each vouched taker (one taker per person). */
  vouched: Set<string>;
  /** The running attempts. */
  runners: Set<Runner>;
  /** The keys of the running attempts (a retry of one waits for it), with how many run with each. */
  runningKeys: Map<string, number>;
  /** Attempts waiting for a read, for a running taker with their key, for takers to be vouched, or (keys unknown)
   * for a place, in arrival order. */
  queue: Waiter[];
  settling: boolean;
  settleAgain: boolean;
};

export const BUSY_MESSAGE = "当前预约人数较多，请稍后再试（本次未预约成功，可直接重试）";
/** The answer to an attempt while every place left is being tried by others (409, like 约满). */
export const HELD_MESSAGE = "该时段剩余的号都正在为其他人确认，请选择其他时段";

export class BookingAdmission {
  private readonly gates = new Map<number, Gate>();
  private readonly freshMs: number;
  private readonly maxWaitMs: number;
  private readonly maxWaiting: number;
  private readonly firstReadRunners: number;
  private readonly now: () => number;

  private readonly unsubscribe: () => void;

  constructor(private readonly options: AdmissionOptions) {
    this.freshMs = options.freshMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.maxWaiting = options.maxWaiting ?? 10_000;
    this.firstReadRunners = options.firstReadRunners ?? 8;
    this.now = options.now ?? Date.now;
    // A booking committed in this process says what it left (the commit that takes the last place answers the
    // waiting attempts at once, before that attempt's own answer is sent); a cancellation makes the gate read.
    this.unsubscribe = onSlotChanged((slotId, commit) => {
      const g = this.gates.get(slotId);
      if (!g) return;
      if (g.during) {
        if (commit) g.during.commits.push(commit);
        else g.during.stale = true;
      }
      if (commit) this.apply(g, commit);
      else g.stale = true;
      void this.settle(g);
    });
  }

  /** Stops listening for slot changes (tests). */
  close(): void {
    this.unsubscribe();
  }

  /** How many attempts run and wait for a slot now (for tests and the bench). */
  stats(slotId: number): { running: number; waiting: number } {
    const g = this.gates.get(slotId);
    return { running: g?.runners.size ?? 0, waiting: g?.queue.length ?? 0 };
  }

  /**
   * What to do with an attempt at `slotId` of resource kind `kind` with idempotency key `key`: run it
   * (call `done()` when it has finished, whatever its outcome), refuse it with the service's own answer,
   * or ask the person to try again.
   */
  async enter(slotId: number, kind: string, key: string): Promise<GateDecision> {
    const g = this.gate(slotId);
    // Attempts already wait for a place (or for a read, or for takers to be vouched): this one may be refused, or
    // pass through when it takes no place, but does not overtake them.
    if (g.queue.some((w) => !w.answered && !g.runningKeys.has(w.key))) {
      const v = this.needsRead(g) ? "wait" : this.verdict(g, kind, key, new Date(this.now()));
      if (v === "pass") return this.run(g, kind, key, false);
      if (v === "take" || v === "wait") return this.queueUp(g, kind, key);
      return v;
    }
    // Otherwise decided now when the gate's knowledge of the slot decides it (those waiting wait for a running
    // attempt with their own key). What the gate would need a read for, it does not wait for when letting the
    // attempt run is what it would decide anyway: the read goes on behind it.
    const early = this.needsRead(g) ? this.runBeforeRead(g, kind, key) : null;
    if (early) {
      this.refresh(g).catch(() => {});
      return early;
    }
    let read = true;
    try {
      await this.refresh(g);
    } catch {
      // The gate could not read the slot: one attempt at a time goes to the service (which answers as
      // without a gate); the others wait for it rather than all reaching a database in trouble at once.
      if (g.runners.size === 0) return this.run(g, kind, key, true);
      read = false;
    }
    const now = read ? this.decide(g, kind, key) : null;
    return now ?? this.queueUp(g, kind, key);
  }

  /** The attempt waits in the slot's queue (or, when it is full, is asked to try again). */
  private queueUp(g: Gate, kind: string, key: string): Promise<GateDecision> | GateDecision {
    if (g.queue.length >= this.maxWaiting) return { kind: "busy", message: BUSY_MESSAGE };
    return new Promise<GateDecision>((resolve) => {
      const waiter: Waiter = {
        kind,
        key,
        resolve,
        answered: false,
        timer: setTimeout(() => {
          waiter.answered = true;
          g.queue = g.queue.filter((w) => w !== waiter);
          resolve({ kind: "busy", message: BUSY_MESSAGE });
        }, this.maxWaitMs),
      };
      g.queue.push(waiter);
      // The running attempts may all have finished while this one read the slot.
      if (g.runners.size === 0) void this.settle(g);
    });
  }

  private needsRead(g: Gate): boolean {
    return g.stale || g.readAt < this.now() - this.freshMs;
  }

  /**
   * Before a read the gate lets an attempt run (and only run: refusing needs a fresh read) when the slot has
   * never been read and fewer than `firstReadRunners` attempts run, or when its last read, however old, would let
   * it run (at worst the service answers 约满 itself); never after a failed read.
   */
  private runBeforeRead(g: Gate, kind: string, key: string): GateDecision | null {
    if (g.readFailed) return null;
    // Before any read nothing is known of the slot: such an attempt counts as a taker.
    if (g.readAt === -Infinity)
      return g.runners.size < this.firstReadRunners && !g.runningKeys.has(key) ? this.run(g, kind, key, true) : null;
    const v = this.verdict(g, kind, key, new Date(this.now()), { beforeRead: true });
    return v === "take" || v === "pass" ? this.run(g, kind, key, v === "take") : null;
  }

  /** The decision for an attempt from the gate's current knowledge of the slot, or null to wait. */
  private decide(g: Gate, kind: string, key: string, now = new Date(this.now())): GateDecision | null {
    const v = this.verdict(g, kind, key, now);
    return v === "take" || v === "pass" ? this.run(g, kind, key, v === "take") : v === "wait" ? null : v;
  }

  /**
   * What the gate's knowledge of the slot says of an attempt: run it as a taker of a place ("take") or as one that
   * takes none ("pass": the service answers it without a place, or returns a booking made), let it wait, or refuse it.
   * `beforeRead`: an unavailable slot (full, not open, closed) or one whose places are all being tried waits for
   * the read instead of being decided.
   */
  private verdict(
    g: Gate,
    kind: string,
    key: string,
    now: Date,
    { beforeRead = false } = {},
  ): "take" | "pass" | "wait" | Extract<GateDecision, { kind: "refuse" }> {
    const slot = g.slot;
    // An unknown slot or one of another kind: the service answers (找不到该预约时段). A retry of a booking made:
    // the service returns it.
    if (!slot || slot.kind !== kind || slot.keys?.has(key)) return "pass";
    // Full (committed bookings fill it: a running attempt cannot free a place) or not open yet — refused only
    // while the keys are known; closed and withdrawn slots are the service's.
    const reason = unavailableReason(slot, now);
    if (reason && beforeRead) return "wait";
    if (reason) {
      const closed = slot.opensAt <= now && (slot.closesAt <= now || slot.withdrawnAt !== null);
      // Full from commits before the keys were read (apply() has asked for a read with them) runs too: rare,
      // and the service answers it.
      return closed || !slot.keys ? "pass" : { kind: "refuse", ...reason };
    }
    // A place left that no taker tries.
    if (slot.capacity - slot.booked - g.takers > 0 && !g.runningKeys.has(key)) return "take";
    // A retry of a running attempt waits for it (its commit adds its key, and the service then returns its booking);
    // so does everyone before a read, while the keys are unknown (a retry of a booking made must reach the service),
    // or while a taker is not vouched for.
    if (beforeRead || !slot.keys || g.runningKeys.has(key) || g.unvouched > 0) return "wait";
    // Every place left is being tried by others: answered now (one they do not book is free again for the next).
    return { kind: "refuse", code: "CONFLICT", message: HELD_MESSAGE };
  }

  /** A commit in this process: the places it left, and its key (a retry of it must reach the service). */
  private apply(g: Gate, commit: SlotCommit) {
    // Its attempt's place is in `booked` from now on (this commit's count, or a read's that saw it), not among the
    // places being tried.
    for (const r of g.runners) if (r.key === commit.key) this.release(g, r);
    const slot = g.slot;
    // A read that lists the key counted this commit already (its event can arrive after a cancellation's
    // re-read: applying it again would fill a place that is free).
    if (!slot || slot.keys?.has(commit.key)) return;
    // A commit the read did not see came after it: its count is the newer one. Commits report in any order.
    slot.booked = Math.max(slot.booked, commit.booked);
    slot.capacity = commit.capacity;
    if (slot.keys) slot.keys.add(commit.key);
    else if (slot.capacity - slot.booked <= KEYS_WHEN_LEFT) g.stale = true;
  }

  private gate(slotId: number): Gate {
    let g = this.gates.get(slotId);
    if (!g) {
      if (this.gates.size >= 10_000) this.evictIdle();
      g = {
        id: slotId,
        slot: null,
        readAt: -Infinity,
        stale: true,
        readFailed: false,
        loading: null,
        during: null,
        takers: 0,
        unvouched: 0,
        vouched: new Set(),
        runners: new Set(),
        runningKeys: new Map(),
        queue: [],
        settling: false,
        settleAgain: false,
      };
      this.gates.set(slotId, g);
    }
    return g;
  }

  private evictIdle() {
    for (const [id, g] of this.gates) if (g.runners.size === 0 && g.queue.length === 0 && !g.loading) this.gates.delete(id);
  }

  /** Reads the slot when the last read is older than `freshMs` or something made it stale. */
  private async refresh(g: Gate): Promise<void> {
    // Fresh enough for this caller: a read started after `asked - freshMs` (one slower than freshMs still ends it).
    const asked = this.now();
    while (g.stale || g.readAt < asked - this.freshMs) {
      if (!g.loading) {
        const at = this.now();
        g.stale = false;
        const during = (g.during = { commits: [], stale: false });
        g.loading = this.options
          .load(g.id, new Date(at))
          .then((slot) => {
            g.slot = slot;
            g.readAt = at;
            g.readFailed = false;
            // The read may predate what was committed or cancelled while it ran.
            for (const c of during.commits) this.apply(g, c);
            if (during.stale) g.stale = true;
            // Attempts let through before the first read counted as takers: those that take no place (a retry of a
            // booking made, another kind's slot, no such slot) stop counting.
            for (const r of g.runners) {
              if (!r.provisional) continue;
              r.provisional = false;
              if (!slot || slot.kind !== r.kind || slot.keys?.has(r.key)) this.release(g, r);
            }
          })
          .catch((e: unknown) => {
            g.stale = true;
            g.readFailed = true;
            throw e;
          })
          .finally(() => {
            g.loading = null;
            g.during = null;
          });
      }
      await g.loading;
    }
  }

  /** Lets an attempt run, as a taker of a place (`takes`) or not. */
  private run(g: Gate, kind: string, key: string, takes: boolean): GateDecision {
    const r: Runner = { key, kind, takes, provisional: takes && g.readAt === -Infinity, person: null, finished: false };
    g.runners.add(r);
    g.runningKeys.set(key, (g.runningKeys.get(key) ?? 0) + 1);
    if (takes) {
      g.takers++;
      g.unvouched++;
    }
    return {
      kind: "run",
      vouch: (person: string) => {
        if (!r.takes || r.finished || r.person !== null) return r.person === person;
        if (g.vouched.has(person)) return false;
        r.person = person;
        g.vouched.add(person);
        g.unvouched--;
        // The attempts waiting for the takers to be vouched for may be answered now.
        if (g.unvouched === 0 && g.queue.length > 0) void this.settle(g);
        return true;
      },
      done: () => {
        if (r.finished) return;
        this.release(g, r);
        r.finished = true;
        g.runners.delete(r);
        const n = g.runningKeys.get(key) ?? 1;
        if (n > 1) g.runningKeys.set(key, n - 1);
        else g.runningKeys.delete(key);
        // A commit has told the gate already (before its answer was sent); an attempt that booked nothing left
        // the slot as it was. Either way its place can go to the next waiting attempt.
        void this.settle(g);
      },
    };
  }

  /**
   * A running attempt stops counting as a taker: it finished, its booking was committed (the place is in `booked`
   * now), or the first read showed that it takes none (a retry of a booking made, another kind's slot).
   */
  private release(g: Gate, r: Runner) {
    if (!r.takes || r.finished) return;
    r.takes = false;
    g.takers--;
    if (r.person === null) g.unvouched--;
    else g.vouched.delete(r.person);
  }

  /**
   * After a change or a finished attempt: the gate's knowledge of the slot (read again when stale or old)
   * decides the waiting attempts — all of them at once when the slot is full, as many as there are places left
   * otherwise (the rest keep waiting). Changes that come while a read is under way are folded into the next round.
   */
  private async settle(g: Gate): Promise<void> {
    if (g.settling) {
      g.settleAgain = true;
      return;
    }
    g.settling = true;
    try {
      do {
        g.settleAgain = false;
        if (g.queue.length === 0) break;
        let failed = false;
        try {
          await this.refresh(g);
        } catch {
          failed = true;
        }
        const now = new Date(this.now());
        // Every place left is being tried, the slot is not full, and either its keys are not known (many places left)
        // or a taker is not vouched for: only an attempt at another kind, or a retry of a booking made, could go on
        // (a burst's waiters are looked at after each commit and vouch: keep that cheap).
        const slot = g.slot;
        const blocked = slot && (!slot.keys || g.unvouched > 0);
        if (!failed && slot && blocked && slot.capacity - slot.booked - g.takers <= 0 && !unavailableReason(slot, now)) {
          if (!g.queue.some((w) => w.kind !== slot.kind || slot.keys?.has(w.key))) continue;
        }
        const still: Waiter[] = [];
        let probe = failed && g.runners.size === 0;
        for (const w of g.queue) {
          if (w.answered) continue;
          // A failed read lets one attempt through (when none runs) to the service; the rest keep waiting.
          const d = failed ? (probe ? this.run(g, w.kind, w.key, true) : null) : this.decide(g, w.kind, w.key, now);
          if (failed) probe = false;
          if (!d) still.push(w);
          else {
            w.answered = true;
            clearTimeout(w.timer);
            w.resolve(d);
          }
        }
        g.queue = still;
        // A commit asked for the keys (few places left), or a cancellation came: read again for the waiters —
        // not after a failed read (the running attempt's finish or the waiters' timeout comes first).
        if (!failed && g.stale && g.queue.length > 0) g.settleAgain = true;
      } while (g.settleAgain);
    } finally {
      g.settling = false;
    }
  }
}

/**
 * The gate's read of a slot, in one round trip: the row, and the keys of its bookings when it has at most
 * KEYS_WHEN_LEFT places left or is not open yet (never for a closed or withdrawn slot: nobody can make the gate
 * read the bookings of past slots).
 */
export async function loadGateSlot(db: Queryable, slotId: number, now = new Date()): Promise<GateSlot | null> {
  const at = now.toISOString();
  const [row] = await db
    .select({
      kind: bookingResource.kind,
      capacity: bookingSlot.capacity,
      booked: bookingSlot.booked,
      opensAt: bookingSlot.opensAt,
      closesAt: bookingSlot.closesAt,
      withdrawnAt: bookingSlot.withdrawnAt,
      keys: sql<string[] | null>`case when ${bookingSlot.withdrawnAt} is null and ${bookingSlot.closesAt} > ${at}::timestamptz
        and (${bookingSlot.opensAt} > ${at}::timestamptz or ${bookingSlot.capacity} - ${bookingSlot.booked} <= ${KEYS_WHEN_LEFT})
        then array(select ${booking.idempotencyKey} from ${booking} where ${booking.slotId} = ${bookingSlot.id}) end`,
    })
    .from(bookingSlot)
    .innerJoin(bookingResource, eq(bookingResource.id, bookingSlot.resourceId))
    .where(eq(bookingSlot.id, slotId))
    .limit(1);
  if (!row) return null;
  // An array from both drivers (postgres.js knows text[] from its type fetch); anything else counts as unread.
  return { ...row, keys: Array.isArray(row.keys) ? new Set(row.keys) : null };
}
