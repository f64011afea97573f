import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AqiHeadline, StationsTable } from "@/components/environment/air";
import { OPEN_DATA_URLS } from "@/components/transport/types";

export const metadata: Metadata = {
  title: "空气质量",
  description: "南通各空气质量监测站每小时的污染物浓度，以及按 HJ 633-2012 计算的空气质量指数（AQI）、级别和首要污染物。",
};

// The same for everyone; readings arrive hourly, so the page is re-rendered at most every 5 minutes.
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export default async function AirPage() {
  const { city, stations } = await cachedPublic(["environment.air"], [], (c) => c.environment.public.air(), 300);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "空气质量" }]} />
      <h1 className="mb-4 text-3xl font-bold">空气质量</h1>
      {city ? <AqiHeadline air={city} title="南通市区（国控站点平均）" /> : <p className="mb-6">市区暂无最近3小时的有效监测数据。</p>}
      <StationsTable stations={stations} />
      <section aria-labelledby="how" className="mt-8 max-w-3xl">
        <h2 id="how" className="mb-2 text-xl font-bold">
          数据怎么来的
        </h2>
        <p className="mb-2">
          AQI 由各站实测浓度按《环境空气质量指数（AQI）技术规定（试行）》（HJ 633-2012）计算：SO₂、NO₂、CO、O₃ 用1小时平均，O₃
          另算8小时滑动平均，PM10、PM2.5 用24小时滑动平均；AQI 取各分指数的最大值，大于50时给出首要污染物。
        </p>
        <p className="mb-2">
          本演示系统中的浓度由模拟程序按典型日变化生成（标注“示例站点”的站点为虚构），接入真实监测数据后自动替换。浓度单位：CO 为
          mg/m³，其余为 μg/m³。
        </p>
        <p>
          开放数据：<a href={OPEN_DATA_URLS.airLatest}>{OPEN_DATA_URLS.airLatest}</a>（JSON）
        </p>
      </section>
    </div>
  );
}
