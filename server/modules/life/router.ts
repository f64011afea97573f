import { createTRPCRouter } from "@/server/trpc";
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
});
