import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { cancelCareAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { Block, LifeHeader, PAGE } from "@/components/life/life-nav";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "服务申请详情", robots: { index: false } };

type Search = Promise<{ submitted?: string; cancelled?: string }>;

export default async function CareRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const raw = (await params).id;
  await guardPage("citizen.services", `/life/community/requests/${raw}`);
  const r = await orNotFound((await getCaller()).life.community.request({ id: parseId(raw) }));
  const q = await searchParams;
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[
          { label: "社区服务", href: "/life/community" },
          { label: "我的服务申请", href: "/life/community/requests" },
        ]}
        title={`${r.serviceName} · ${r.requestNo}`}
      />
      {q.submitted ? <Notice tone="success">申请已提交，编号 {r.requestNo}。社区服务中心受理后会通知您。</Notice> : null}
      {q.cancelled && r.status === "cancelled" ? <Notice tone="success">申请已取消。</Notice> : null}
      <div className="mt-4 max-w-2xl">
        <SummaryList
          rows={[
            ["状态", r.statusName],
            ["服务对象", r.elderNameMasked],
            ["服务项目", r.serviceName],
            ["服务时间", formatDateTime(r.scheduledAt)],
            ["地址", r.address],
            ["联系电话", r.contactPhone],
            ["服务中心", `${r.centreName}${r.centrePhone ? `（${r.centrePhone}）` : ""}`],
            ["备注", r.note ?? "—"],
          ]}
        />
      </div>
      <Block id="timeline" title="办理进度">
        <ol className="space-y-2 border-l-4 border-brand-600 pl-4">
          {r.events.map((e, i) => (
            <li key={i}>
              <strong>{e.statusName}</strong> · {formatDateTime(e.at)}
              {e.note ? <span className="block text-sm">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      </Block>
      {r.status === "submitted" || r.status === "accepted" ? (
        <div className="mt-6">
          <ActionButton action={cancelCareAction} hidden={{ id: r.id }} label="取消申请" variant="danger" />
        </div>
      ) : null}
    </div>
  );
}
