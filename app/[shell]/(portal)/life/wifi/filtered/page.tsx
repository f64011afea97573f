import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { LifeHeader, PAGE } from "@/components/life/life-nav";
import { WifiList } from "@/components/life/wifi-list";
import { Notice } from "@/components/ui/notice";
import { one } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "免费 Wi-Fi · 按区县" };

/** /life/wifi?district=… (proxy.ts routes a filtered list here: rendered per request, never a cache entry per query). */
export default async function WifiFilteredPage({ searchParams }: { searchParams: Promise<{ district?: string | string[] }> }) {
  const wanted = one((await searchParams).district);
  const caller = await getCaller();
  const districts = await caller.life.wifi.districts();
  const district = districts.find((d) => d.district === wanted)?.district as "崇川区" | undefined;
  const places = await caller.life.wifi.places({ district });
  return (
    <div className={PAGE}>
      <LifeHeader trail={[{ label: "免费 Wi-Fi", href: "/life/wifi" }]} title={district ? `免费 Wi-Fi · ${district}` : "免费 Wi-Fi"} />
      {wanted && !district ? <Notice tone="warn">没有找到“{wanted}”，已显示全部场所。</Notice> : null}
      <WifiList places={places} districts={districts} current={district} />
    </div>
  );
}
