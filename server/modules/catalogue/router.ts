import { createTRPCRouter } from "@/server/trpc";
import { cataloguePublicRouter } from "./public-router";
import { catalogueAdminRouter } from "./admin-router";

/** 一网通办 service catalogue: `catalogue.public.*` for everyone, `catalogue.admin.*` for admins. */
export const catalogueRouter = createTRPCRouter({
  public: cataloguePublicRouter,
  admin: catalogueAdminRouter,
});
