import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LineDiagram, LineStopList } from "@/components/transport/line-diagram";
import { RouteBadge } from "@/components/transport/route-badge";
import { hm } from "@/components/transport/types";

type Params = Promise<{ id: string }>;

// The same for everyone: re-rendered at most every 15 s so the vehicles on the diagram stay current.
export const dynamic = "force-static";
export const revalidate = 15;
export function generateStaticParams() {
  return [];
}

async function load(id: string) {
  try {
    return await cachedPublic(["transport.line", id], ["transport:gtfs"], (c) => c.transport.public.line({ id }), 3600);
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND" || appErrorOf(e)?.code === "BAD_REQUEST") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const line = await load((await params).id);
  return {
    title: `${line.shortName ?? line.id} ${line.longName ?? ""}`,
    description: `${line.shortName}沿线站点、首末班时间和实时车辆位置。`,
  };
}

export default async function LinePage({ params }: { params: Params }) {
  const { id } = await params;
  const line = await load(id);
  const live = await cachedPublic(["transport.vehicles", id], [], (c) => c.transport.public.vehicles({ routeId: id }), 15);
  const color = line.color ? `#${line.color}` : "#1b1b1b";
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧交通", href: "/transport" },
          { label: "线路", href: "/transport/lines" },
          { label: line.shortName ?? line.id },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">
        <RouteBadge name={line.shortName ?? line.id} color={line.color} />
        {line.longName}
      </h1>
      <p className="mb-2">
        {line.agencyName} · {line.typeName}
        {line.sample ? " · 示例数据（线路、站点和时刻为虚构）" : ""}
      </p>
      <p className="mb-6 text-sm text-muted">
        {live.generatedAt
          ? `实时车辆位置更新于 ${hm(live.generatedAt)}，线路上共 ${live.vehicles.length} 辆车。`
          : "实时车辆数据暂不可用，以下为计划信息。"}
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        {line.directions.map((d) => (
          <section key={d.directionId} aria-labelledby={`dir-${d.directionId}`}>
            <h2 id={`dir-${d.directionId}`} className="mb-2 text-2xl font-bold">
              开往 {d.headsign}
            </h2>
            <dl className="mb-4 grid grid-cols-2 gap-x-4 gap-y-1">
              <dt className="text-muted">首班 / 末班</dt>
              <dd>
                {d.firstDeparture} / {d.lastDeparture}
              </dd>
              <dt className="text-muted">发车间隔</dt>
              <dd>{d.headwayMinutes ? `${Math.round(d.headwayMinutes.min)}–${Math.round(d.headwayMinutes.max)} 分钟` : "—"}</dd>
              <dt className="text-muted">全程</dt>
              <dd>
                {d.lengthKm} 公里，约 {d.runMinutes} 分钟，{d.stops.length} 站
              </dd>
            </dl>
            <LineDiagram direction={d} vehicles={live.vehicles} color={color} />
            <h3 className="mb-2 text-lg font-bold">站点（点击查看实时到站）</h3>
            <LineStopList direction={d} vehicles={live.vehicles} />
          </section>
        ))}
      </div>
      <p className="mt-8">
        <Link href="/transport/lines">全部线路</Link>
      </p>
    </div>
  );
}
