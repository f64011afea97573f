/** Great-circle distances and nearest-point helpers (WGS-84 degrees in, metres out). */

const EARTH_RADIUS_M = 6_371_008.8; // mean Earth radius (IUGG)

/** Haversine distance in metres between two points given in degrees. */
export function haversineMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A latitude/longitude box that contains every point within `radiusM` of the centre: a cheap
 * index-friendly prefilter (`lat between … and lon between …`) before the exact haversine.
 */
export function boundingBox(lat: number, lon: number, radiusM: number) {
  const dLat = (radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

/** The `limit` nearest items within `radiusM`, nearest first, each with its distance in whole metres. */
export function nearest<T extends { lat: number; lon: number }>(
  items: readonly T[],
  lat: number,
  lon: number,
  opts: { limit?: number; radiusM?: number } = {},
): (T & { distanceM: number })[] {
  const radius = opts.radiusM ?? Infinity;
  return items
    .map((item) => ({ ...item, distanceM: Math.round(haversineMeters(lat, lon, item.lat, item.lon)) }))
    .filter((x) => x.distanceM <= radius)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, opts.limit ?? 10);
}
