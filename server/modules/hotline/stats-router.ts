import { createTRPCRouter } from "@/server/trpc";

/** Statistics for agents and admins; admin SLA table. */
export const hotlineStatsRouter = createTRPCRouter({});
