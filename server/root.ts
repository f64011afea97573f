import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./modules/account/router";
import { adminRouter } from "./modules/admin/router";
import { catalogueRouter } from "./modules/catalogue/router";
import { applicationsRouter } from "./modules/applications/router";
import { hotlineRouter } from "./modules/hotline/router";
import { transportRouter } from "./modules/transport/router";
import { environmentRouter } from "./modules/environment/router";
import { lifeRouter } from "./modules/life/router";
import { governanceRouter } from "./modules/governance/router";
import { economyRouter } from "./modules/economy/router";
import { cultureRouter } from "./modules/culture/router";
import { searchRouter } from "./modules/search/router";

/** Assembles the modules' routers (each module's router.ts composes its own sub-routers); nothing else lives here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  catalogue: catalogueRouter,
  applications: applicationsRouter,
  hotline: hotlineRouter,
  transport: transportRouter,
  environment: environmentRouter,
  life: lifeRouter,
  governance: governanceRouter,
  economy: economyRouter,
  culture: cultureRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
