import { createCallerFactory, createTRPCRouter } from "./trpc";
import { accountRouter } from "./modules/account/router";
import { adminRouter } from "./modules/admin/router";
import { catalogueRouter } from "./modules/catalogue/router";
import { catalogueAdminRouter } from "./modules/catalogue/admin-router";
import { applicationsRouter } from "./modules/applications/router";
import { hotlineRouter } from "./modules/hotline/citizen-router";
import { hotlineAgentRouter } from "./modules/hotline/agent-router";
import { hotlineStaffRouter } from "./modules/hotline/staff-router";
import { hotlineKnowledgeRouter } from "./modules/hotline/knowledge-router";
import { hotlineStatsRouter } from "./modules/hotline/stats-router";
import { open311AdminRouter } from "./modules/hotline/open311-router";

/** Assembles the modules' routers; nothing else lives here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  catalogue: catalogueRouter,
  catalogueAdmin: catalogueAdminRouter,
  applications: applicationsRouter,
  hotline: hotlineRouter,
  hotlineAgent: hotlineAgentRouter,
  hotlineStaff: hotlineStaffRouter,
  hotlineKnowledge: hotlineKnowledgeRouter,
  hotlineStats: hotlineStatsRouter,
  open311Admin: open311AdminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
