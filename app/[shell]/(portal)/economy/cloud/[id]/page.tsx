import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { hasPermission } from "@/server/auth/roles";
import { SubPage, SignInTo } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { CloudApplyForm } from "@/components/economy/cloud-forms";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = { title: "云服务详情" };

export default async function CloudOfferingPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const o = await orNotFound(caller.economy.cloud.offering({ id }));
  const enterprise = !!user && hasPermission(user.role, "enterprise.act");
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "中小企业云服务", href: "/economy/cloud" },
      ]}
      title={o.name}
    >
      <SummaryList
        rows={[
          ["类别", o.category],
          ["服务商", o.provider],
          ["价格", o.monthlyPriceFen !== null ? `${formatNumber(o.monthlyPriceFen / 100)} 元/月` : "—"],
          ["价格说明", o.priceNote],
          ["补贴", o.subsidyNote ?? "—"],
        ]}
      />
      <p className="mt-4 text-base leading-relaxed">{o.description}</p>
      <h2 className="mt-8 text-xl font-bold">申请开通</h2>
      {enterprise ? (
        <CloudApplyForm offeringId={o.id} idempotencyKey={randomUUID()} contactName={user.name} />
      ) : user ? (
        <p className="mt-2">中小企业云服务仅面向企业，请使用企业账号登录后申请。</p>
      ) : (
        <SignInTo what="用企业账号申请" returnTo={`/economy/cloud/${o.id}`} />
      )}
    </SubPage>
  );
}
