import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { guardPage } from "@/server/guard";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "云服务申请" };

export default async function CloudApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await guardPage("enterprise.act", `/economy/cloud/applications/${raw}`);
  const id = parseId(raw);
  const a = await orNotFound((await getCaller()).economy.cloud.myApplication({ id }));
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "中小企业云服务", href: "/economy/cloud" },
      ]}
      title={`申请 ${a.applicationNo}`}
    >
      {a.status === "submitted" ? <Notice tone="success">申请已提交，市工信局将在3个工作日内受理。</Notice> : null}
      <SummaryList
        rows={[
          ["云服务", a.offeringName],
          ["状态", a.statusName],
          ["办理说明", a.statusNote ?? "—"],
          ["企业", `${a.enterpriseName}（${a.enterpriseUscc}）`],
          ["联系人", `${a.contactName} ${a.contactPhone}`],
          ["需求", a.requirement],
          ["提交时间", formatDateTime(a.createdAt)],
        ]}
      />
      <h2 className="mt-6 text-xl font-bold">办理记录</h2>
      <ol className="mt-2 list-decimal pl-6">
        {a.events.map((e, i) => (
          <li key={i} className="py-1">
            {formatDateTime(e.at)} {e.note ?? e.toStatus}
          </li>
        ))}
      </ol>
    </SubPage>
  );
}
