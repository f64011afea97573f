import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { yuan } from "@/components/life/format";

export const metadata: Metadata = {
  title: "畅游南通 · 景区门票预约",
  description: "狼山、濠河、南通博物苑等景区的开放时间、门票和交通，按每日限额实名预约。",
};

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function TourismPage() {
  const spots = await cachedPublic(["life.tourism.spots"], [PAGE_TAGS.lifeReference], (c) => c.life.tourism.spots(), 3600);
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[]}
        title="畅游南通"
        lead={<p>景区实行每日限额、游客实名预约。预约成功后凭二维码和身份证入园；未使用的门票在当天入园截止前可以取消。</p>}
      />
      <p className="mt-4">
        <Link href="/me/tickets" className={LINK}>
          我的门票
        </Link>
      </p>
      <Block id="spots" title="景区">
        <ul className="grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
          {spots.map((s) => (
            <li key={s.code} className={CARD}>
              <h3 className="text-lg font-semibold">
                <Link href={`/life/tourism/${s.code}`} className={LINK}>
                  {s.name}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {s.district}
                {s.rating ? ` · ${s.rating}` : ""} · {s.openTime}–{s.closeTime}
              </p>
              <p className="mt-1">{s.summary}</p>
              <p className="mt-1 font-semibold">
                {s.fromPriceFen === null ? "" : s.fromPriceFen === 0 ? "免费（需预约）" : `${yuan(s.fromPriceFen)} 起`} · 每日限{" "}
                {s.dailyCapacity} 人
              </p>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}
