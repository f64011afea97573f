import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { STAFF_UNIT_KINDS, staffUnitKinds } from "./staff";
import { healthRouter } from "./health-router";
import { familyRouter } from "./family-router";
import { cardRouter } from "./card-router";
import { communityRouter } from "./community-router";
import { tourismRouter } from "./tourism-router";
import { housingRouter } from "./housing-router";
import { wifiRouter } from "./wifi-router";
import { healthRecordsRouter } from "@/server/modules/health-records";

/**
 * 智慧生活, one router of sub-routers over the modules' services: `life.health.book`, `life.card.reportLoss`,
 * `life.community.saveElderCard`, `life.tourism.check`, `life.housing.account`, `life.wifi.places`,
 * `life.family.add`. Bookings of every kind go through server/modules/booking (see its rules.ts).
 */
export const lifeRouter = createTRPCRouter({
  health: healthRouter,
  healthRecords: healthRecordsRouter,
  family: familyRouter,
  card: cardRouter,
  community: communityRouter,
  tourism: tourismRouter,
  housing: housingRouter,
  wifi: wifiRouter,
  /** The front desks (unit kinds) the signed-in staff member is bound to: /staff/life shows only those. */
  desks: permissionProcedure("life.desk")
    .output(z.array(z.enum(STAFF_UNIT_KINDS)))
    .query(({ ctx }) => staffUnitKinds(ctx.db, ctx.user)),
});
