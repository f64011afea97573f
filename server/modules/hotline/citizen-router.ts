import { createTRPCRouter } from "@/server/trpc";

/** Citizen and public 12345: categories, submit, own requests, rating, public answered requests and hot topics. */
export const hotlineRouter = createTRPCRouter({});
