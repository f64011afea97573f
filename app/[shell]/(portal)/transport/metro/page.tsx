import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FareForm } from "@/components/transport/fare-form";
import { FareRules, StationList } from "@/components/transport/metro-info";

export const metadata: Metadata = {
  title: "南通地铁",
  description: "南通地铁1号线、2号线车站、运营时间和票价：起步2元，60—64周岁半价，65周岁及以上免费。",
};

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function MetroPage() {
  const [m1, m2, rules] = await Promise.all([
    cachedPublic(["transport.line", "M1"], ["transport:gtfs"], (c) => c.transport.public.line({ id: "M1" }), 3600),
    cachedPublic(["transport.line", "M2"], ["transport:gtfs"], (c) => c.transport.public.line({ id: "M2" }), 3600),
    cachedPublic(["transport.metroFareRules"], [], (c) => c.transport.public.metroFareRules(), 3600),
  ]);
  const stations = [...new Map([...m1.directions[0]!.stops, ...m2.directions[0]!.stops].map((s) => [s.stopId, s])).values()];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "地铁" }]} />
      <h1 className="mb-2 text-3xl font-bold">南通地铁</h1>
      <p className="mb-6 max-w-3xl">
        1号线（平潮—振兴路）2022年11月10日开通，全长 39.18 公里，28 座车站；运营时间 06:00—22:00。票价按里程计算，起步 2 元。
      </p>
      <section aria-labelledby="fare-calc" className="mb-8">
        <h2 id="fare-calc" className="mb-3 text-2xl font-bold">
          票价查询
        </h2>
        <FareForm stations={stations} />
      </section>
      <section aria-labelledby="fares" className="mb-8">
        <h2 id="fares" className="mb-3 text-2xl font-bold">
          票价规则
        </h2>
        <FareRules rules={rules} />
      </section>
      {[m1, m2].map((line) => (
        <section key={line.id} aria-labelledby={`st-${line.id}`} className="mb-8">
          <h2 id={`st-${line.id}`} className="mb-3 text-2xl font-bold">
            {line.shortName}车站（{line.longName}）
          </h2>
          <StationList line={line} />
        </section>
      ))}
    </div>
  );
}
