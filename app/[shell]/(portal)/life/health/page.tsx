import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";

export const metadata: Metadata = { title: "健康南通 · 预约挂号", description: "南通市医院实名预约挂号：选择医院、科室、医生和就诊时段。" };

// The same for every visitor: cached per variant; slots (which change by the minute) are on the clinic pages.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function HealthPage() {
  const hospitals = await cachedPublic(["life.health.hospitals"], [PAGE_TAGS.lifeReference], (c) => c.life.health.hospitals(), 3600);
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[]}
        title="预约挂号"
        lead={
          <p>
            选择医院、科室和医生，实名预约未来7天的就诊时段。第7天的号源每天 07:00
            放出；同一就诊人同一天同一科室只能预约一次，就诊前2小时内不能在线取消；90天内爽约3次将暂停网上预约30天。
          </p>
        }
      />
      <p className="mt-4 flex flex-wrap gap-x-6">
        <Link href="/me/appointments" className={LINK}>
          我的预约
        </Link>
        <Link href="/life/family" className={LINK}>
          管理就诊人（家庭成员）
        </Link>
        <Link href="/life/health/records" className={LINK}>
          健康档案（体检报告、预防接种）
        </Link>
      </p>
      <Block id="hospitals" title="选择医院">
        <ul className="grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
          {hospitals.map((h) => (
            <li key={h.code} className={CARD}>
              <h3 className="text-lg font-semibold">
                <Link href={`/life/health/${h.code}`} className={LINK}>
                  {h.name}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {h.level} · {h.type} · {h.district} · {h.departmentCount} 个科室
              </p>
              <p className="mt-1">{h.summary}</p>
              <p className="mt-1 text-sm text-muted">地址：{h.address}</p>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}
