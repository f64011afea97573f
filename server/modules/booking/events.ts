/**
 * "A slot's bookings changed" (a booking committed, one cancelled), for the admission gate (admission.ts).
 * A commit says what it left: the slot's places taken after its UPDATE (read in the same statement, under the
 * row lock, so exact at that commit) and the attempt's idempotency key — the gate answers from that without
 * reading the slot again. A change without them (a cancellation) makes the gate re-read the slot.
 *
 * Kept on globalThis: scripts/serve.ts (where the gate lives) and Next.js's server bundle each load their
 * own copy of this module, and a cancellation made through a Next.js page must reach the gate too. Only this
 * process: other instances' gates see a change when their read of the slot ages (BOOKING_GATE_FRESH_MS).
 */
/** What a committed booking left in its slot. */
export type SlotCommit = { booked: number; capacity: number; key: string };
type Listener = (slotId: number, commit?: SlotCommit) => void;

declare global {
  // One set per process, whichever copy of this module registers or calls.
  var __ntBookingSlotListeners: Set<Listener> | undefined;
}

function listeners(): Set<Listener> {
  return (globalThis.__ntBookingSlotListeners ??= new Set());
}

/**
 * Calls `fn` with the slot's id whenever a booking in it is committed (with `commit`) or cancelled (without);
 * returns the unsubscribe.
 */
export function onSlotChanged(fn: Listener): () => void {
  listeners().add(fn);
  return () => listeners().delete(fn);
}

/** Tells the listeners (after the transaction committed). Never throws. */
export function slotChanged(slotId: number, commit?: SlotCommit): void {
  for (const fn of listeners()) {
    try {
      fn(slotId, commit);
    } catch {
      // a listener's fault is its own
    }
  }
}
