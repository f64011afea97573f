/** What other modules use of booking besides service.ts: the .ics calendar file of a booking. */
export { bookingIcs } from "./ics";
