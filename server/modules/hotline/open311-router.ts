import { createTRPCRouter } from "@/server/trpc";

/** Admin management of Open311 API keys. */
export const open311AdminRouter = createTRPCRouter({});
