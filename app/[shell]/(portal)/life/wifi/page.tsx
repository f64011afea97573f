import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { LifeHeader, PAGE } from "@/components/life/life-nav";
import { WifiList } from "@/components/life/wifi-list";

export const metadata: Metadata = {
  title: "免费 Wi-Fi",
  description: "南通政务服务中心、图书馆、档案馆、公园和市民广场等公共场所的免费无线网络。",
};

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function WifiPage() {
  const [places, districts] = await cachedPublic(
    ["life.wifi.all"],
    [PAGE_TAGS.lifeReference],
    (c) => Promise.all([c.life.wifi.places({}), c.life.wifi.districts()]),
    3600,
  );
  return (
    <div className={PAGE}>
      <LifeHeader trail={[]} title="免费 Wi-Fi" lead={<p>城市公共场所提供免费无线网络，连接后按页面提示用手机号验证即可上网。</p>} />
      <WifiList places={places} districts={districts} />
    </div>
  );
}
