import { createTRPCRouter } from "@/server/trpc";

/** Knowledge base: search, articles, agent proposals, admin publishing. */
export const hotlineKnowledgeRouter = createTRPCRouter({});
