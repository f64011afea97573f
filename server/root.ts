import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./modules/account/router";
import { adminRouter } from "./modules/admin/router";
import { catalogueRouter } from "./modules/catalogue/router";
import { applicationsRouter } from "./modules/applications/router";
import { hotlineRouter } from "./modules/hotline/router";
import { governanceRouter } from "./modules/governance/router";

/** Assembles the modules' routers (each module's router.ts composes its own sub-routers); nothing else lives here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  catalogue: catalogueRouter,
  applications: applicationsRouter,
  hotline: hotlineRouter,
  governance: governanceRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
