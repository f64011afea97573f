import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./modules/account/router";
import { adminRouter } from "./modules/admin/router";

/** Assembles the modules' routers; nothing else lives here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
