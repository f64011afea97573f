import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * 智慧交通. The GTFS tables mirror the feed in drizzle/seed/gtfs (ids are the feed's ids; times are
 * seconds after midnight of the service day, which may exceed 24 h as GTFS allows). They are
 * replaced as a whole when a new feed version is imported.
 */

/** Which static feed version is loaded (one row, id 'static'). */
export const transportFeed = pgTable("transport_feed", {
  id: text().primaryKey(),
  version: text().notNull(),
  publisherName: text().notNull(),
  startDate: date().notNull(),
  endDate: date().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const transportAgency = pgTable("transport_agency", {
  id: text().primaryKey(),
  name: text().notNull(),
  url: text().notNull(),
  timezone: text().notNull(),
  lang: text(),
});

export const transportRoute = pgTable(
  "transport_route",
  {
    id: text().primaryKey(),
    agencyId: text()
      .notNull()
      .references(() => transportAgency.id),
    shortName: text().notNull(),
    longName: text().notNull(),
    description: text(),
    /** GTFS route_type: 1 metro, 3 bus */
    routeType: smallint().notNull(),
    color: text(),
    textColor: text(),
    /** order of the feed's routes.txt (metro first) */
    sortOrder: integer().notNull(),
  },
  (t) => [index("transport_route_type_idx").on(t.routeType, t.sortOrder)],
);

export const transportStop = pgTable(
  "transport_stop",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** one of the seven divisions (the feed's stop_desc) */
    district: text(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    zoneId: text(),
    wheelchairBoarding: smallint().notNull().default(0),
  },
  (t) => [index("transport_stop_lat_lon_idx").on(t.lat, t.lon), index("transport_stop_district_idx").on(t.district, t.name)],
);

export const transportCalendar = pgTable("transport_calendar", {
  serviceId: text().primaryKey(),
  monday: boolean().notNull(),
  tuesday: boolean().notNull(),
  wednesday: boolean().notNull(),
  thursday: boolean().notNull(),
  friday: boolean().notNull(),
  saturday: boolean().notNull(),
  sunday: boolean().notNull(),
  startDate: date().notNull(),
  endDate: date().notNull(),
});

/** calendar_dates.txt: 1 = service added that day, 2 = removed. */
export const transportCalendarDate = pgTable(
  "transport_calendar_date",
  {
    serviceId: text().notNull(),
    date: date().notNull(),
    exceptionType: smallint().notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.date] })],
);

export const transportTrip = pgTable(
  "transport_trip",
  {
    id: text().primaryKey(),
    routeId: text()
      .notNull()
      .references(() => transportRoute.id),
    serviceId: text().notNull(),
    headsign: text(),
    directionId: smallint().notNull(),
    shapeId: text(),
  },
  (t) => [index("transport_trip_route_idx").on(t.routeId, t.directionId)],
);

export const transportStopTime = pgTable(
  "transport_stop_time",
  {
    tripId: text()
      .notNull()
      .references(() => transportTrip.id, { onDelete: "cascade" }),
    stopSequence: integer().notNull(),
    stopId: text()
      .notNull()
      .references(() => transportStop.id),
    arrivalSec: integer().notNull(),
    departureSec: integer().notNull(),
    shapeDistM: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.tripId, t.stopSequence] }),
    // next departures at a stop: one ordered range per stop
    index("transport_stop_time_stop_idx").on(t.stopId, t.departureSec),
  ],
);

export const transportShapePoint = pgTable(
  "transport_shape_point",
  {
    shapeId: text().notNull(),
    sequence: integer().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    distM: doublePrecision(),
  },
  (t) => [primaryKey({ columns: [t.shapeId, t.sequence] })],
);

export const transportFare = pgTable("transport_fare", {
  id: text().primaryKey(),
  priceFen: integer().notNull(),
  currency: text().notNull(),
  paymentMethod: smallint().notNull(),
  /** null = unlimited transfers */
  transfers: smallint(),
  agencyId: text(),
});

export const transportFareRule = pgTable(
  "transport_fare_rule",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    fareId: text()
      .notNull()
      .references(() => transportFare.id, { onDelete: "cascade" }),
    routeId: text(),
    originId: text(),
    destinationId: text(),
  },
  (t) => [index("transport_fare_rule_od_idx").on(t.originId, t.destinationId)],
);

/**
 * Parking lots with live free spaces. `code` is the lot's id in external feeds. The last good
 * reading stays until a newer valid one arrives (`freeObservedAt` only moves forward).
 */
export const transportParkingLot = pgTable(
  "transport_parking_lot",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    district: text().notNull(),
    address: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    capacity: integer().notNull(),
    /** public | mall | hospital | scenic | station */
    kind: text().notNull(),
    feeNote: text(),
    freeSpaces: integer(),
    freeObservedAt: timestamp({ withTimezone: true }),
    /** simulator | feed: where the current reading came from */
    freeSource: text(),
    sample: boolean().notNull().default(true),
  },
  (t) => [
    uniqueIndex("transport_parking_lot_code_key").on(t.code),
    index("transport_parking_lot_district_idx").on(t.district, t.name),
    index("transport_parking_lot_lat_lon_idx").on(t.lat, t.lon),
  ],
);

/** 路况: congestion, incidents and road works, each with a time window and the roads it affects. */
export const transportRoadNotice = pgTable(
  "transport_road_notice",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** congestion | incident | roadworks */
    kind: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    roads: text().array().notNull(),
    district: text().notNull(),
    /** 1 轻微/缓行, 2 较重/拥堵, 3 严重/严重拥堵 */
    severity: smallint().notNull(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    /** null = until further notice */
    endsAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdById: uuid(),
    updatedById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** withdrawn by an admin (kept for the record) */
    withdrawnAt: timestamp({ withTimezone: true }),
    sample: boolean().notNull().default(false),
  },
  (t) => [
    index("transport_road_notice_current_idx")
      .on(t.startsAt, t.endsAt)
      .where(sql`${t.withdrawnAt} is null`),
    index("transport_road_notice_district_idx").on(t.district, t.startsAt),
  ],
);

/** Public bike stations with simulated bikes and free docks. */
export const transportBikeStation = pgTable(
  "transport_bike_station",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    name: text().notNull(),
    district: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    docks: integer().notNull(),
    bikes: integer().notNull(),
    observedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sample: boolean().notNull().default(true),
  },
  (t) => [
    uniqueIndex("transport_bike_station_code_key").on(t.code),
    index("transport_bike_station_district_idx").on(t.district, t.name),
    index("transport_bike_station_lat_lon_idx").on(t.lat, t.lon),
  ],
);

/**
 * Keys of external data feeds (parking operators, air monitoring): only the SHA-256 is stored, like
 * the Open311 keys; `scopes` says which ingest endpoints a key may use ('parking', 'air').
 */
export const ingestApiKey = pgTable(
  "ingest_api_key",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    keyHash: text().notNull(),
    keyPrefix: text().notNull(),
    scopes: text().array().notNull(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("ingest_api_key_hash_key").on(t.keyHash)],
);

/**
 * The latest GTFS-realtime feeds, written once per tick by the cluster's leader (simulator or
 * ingest) and read by the other instances; protobuf bytes as base64. One row, id 'current'.
 */
export const transportRealtimeSnapshot = pgTable("transport_realtime_snapshot", {
  id: text().primaryKey(),
  /** simulator | ingest */
  source: text().notNull(),
  generatedAt: timestamp({ withTimezone: true }).notNull(),
  tripUpdates: text().notNull(),
  vehiclePositions: text().notNull(),
});
