import { createTRPCRouter } from "@/server/trpc";

/** Department desk: queue, 签收, reply, extension request, 退单. */
export const hotlineStaffRouter = createTRPCRouter({});
