import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LiveArrivals } from "@/components/transport/live-arrivals";
import { RouteBadge } from "@/components/transport/route-badge";
import { arrivalRows, hm } from "@/components/transport/types";

type Params = Promise<{ id: string }>;

// The same for everyone: re-rendered at most every 15 s (without JavaScript a reload shows fresh
// arrivals); with JavaScript the board refreshes itself from /api/transit/arrivals.
export const dynamic = "force-static";
export const revalidate = 15;
export function generateStaticParams() {
  return [];
}

async function load(id: string) {
  try {
    return await cachedPublic(["transport.stop", id], ["transport:gtfs"], (c) => c.transport.public.stop({ id }), 3600);
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND" || appErrorOf(e)?.code === "BAD_REQUEST") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const stop = await load((await params).id);
  return { title: `${stop.name}站 实时到站`, description: `${stop.name}站的线路和下一班车的实时到站时间。` };
}

export default async function StopPage({ params }: { params: Params }) {
  const { id } = await params;
  const stop = await load(id);
  const { at, arrivals } = await cachedPublic(["transport.arrivals", id], [], (c) => c.transport.public.arrivals({ stopId: id }), 15);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧交通", href: "/transport" },
          { label: "线路", href: "/transport/lines" },
          { label: stop.name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{stop.name}</h1>
      <p className="mb-4">
        {stop.isMetro ? "地铁站" : "公交站"}
        {stop.district ? ` · ${stop.district}` : ""}
        {stop.wheelchairBoarding ? " · 无障碍通行" : ""}
      </p>
      <LiveArrivals
        stopId={stop.id}
        routes={stop.routes.map((r) => ({ id: r.id, shortName: r.shortName, color: r.color }))}
        initial={arrivalRows(arrivals)}
        initialAt={hm(at)}
      />
      <section aria-labelledby="routes-title" className="mb-6">
        <h2 id="routes-title" className="mb-2 text-xl font-bold">
          经过本站的线路
        </h2>
        <ul className="space-y-1">
          {stop.routes.map((r) => (
            <li key={r.id}>
              <RouteBadge name={r.shortName ?? r.id} color={r.color} />
              <Link href={`/transport/lines/${r.id}`} className="inline-flex min-h-tap items-center">
                {r.longName}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href={`/transport/nearby?lat=${stop.lat}&lon=${stop.lon}`}>本站附近的站点、停车场和公共自行车</Link>
      </p>
    </div>
  );
}
