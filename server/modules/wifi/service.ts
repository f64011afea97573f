import { asc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { wifiPlace } from "@/drizzle/schema";

/** The seven divisions and the zones, in the order the filter shows them. */
export const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县", "南通经济技术开发区"] as const;

/** Free public Wi-Fi places, optionally of one district. */
export async function listWifiPlaces(db: DB, opts: { district?: string } = {}) {
  const places = await db
    .select({
      id: wifiPlace.id,
      code: wifiPlace.code,
      name: wifiPlace.name,
      category: wifiPlace.category,
      district: wifiPlace.district,
      address: wifiPlace.address,
      ssid: wifiPlace.ssid,
      hours: wifiPlace.hours,
    })
    .from(wifiPlace)
    .where(opts.district ? eq(wifiPlace.district, opts.district) : undefined)
    .orderBy(asc(wifiPlace.sortOrder), asc(wifiPlace.id));
  return places;
}

/** Districts that have at least one place, with counts (for the filter). */
export async function wifiDistricts(db: DB) {
  const rows = await db.select({ district: wifiPlace.district }).from(wifiPlace);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.district, (counts.get(r.district) ?? 0) + 1);
  const order = new Map<string, number>(DISTRICTS.map((d, i) => [d, i]));
  return [...counts.entries()]
    .sort((a, b) => (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99))
    .map(([district, count]) => ({ district, count }));
}
