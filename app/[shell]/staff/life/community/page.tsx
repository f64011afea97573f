import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { CareStepForm } from "@/components/life/staff-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "居家养老服务申请", robots: { index: false } };

const NEXT: Record<string, { to: string; label: string }[]> = {
  submitted: [
    { to: "accepted", label: "受理" },
    { to: "declined", label: "不予受理" },
  ],
  accepted: [
    { to: "in_service", label: "开始服务" },
    { to: "declined", label: "不予受理" },
  ],
  in_service: [{ to: "completed", label: "服务完成" }],
};

export default async function CommunityDeskPage() {
  await guardPage("life.desk", "/staff/life/community");
  let queue;
  try {
    queue = await (await getCaller()).life.community.queue({});
  } catch (e) {
    const a = appErrorOf(e);
    if (a?.code !== "FORBIDDEN") throw e;
    return (
      <div className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">居家养老服务申请</h1>
        <Notice tone="warn">{a.message}</Notice>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumbs items={[{ label: "智慧生活服务台", href: "/staff/life" }, { label: "居家养老服务申请" }]} />
      <h1 className="mb-4 text-3xl font-bold">居家养老服务申请</h1>
      {queue.length === 0 ? <p>没有待处理的申请。</p> : null}
      <ul className="space-y-4">
        {queue.map((r) => (
          <li key={r.id} className="rounded-lg border border-line bg-white p-4">
            <h2 className="text-lg font-semibold">
              {r.serviceName} · {r.elderName} · {r.statusName}
            </h2>
            <p>
              {formatDateTime(r.scheduledAt)} · {r.address} · 联系电话 {r.contactPhone}
            </p>
            <p className="text-sm text-muted">
              编号 {r.requestNo}
              {r.note ? ` · 备注：${r.note}` : ""}
            </p>
            <CareStepForm id={r.id} steps={NEXT[r.status] ?? []} />
          </li>
        ))}
      </ul>
    </div>
  );
}
