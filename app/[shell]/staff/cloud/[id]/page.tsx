import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SummaryList } from "@/components/ui/summary-list";
import { CloudDecisionForm } from "@/components/economy/cloud-forms";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "办理云服务申请", robots: { index: false } };

export default async function StaffCloudApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await guardPage("economy.cloud.handle", `/staff/cloud/${raw}`);
  const a = await orNotFound((await getCaller()).economy.cloud.application({ id: parseId(raw) }));
  const open = a.status === "submitted" || a.status === "accepted";
  return (
    <div className="mx-auto max-w-4xl px-4 pb-12">
      <Breadcrumbs
        items={[{ label: "部门工作台", href: "/staff" }, { label: "中小企业云服务申请", href: "/staff/cloud" }, { label: a.applicationNo }]}
        className="pt-2"
      />
      <h1 className="mb-4 mt-2 text-2xl font-bold">申请 {a.applicationNo}</h1>
      <SummaryList
        rows={[
          ["状态", a.statusName],
          ["云服务", `${a.offeringName}（${a.provider}）`],
          ["企业", `${a.enterpriseName}（${a.enterpriseUscc}）`],
          ["联系人", `${a.contactName} ${a.contactPhone}`],
          ["需求", a.requirement],
          ["提交时间", formatDateTime(a.createdAt)],
          ["办理说明", a.statusNote ?? "—"],
        ]}
      />
      <h2 className="mt-6 text-xl font-bold">办理记录</h2>
      <ol className="mb-6 mt-2 list-decimal pl-6">
        {a.events.map((e, i) => (
          <li key={i} className="py-1">
            {formatDateTime(e.at)} {e.note ?? e.toStatus}
          </li>
        ))}
      </ol>
      {open ? <CloudDecisionForm id={a.id} version={a.version} status={a.status} /> : null}
    </div>
  );
}
