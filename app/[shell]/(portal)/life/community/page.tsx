import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";

export const metadata: Metadata = {
  title: "社区服务与居家养老",
  description: "南通社区服务中心、居家养老服务（助洁、助餐、陪同就医）申请和老人二维码名片。",
};

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function CommunityPage() {
  const centres = await cachedPublic(["life.community.centres"], [PAGE_TAGS.lifeReference], (c) => c.life.community.centres({}), 3600);
  const districts = [...new Set(centres.map((c) => c.district))];
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[]}
        title="社区服务与居家养老"
        lead={
          <p>
            为家中60周岁及以上老人申请助洁、助餐、陪同就医等居家养老服务，随时查看办理进度；为老人制作二维码名片，走失或突发不适时，扫码即可联系家人。
          </p>
        }
      />
      <ul className="mt-6 grid gap-4 sm:grid-cols-3 elder:grid-cols-1">
        <li className={CARD}>
          <Link href="/life/community/care" className={LINK}>
            申请居家养老服务
          </Link>
          <p className="text-sm">助洁、助餐、陪同就医，社区服务中心上门服务。</p>
        </li>
        <li className={CARD}>
          <Link href="/life/community/requests" className={LINK}>
            我的服务申请
          </Link>
          <p className="text-sm">查看受理、服务中、完成等每一步。</p>
        </li>
        <li className={CARD}>
          <Link href="/life/community/elder-card" className={LINK}>
            老人二维码名片
          </Link>
          <p className="text-sm">自选显示的信息，可打印，可随时停用或更换。</p>
        </li>
      </ul>
      <Block id="centres" title="社区服务中心（示例）">
        {districts.map((d) => (
          <section key={d} aria-labelledby={`d-${d}`} className="mb-6">
            <h3 id={`d-${d}`} className="mb-2 text-lg font-semibold">
              {d}
            </h3>
            <ul className="grid gap-3 sm:grid-cols-2 elder:grid-cols-1">
              {centres
                .filter((c) => c.district === d)
                .map((c) => (
                  <li key={c.id} className={CARD}>
                    <strong>{c.name}</strong>
                    <span className="block text-sm">
                      {c.street} · {c.address}
                    </span>
                    <span className="block text-sm">
                      {c.hours}
                      {c.phone ? ` · 电话 ${c.phone}` : ""}
                    </span>
                    <span className="block text-sm text-muted">服务：{c.serviceNames.join("、")}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </Block>
    </div>
  );
}
