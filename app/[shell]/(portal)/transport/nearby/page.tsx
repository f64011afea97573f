import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { one, type SearchParams } from "@/components/ui/search-params";
import { DistrictForm } from "@/components/transport/district-form";
import { LocateButton } from "@/components/transport/locate-button";
import { DISTRICT_NAMES } from "@/components/transport/types";

export const metadata: Metadata = {
  title: "附近的站点、停车场和公共自行车",
  description: "按位置或区县查找最近的公交地铁站、停车场和公共自行车站点。",
};

/** District centres (approximate) for "pick a district" instead of geolocation. */
const CENTRES: Record<string, { lat: number; lon: number }> = {
  崇川区: { lat: 32.0104, lon: 120.8613 },
  通州区: { lat: 32.0842, lon: 121.0733 },
  海门区: { lat: 31.8714, lon: 121.1762 },
  如皋市: { lat: 32.3717, lon: 120.5731 },
  启东市: { lat: 31.8081, lon: 121.6577 },
  海安市: { lat: 32.5333, lon: 120.4672 },
  如东县: { lat: 32.3317, lon: 121.1856 },
};

const distance = (m: number) => (m < 1000 ? `${m} 米` : `${(m / 1000).toFixed(1)} 公里`);

export default async function NearbyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const district = one(sp.district);
  const lat = Number(one(sp.lat));
  const lon = Number(one(sp.lon));
  const point =
    district && (DISTRICT_NAMES as readonly string[]).includes(district)
      ? CENTRES[district]!
      : Number.isFinite(lat) && Number.isFinite(lon) && one(sp.lat) && one(sp.lon)
        ? { lat, lon }
        : null;
  let error: string | null = null;
  let results = null;
  if (point) {
    const c = await getCaller();
    const q = { ...point, radiusM: 3000, limit: 8 };
    try {
      const [stops, parking, bikes] = await Promise.all([
        c.transport.public.nearestStops(q),
        c.transport.public.nearestParking(q),
        c.transport.public.nearestBikes(q),
      ]);
      results = { stops, parking, bikes };
    } catch (e) {
      const app = appErrorOf(e);
      if (!app) throw e;
      error = app.message;
    }
  }
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "附近" }]} />
      <h1 className="mb-4 text-3xl font-bold">附近的站点、停车场和公共自行车</h1>
      <LocateButton target="/transport/nearby" />
      <DistrictForm action="/transport/nearby" value={district} label="或选择区县（以区县中心为准）" />
      {error ? <Notice tone="warn">{error}</Notice> : null}
      {!point ? <p>请使用您的位置或选择区县。</p> : null}
      {results ? (
        <>
          <p className="mb-4 text-sm text-muted">{district ? `${district}中心` : "您的位置"} 3 公里内，按距离排序。</p>
          <section aria-labelledby="n-stops" className="mb-6">
            <h2 id="n-stops" className="mb-2 text-xl font-bold">
              公交地铁站
            </h2>
            {results.stops.length === 0 ? (
              <p>3 公里内没有站点。</p>
            ) : (
              <ul className="space-y-1">
                {results.stops.map((s) => (
                  <li key={s.id}>
                    <Link href={`/transport/stops/${s.id}`} className="inline-flex min-h-tap items-center">
                      {s.name}
                    </Link>{" "}
                    <span className="text-muted">{distance(s.distanceM)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="n-parking" className="mb-6">
            <h2 id="n-parking" className="mb-2 text-xl font-bold">
              停车场
            </h2>
            {results.parking.length === 0 ? (
              <p>3 公里内没有停车场。</p>
            ) : (
              <ul className="space-y-2">
                {results.parking.map((p) => (
                  <li key={p.id}>
                    <strong>{p.name}</strong> <span className="text-muted">{distance(p.distanceM)}</span>
                    <br />
                    {p.live ? `空余 ${p.freeSpaces} / ${p.capacity} 个泊位（${p.status}）` : `共 ${p.capacity} 个泊位，${p.status}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="n-bikes" className="mb-6">
            <h2 id="n-bikes" className="mb-2 text-xl font-bold">
              公共自行车
            </h2>
            {results.bikes.length === 0 ? (
              <p>3 公里内没有公共自行车站点。</p>
            ) : (
              <ul className="space-y-2">
                {results.bikes.map((b) => (
                  <li key={b.id}>
                    <strong>{b.name}</strong> <span className="text-muted">{distance(b.distanceM)}</span>
                    <br />
                    可借 {b.bikes} 辆 · 可还 {b.freeDocks} 个车位
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
