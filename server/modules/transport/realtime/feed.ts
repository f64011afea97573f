import GtfsRealtimeBindings from "gtfs-realtime-bindings";
import { AppError } from "@/server/lib/errors";
import type { SimVehicle, VehicleStatus } from "./simulator";

/**
 * GTFS-realtime v2.0 feeds (gtfs.org/documentation/realtime/reference) from simulated vehicles,
 * encoded with the reference bindings; and decoding of any GTFS-rt feed (ours or an external one)
 * into what the arrivals and vehicle lists need.
 */

const { transit_realtime: rt } = GtfsRealtimeBindings;
export type FeedMessage = GtfsRealtimeBindings.transit_realtime.FeedMessage;

const STATUS: Record<VehicleStatus, number> = {
  INCOMING_AT: rt.VehiclePosition.VehicleStopStatus.INCOMING_AT,
  STOPPED_AT: rt.VehiclePosition.VehicleStopStatus.STOPPED_AT,
  IN_TRANSIT_TO: rt.VehiclePosition.VehicleStopStatus.IN_TRANSIT_TO,
};

function header(timestamp: number) {
  return { gtfsRealtimeVersion: "2.0", incrementality: rt.FeedHeader.Incrementality.FULL_DATASET, timestamp };
}

function tripDescriptor(v: SimVehicle) {
  return {
    tripId: v.tripId,
    routeId: v.routeId,
    directionId: v.directionId,
    startDate: v.startDate,
    startTime: v.startTime,
    scheduleRelationship: rt.TripDescriptor.ScheduleRelationship.SCHEDULED,
  };
}

/** TripUpdates: every trip in service with predicted arrival and departure at the stops ahead. */
export function encodeTripUpdates(vehicles: readonly SimVehicle[], timestamp: number): Uint8Array {
  return rt.FeedMessage.encode({
    header: header(timestamp),
    entity: vehicles.map((v) => ({
      id: `tu-${v.tripId}-${v.startDate}`,
      tripUpdate: {
        trip: tripDescriptor(v),
        vehicle: { id: v.vehicleId, label: v.label },
        timestamp: v.timestamp,
        delay: v.delay,
        stopTimeUpdate: v.predictions.map((p) => ({
          stopSequence: p.seq,
          stopId: p.stopId,
          arrival: { time: p.arrival, delay: p.delay },
          departure: { time: p.departure, delay: Math.max(0, p.delay) },
          scheduleRelationship: rt.TripUpdate.StopTimeUpdate.ScheduleRelationship.SCHEDULED,
        })),
      },
    })),
  }).finish();
}

/** VehiclePositions: where each vehicle is, heading where, and its stop status. */
export function encodeVehiclePositions(vehicles: readonly SimVehicle[], timestamp: number): Uint8Array {
  return rt.FeedMessage.encode({
    header: header(timestamp),
    entity: vehicles.map((v) => ({
      id: `vp-${v.vehicleId}-${v.startDate}`,
      vehicle: {
        trip: tripDescriptor(v),
        vehicle: { id: v.vehicleId, label: v.label },
        position: { latitude: v.lat, longitude: v.lon, bearing: v.bearing, speed: v.speed },
        currentStopSequence: v.stopSeq,
        stopId: v.stopId,
        currentStatus: STATUS[v.status],
        timestamp: v.timestamp,
      },
    })),
  }).finish();
}

/** Decodes GTFS-rt protobuf bytes; a malformed feed is a BAD_REQUEST (ingest keeps the last good one). */
export function decodeFeed(bytes: Uint8Array): FeedMessage {
  let msg: FeedMessage;
  try {
    msg = rt.FeedMessage.decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "GTFS-realtime 数据无法解码：不是有效的 protobuf FeedMessage");
  }
  if (!msg.header || !msg.header.gtfsRealtimeVersion)
    throw new AppError("BAD_REQUEST", "GTFS-realtime 数据缺少 header.gtfs_realtime_version");
  return msg;
}

/** The readable JSON form (`?format=json`): protobuf field names in camelCase, enums as names, times as numbers. */
export function feedToJson(msg: FeedMessage): Record<string, unknown> {
  return rt.FeedMessage.toObject(msg, { longs: Number, enums: String, defaults: false });
}

const num = (v: number | { toNumber(): number } | null | undefined): number | null =>
  v === null || v === undefined ? null : typeof v === "number" ? v : v.toNumber();

export type Prediction = { arrival: number | null; departure: number | null; delay: number | null };
/** `${tripId}|${startDate}` → stopId → prediction (unix seconds). */
export type PredictionIndex = Map<string, Map<string, Prediction>>;

export const predictionKey = (tripId: string, startDate: string) => `${tripId}|${startDate}`;

export function indexTripUpdates(msg: FeedMessage): PredictionIndex {
  const out: PredictionIndex = new Map();
  for (const e of msg.entity) {
    const tu = e.tripUpdate;
    if (!tu?.trip?.tripId) continue;
    const byStop = new Map<string, Prediction>();
    for (const s of tu.stopTimeUpdate ?? []) {
      if (!s.stopId) continue;
      byStop.set(s.stopId, {
        arrival: num(s.arrival?.time),
        departure: num(s.departure?.time),
        delay: s.arrival?.delay ?? s.departure?.delay ?? tu.delay ?? null,
      });
    }
    out.set(predictionKey(tu.trip.tripId, tu.trip.startDate ?? ""), byStop);
  }
  return out;
}

export type LiveVehicle = {
  vehicleId: string;
  label: string | null;
  tripId: string | null;
  routeId: string | null;
  directionId: number | null;
  lat: number;
  lon: number;
  bearing: number | null;
  stopId: string | null;
  status: string | null;
  timestamp: number | null;
};

export function vehiclesFromFeed(msg: FeedMessage): LiveVehicle[] {
  const out: LiveVehicle[] = [];
  for (const e of msg.entity) {
    const v = e.vehicle;
    if (!v?.position) continue;
    out.push({
      vehicleId: v.vehicle?.id ?? e.id,
      label: v.vehicle?.label ?? null,
      tripId: v.trip?.tripId ?? null,
      routeId: v.trip?.routeId ?? null,
      directionId: v.trip?.directionId ?? null,
      lat: v.position.latitude,
      lon: v.position.longitude,
      bearing: v.position.bearing ?? null,
      stopId: v.stopId ?? null,
      status: v.currentStatus === null || v.currentStatus === undefined ? null : rt.VehiclePosition.VehicleStopStatus[v.currentStatus]!,
      timestamp: num(v.timestamp),
    });
  }
  return out;
}
