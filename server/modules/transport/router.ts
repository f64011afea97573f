import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId, ZVersion } from "@/server/lib/validation";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";
import { CONCESSION_RATE, RIDER_CATEGORIES, metroFareBands, type RiderCategory } from "./fares";
import { arrivalsAtStop, liveVehicles } from "./realtime/service";
import {
  createRoadNotice,
  currentRoadNotices,
  getRoadNoticeForAdmin,
  getLine,
  getStop,
  listBikeStations,
  listLines,
  listParking,
  listRoadNoticesForAdmin,
  metroFareBetween,
  metroFaresFrom,
  nearestBikeStations,
  nearestParking,
  nearestStops,
  stopsInDistrict,
  updateRoadNotice,
  upcomingRoadNotices,
  withdrawRoadNotice,
} from "./service";
import { ROAD_NOTICE_KINDS, ZDistrict, ZNearby, ZRoadNotice } from "./validation";

const ZStopRef = z.string({ error: "请选择站点" }).trim().min(1, "请选择站点").max(64, "站点编号过长");
const ZRouteRef = z.string({ error: "请选择线路" }).trim().min(1, "请选择线路").max(64, "线路编号过长");

const ZLine = z.object({
  id: z.string(),
  shortName: z.string().nullable(),
  longName: z.string().nullable(),
  description: z.string().nullable(),
  routeType: z.number(),
  color: z.string().nullable(),
  textColor: z.string().nullable(),
  agencyName: z.string(),
  typeName: z.string(),
  sample: z.boolean(),
});
const ZLineStop = z.object({
  stopId: z.string(),
  seq: z.number(),
  name: z.string(),
  district: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  distM: z.number(),
});
const ZLineDetail = ZLine.extend({
  directions: z.array(
    z.object({
      directionId: z.number(),
      headsign: z.string().nullable(),
      firstDeparture: z.string(),
      lastDeparture: z.string(),
      tripsPerDay: z.number(),
      headwayMinutes: z.object({ min: z.number(), max: z.number() }).nullable(),
      runMinutes: z.number(),
      lengthKm: z.number(),
      stops: z.array(ZLineStop),
    }),
  ),
});
const ZStopSummary = z.object({ id: z.string(), name: z.string(), district: z.string().nullable(), lat: z.number(), lon: z.number() });
const ZStopDetail = ZStopSummary.extend({
  wheelchairBoarding: z.boolean(),
  isMetro: z.boolean(),
  routes: z.array(
    z.object({
      id: z.string(),
      shortName: z.string().nullable(),
      longName: z.string().nullable(),
      routeType: z.number(),
      color: z.string().nullable(),
      sortOrder: z.number(),
    }),
  ),
});
const ZArrival = z.object({
  tripId: z.string(),
  routeId: z.string(),
  headsign: z.string().nullable(),
  scheduled: z.date(),
  predicted: z.date().nullable(),
  delaySec: z.number().nullable(),
  minutes: z.number(),
  realtime: z.boolean(),
});
const ZVehicle = z.object({
  vehicleId: z.string(),
  label: z.string().nullable(),
  tripId: z.string().nullable(),
  routeId: z.string().nullable(),
  directionId: z.number().nullable(),
  lat: z.number(),
  lon: z.number(),
  bearing: z.number().nullable(),
  stopId: z.string().nullable(),
  status: z.string().nullable(),
  timestamp: z.number().nullable(),
});
const ZParkingLot = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  address: z.string(),
  lat: z.number(),
  lon: z.number(),
  capacity: z.number(),
  kind: z.string(),
  kindName: z.string(),
  feeNote: z.string().nullable(),
  freeSpaces: z.number().nullable(),
  freeObservedAt: z.date().nullable(),
  live: z.boolean(),
  status: z.string(),
  sample: z.boolean(),
});
const ZBikeStation = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  district: z.string(),
  lat: z.number(),
  lon: z.number(),
  docks: z.number(),
  bikes: z.number(),
  freeDocks: z.number(),
  observedAt: z.date().nullable(),
  sample: z.boolean(),
});
const ZNotice = z.object({
  id: z.number(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  description: z.string(),
  roads: z.array(z.string()),
  district: z.string(),
  severity: z.number(),
  severityName: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  version: z.number(),
  updatedAt: z.date(),
  withdrawnAt: z.date().nullable(),
  sample: z.boolean(),
});
const withDistance = <T extends z.ZodRawShape>(s: z.ZodObject<T>) => s.extend({ distanceM: z.number() });
const ZDistrictFilter = z.object({ district: ZDistrict.optional() }).default({});
const ZRiderCategory = z.enum(Object.keys(RIDER_CATEGORIES) as [RiderCategory, ...RiderCategory[]], { error: "请选择乘客类别" });
const ZNoticeKind = z.enum(Object.keys(ROAD_NOTICE_KINDS) as [keyof typeof ROAD_NOTICE_KINDS, ...(keyof typeof ROAD_NOTICE_KINDS)[]]);

/** Public 智慧交通: lines, stops, live arrivals and vehicles, metro fares, parking, bikes, 路况. */
const transportPublicRouter = createTRPCRouter({
  lines: publicProcedure
    .input(z.object({ routeType: z.union([z.literal(1), z.literal(3)]).optional() }).default({}))
    .output(z.array(ZLine))
    .query(({ ctx, input }) => listLines(ctx.db, input)),

  line: publicProcedure
    .input(z.object({ id: ZRouteRef }))
    .output(ZLineDetail)
    .query(({ ctx, input }) => getLine(ctx.db, input.id)),

  stop: publicProcedure
    .input(z.object({ id: ZStopRef }))
    .output(ZStopDetail)
    .query(({ ctx, input }) => getStop(ctx.db, input.id)),

  /** Read from the in-memory realtime snapshot (nothing built per request); the stop page polls it every 20 s. */
  arrivals: publicProcedure
    .input(z.object({ stopId: ZStopRef, limit: z.number().int().min(1).max(20).default(8) }))
    .output(z.object({ at: z.date(), arrivals: z.array(ZArrival) }))
    .query(async ({ ctx, input }) => {
      const at = new Date();
      return { at, arrivals: await arrivalsAtStop(ctx.db, input.stopId, { now: at, limit: input.limit }) };
    }),

  vehicles: publicProcedure
    .input(z.object({ routeId: ZRouteRef.optional() }).default({}))
    .output(z.object({ generatedAt: z.date().nullable(), vehicles: z.array(ZVehicle) }))
    .query(({ ctx, input }) => liveVehicles(ctx.db, input.routeId)),

  stopsInDistrict: publicProcedure
    .input(z.object({ district: ZDistrict }))
    .output(z.array(ZStopSummary))
    .query(({ ctx, input }) => stopsInDistrict(ctx.db, input.district)),

  nearestStops: publicProcedure
    .input(ZNearby)
    .output(z.array(withDistance(ZStopSummary)))
    .query(({ ctx, input }) => nearestStops(ctx.db, input)),

  metroFare: publicProcedure
    .input(
      z.object({
        from: ZStopRef,
        to: ZStopRef,
        age: z
          .number({ error: "年龄须为整数" })
          .int("年龄须为整数")
          .min(0, "年龄须为0—150之间的整数")
          .max(150, "年龄须为0—150之间的整数")
          .optional(),
        category: ZRiderCategory.optional(),
      }),
    )
    .output(z.object({ distanceM: z.number(), baseFen: z.number(), payFen: z.number(), category: z.string(), label: z.string() }))
    .query(({ ctx, input }) => metroFareBetween(ctx.db, input.from, input.to, { age: input.age, category: input.category })),

  metroFaresFrom: publicProcedure
    .input(z.object({ from: ZStopRef }))
    .output(
      z.array(
        z.object({
          stopId: z.string(),
          name: z.string(),
          routeId: z.string(),
          distanceM: z.number(),
          adultFen: z.number(),
          senior60Fen: z.number(),
          senior65Fen: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) => metroFaresFrom(ctx.db, input.from)),

  /** The fare rules: distance bands and the share each rider category pays. */
  metroFareRules: publicProcedure
    .output(
      z.object({
        bands: z.array(z.object({ fromKm: z.number(), toKm: z.number().nullable(), fareFen: z.number() })),
        categories: z.array(z.object({ key: z.string(), label: z.string(), rate: z.number() })),
      }),
    )
    .query(() => ({
      bands: metroFareBands(45),
      categories: (Object.keys(RIDER_CATEGORIES) as RiderCategory[]).map((key) => ({
        key,
        label: RIDER_CATEGORIES[key],
        rate: CONCESSION_RATE[key],
      })),
    })),

  parking: publicProcedure
    .input(ZDistrictFilter)
    .output(z.array(ZParkingLot))
    .query(({ ctx, input }) => listParking(ctx.db, input)),

  nearestParking: publicProcedure
    .input(ZNearby)
    .output(z.array(withDistance(ZParkingLot)))
    .query(({ ctx, input }) => nearestParking(ctx.db, input)),

  bikes: publicProcedure
    .input(ZDistrictFilter)
    .output(z.array(ZBikeStation))
    .query(({ ctx, input }) => listBikeStations(ctx.db, input)),

  nearestBikes: publicProcedure
    .input(ZNearby)
    .output(z.array(withDistance(ZBikeStation)))
    .query(({ ctx, input }) => nearestBikeStations(ctx.db, input)),

  roadNotices: publicProcedure
    .input(z.object({ district: ZDistrict.optional(), kind: ZNoticeKind.optional() }).default({}))
    .output(z.object({ current: z.array(ZNotice), upcoming: z.array(ZNotice) }))
    .query(async ({ ctx, input }) => ({
      current: await currentRoadNotices(ctx.db, input),
      upcoming: input.kind || input.district ? [] : await upcomingRoadNotices(ctx.db),
    })),
});

const ZNoticeVersion = z.object({ id: ZId, version: ZVersion });

/** Admins: incidents, congestion and road works (audited, optimistic versioning). */
const transportAdminRouter = createTRPCRouter({
  roadNotices: permissionProcedure("admin.console")
    .input(z.object({ offset: z.number().int().min(0).max(100_000).default(0) }).default({ offset: 0 }))
    .output(z.array(ZNotice))
    .query(({ ctx, input }) => listRoadNoticesForAdmin(ctx, { offset: input.offset, limit: 50 })),

  roadNotice: permissionProcedure("admin.console")
    .input(z.object({ id: ZId }))
    .output(ZNotice)
    .query(({ ctx, input }) => getRoadNoticeForAdmin(ctx, input.id)),

  createRoadNotice: permissionProcedure("admin.console")
    .input(ZRoadNotice)
    .output(z.object({ id: z.number(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const r = await createRoadNotice(ctx, input);
      revalidatePublic(PAGE_TAGS.transportRoads);
      return r;
    }),

  updateRoadNotice: permissionProcedure("admin.console")
    .input(ZNoticeVersion.extend({ notice: ZRoadNotice }))
    .output(z.object({ id: z.number(), version: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const r = await updateRoadNotice(ctx, input.id, input.version, input.notice);
      revalidatePublic(PAGE_TAGS.transportRoads);
      return r;
    }),

  withdrawRoadNotice: permissionProcedure("admin.console")
    .input(ZNoticeVersion)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await withdrawRoadNotice(ctx, input.id, input.version);
      revalidatePublic(PAGE_TAGS.transportRoads);
      return { ok: true as const };
    }),
});

export const transportRouter = createTRPCRouter({
  public: transportPublicRouter,
  admin: transportAdminRouter,
});
