import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RouteBadge } from "@/components/transport/route-badge";
import { OPEN_DATA_URLS } from "@/components/transport/types";

export const metadata: Metadata = { title: "公交地铁线路", description: "南通地铁和公交线路一览：首末班、发车间隔、沿线站点和实时车辆。" };

// The same for everyone; lines change only when a new GTFS feed is imported.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function LinesPage() {
  const lines = await cachedPublic(["transport.lines"], ["transport:gtfs"], (c) => c.transport.public.lines(), 3600);
  const groups = [
    { title: "地铁", rows: lines.filter((l) => l.routeType === 1) },
    { title: "公交", rows: lines.filter((l) => l.routeType === 3) },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "线路" }]} />
      <h1 className="mb-2 text-3xl font-bold">公交地铁线路</h1>
      <p className="mb-6 max-w-3xl">
        选择线路查看沿线站点、首末班时间和线路上的实时车辆。公交线路为<strong>示例数据</strong>
        ；地铁站点为真实数据，时刻为按公布的运营时间和间隔编排。
      </p>
      {groups.map((g) => (
        <section key={g.title} aria-labelledby={`g-${g.title}`} className="mb-8">
          <h2 id={`g-${g.title}`} className="mb-3 text-2xl font-bold">
            {g.title}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {g.rows.map((l) => (
              <li key={l.id} className="rounded-lg border border-line bg-white p-4">
                <h3 className="text-lg font-bold">
                  <RouteBadge name={l.shortName ?? l.id} color={l.color} />
                  <Link href={`/transport/lines/${l.id}`} className="inline-flex min-h-tap items-center">
                    {l.longName}
                  </Link>
                </h3>
                <p className="text-sm text-muted">
                  {l.agencyName}
                  {l.sample ? " · 示例数据" : ""}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link href="/transport/nearby">查找附近的站点</Link> · <Link href="/transport/metro">地铁票价</Link> · 开放数据：
        <a href={OPEN_DATA_URLS.gtfs}>GTFS 静态数据</a>
      </p>
    </div>
  );
}
