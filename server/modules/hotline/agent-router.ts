import { createTRPCRouter } from "@/server/trpc";

/** Agent console: queues, caller lookup, intake on behalf, classify, answer, dispatch, duplicates+merge, 催办, return visits, extension approvals. */
export const hotlineAgentRouter = createTRPCRouter({});
