import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./modules/account/router";
import { adminRouter } from "./modules/admin/router";
import { catalogueRouter } from "./modules/catalogue/router";
import { catalogueAdminRouter } from "./modules/catalogue/admin-router";
import { applicationsRouter } from "./modules/applications/router";

/** Assembles the modules' routers; nothing else lives here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  catalogue: catalogueRouter,
  catalogueAdmin: catalogueAdminRouter,
  applications: applicationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
