import { createTRPCRouter } from "@/server/trpc";
// A section router composes its modules' routers: the one cross-module import the boundaries must allow here.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { alertsRouter } from "@/server/modules/alerts/router";

/**
 * 智慧治理's section router. Today it holds 突发事件预警 (`governance.alerts.…`); the 政务公开 and
 * 随手拍 routers join it here (the lead reconciles this file with the governance branch's).
 */
export const governanceRouter = createTRPCRouter({
  alerts: alertsRouter,
});
