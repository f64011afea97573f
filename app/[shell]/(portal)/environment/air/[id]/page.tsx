import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AqiChart, AqiHeadline, HistoryTable } from "@/components/environment/air";

type Params = Promise<{ id: string }>;

export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

async function load(code: string) {
  try {
    const [history, air] = await Promise.all([
      cachedPublic(["environment.station", code], [], (c) => c.environment.public.station({ code }), 300),
      cachedPublic(["environment.air"], [], (c) => c.environment.public.air(), 300),
    ]);
    return { history, latest: air.stations.find((s) => s.stationCode === code) ?? null };
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND" || appErrorOf(e)?.code === "BAD_REQUEST") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { history } = await load((await params).id);
  return { title: `${history.station.name} 空气质量`, description: `${history.station.name}监测站近24小时 AQI 和各污染物浓度。` };
}

export default async function StationPage({ params }: { params: Params }) {
  const { history, latest } = await load((await params).id);
  const s = history.station;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧环保", href: "/environment" },
          { label: "空气质量", href: "/environment/air" },
          { label: s.name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{s.name}监测站</h1>
      <p className="mb-4">
        {s.district} · {s.kind === "national" ? "国控站点" : "省控/市控站点"}
        {s.sample ? " · 示例站点（虚构）" : ""}
      </p>
      {latest ? <AqiHeadline air={latest} title="最新一小时" /> : null}
      <h2 className="mb-2 text-2xl font-bold">近24小时</h2>
      <AqiChart history={history} />
      <HistoryTable history={history} />
      <p className="mt-6">
        <Link href="/environment/air">全部监测站</Link>
      </p>
    </div>
  );
}
