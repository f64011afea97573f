import type { DB } from "@/server/db";
import { generateHospitalSlots } from "@/server/modules/health/service";
import { generateTicketSlots } from "@/server/modules/tourism/service";

/**
 * Creates the coming days' hospital slots and scenic-spot ticket days (idempotent: existing slots and their
 * bookings are kept). The seed runs it at start; a long-running deployment runs it once a day per cluster
 * (under an advisory lock or pg-boss), before HEALTH_RELEASE_TIME, so day + 7 exists before it opens.
 */
export async function generateLifeSlots(db: DB, now = new Date()): Promise<{ hospitalSlots: number; ticketDays: number }> {
  const hospitalSlots = await generateHospitalSlots(db, now);
  const ticketDays = await generateTicketSlots(db, now);
  return { hospitalSlots, ticketDays };
}
