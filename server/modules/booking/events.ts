/**
 * "A slot's bookings changed" (a booking committed, one cancelled), for the admission gate (admission.ts),
 * which then re-reads the slot instead of waiting for the attempt's answer or for its read to age.
 *
 * Kept on globalThis: scripts/serve.ts (where the gate lives) and Next.js's server bundle each load their
 * own copy of this module, and a cancellation made through a Next.js page must reach the gate too. Only this
 * process: other instances' gates see a change when their read of the slot ages (BOOKING_GATE_FRESH_MS).
 */
type Listener = (slotId: number) => void;

declare global {
  // One set per process, whichever copy of this module registers or calls.
  var __ntBookingSlotListeners: Set<Listener> | undefined;
}

function listeners(): Set<Listener> {
  return (globalThis.__ntBookingSlotListeners ??= new Set());
}

/** Calls `fn` with the slot's id whenever a booking in it is committed or cancelled; returns the unsubscribe. */
export function onSlotChanged(fn: Listener): () => void {
  listeners().add(fn);
  return () => listeners().delete(fn);
}

/** Tells the listeners (after the transaction committed). Never throws. */
export function slotChanged(slotId: number): void {
  for (const fn of listeners()) {
    try {
      fn(slotId);
    } catch {
      // a listener's fault is its own
    }
  }
}
