import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, getSessionUser } from "@/server/request";
import { hasPermission } from "@/server/auth/roles";
import { SubPage, LINK } from "@/components/sections/sub-page";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = {
  title: "中小企业云服务",
  description: "面向南通中小企业的云计算、软件和信息化服务，在线申请，市工信局受理。",
};

export default async function CloudPage() {
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const offerings = await caller.economy.cloud.offerings({});
  const mine = user && hasPermission(user.role, "enterprise.act") ? await caller.economy.cloud.mine() : null;
  return (
    <SubPage
      crumbs={[{ label: "智慧经济", href: "/economy" }]}
      title="中小企业云服务"
      lead="选择适合贵企业的云服务产品，在线提交申请，由南通市工业和信息化局受理并协调开通。"
    >
      {mine && mine.length ? (
        <section aria-labelledby="mine-h" className="mb-8">
          <h2 id="mine-h" className="text-xl font-bold">
            我的申请
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {mine.map((a) => (
              <li key={a.id} className="py-2">
                <Link href={`/economy/cloud/applications/${a.id}`} className={LINK}>
                  {a.offeringName}（{a.applicationNo}）
                </Link>
                <span className="ml-2 text-base">{a.statusName}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="text-xl font-bold">服务目录（{offerings.length} 项）</h2>
      <ul className="mt-2 grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
        {offerings.map((o) => (
          <li key={o.id} className="rounded-lg border border-line bg-white p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/economy/cloud/${o.id}`} className={LINK}>
                {o.name}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {o.category} · {o.provider}
            </p>
            <p className="mt-1 text-base">{o.summary}</p>
            <p className="mt-1 text-base font-semibold">
              {o.monthlyPriceFen !== null ? `${formatNumber(o.monthlyPriceFen / 100)} 元/月` : o.priceNote}
            </p>
          </li>
        ))}
      </ul>
    </SubPage>
  );
}
