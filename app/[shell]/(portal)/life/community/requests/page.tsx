import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "我的居家养老服务申请", robots: { index: false } };

export default async function CareRequestsPage() {
  await guardPage("citizen.services", "/life/community/requests");
  const items = await (await getCaller()).life.community.myRequests();
  return (
    <div className={PAGE}>
      <LifeHeader trail={[{ label: "社区服务", href: "/life/community" }]} title="我的服务申请" />
      <p className="mt-4">
        <Link href="/life/community/care" className={LINK}>
          申请新的服务
        </Link>
      </p>
      {items.length === 0 ? <p className="mt-4">还没有服务申请。</p> : null}
      <ul className="mt-4 space-y-3">
        {items.map((r) => (
          <li key={r.id} className="rounded-lg border border-line bg-white p-4">
            <Link href={`/life/community/requests/${r.id}`} className="text-lg font-semibold underline underline-offset-4">
              {r.serviceName} · {r.elderNameMasked}
            </Link>
            <p>
              {formatDateTime(r.scheduledAt)} · {r.centreName}
            </p>
            <p className="text-sm">
              <strong>{r.statusName}</strong> · 编号 {r.requestNo}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
