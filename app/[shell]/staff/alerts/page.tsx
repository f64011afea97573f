import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import {
  ALERT_STATE_LABELS,
  type Area,
  MSG_TYPE_LABELS,
  type MsgType,
  type Severity,
  areasText,
  needsApproval,
} from "@/server/modules/alerts/labels";
import { SeverityBadge } from "@/components/alerts/severity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { formatShortDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "突发事件预警发布", robots: { index: false } };

type PublishedRow = { id: number; live: boolean; msgType: MsgType; supersededById: number | null };

/** Whether a published alert still stands; a superseded one says by what, when that is in the list. */
function publishedStatus(a: PublishedRow, all: readonly PublishedRow[]) {
  if (a.live) return "生效中";
  if (a.msgType === "cancel") return "解除通知";
  if (a.supersededById) {
    const by = all.find((x) => x.id === a.supersededById);
    return by ? `已${by.msgType === "cancel" ? "解除" : "更新"}（预警 ${by.id}）` : "已更新或解除";
  }
  return "已过期";
}

function DeskCard({
  a,
  status,
}: {
  a: { id: number; severity: Severity; headline: string; msgType: MsgType; areas: Area[]; sentAt: Date | null };
  status: string;
}) {
  return (
    <div>
      <SeverityBadge severity={a.severity} />
      <p className="mt-1 font-semibold">
        <Link href={`/staff/alerts/${a.id}`}>{a.headline}</Link>
      </p>
      <p className="text-sm text-muted">
        {MSG_TYPE_LABELS[a.msgType]} · {areasText(a.areas)} · {status}
        {a.sentAt ? ` · 发布于 ${formatShortDateTime(a.sentAt)}` : ""}
      </p>
    </div>
  );
}

/** The department's alerts desk: drafts, awaiting approval, sent back; then what was published and whether it is still live. */
export default async function StaffAlertsPage() {
  await guardPage("alerts.issue", "/staff/alerts");
  const caller = await getCaller();
  if (!(await caller.governance.alerts.desk.canIssue())) forbidden(); // staff of other departments
  const desk = await caller.governance.alerts.desk.list();
  const pending = desk.open.filter((a) => a.state === "pending").length;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "突发事件预警" }]} />
      <h1 className="mb-2 text-3xl font-bold">突发事件预警发布</h1>
      <p className="mb-6 text-muted">
        {desk.department}。蓝色、黄色预警提交即发布；红色、橙色预警须由本部门另一名工作人员审批（双人复核，记入审计日志）。
      </p>
      <p className="mb-6">
        <Link
          href="/staff/alerts/new"
          className="inline-flex min-h-tap items-center rounded-md bg-brand-600 px-5 font-semibold text-white no-underline hover:bg-brand-700"
        >
          起草新预警
        </Link>
      </p>
      <section aria-labelledby="open-title" className="mb-8">
        <h2 id="open-title" className="mb-3 text-2xl font-bold">
          待处理（{desk.open.length}）
        </h2>
        {pending > 0 ? <p className="mb-2 font-semibold">其中 {pending} 条等待审批：起草人以外的同事打开后可审批。</p> : null}
        {desk.open.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4">没有待处理的预警。</p>
        ) : (
          <Table
            caption="草稿、待审批和被退回的预警"
            cardsLabel="草稿、待审批和被退回的预警"
            card={(a) => <DeskCard a={a} status={ALERT_STATE_LABELS[a.state]} />}
            rows={desk.open}
            rowKey={(a) => a.id}
            columns={[
              { header: "级别", cell: (a) => <SeverityBadge severity={a.severity} />, nowrap: true },
              {
                header: "标题",
                cell: (a) => (
                  <Link href={`/staff/alerts/${a.id}`} className="font-semibold">
                    {a.headline}
                  </Link>
                ),
              },
              { header: "类型", cell: (a) => MSG_TYPE_LABELS[a.msgType] },
              { header: "区域", cell: (a) => areasText(a.areas) },
              { header: "状态", cell: (a) => ALERT_STATE_LABELS[a.state] },
              { header: "起草人", cell: (a) => a.createdByName ?? "—" },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="published-title">
        <h2 id="published-title" className="mb-3 text-2xl font-bold">
          已发布
        </h2>
        {desk.published.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4">本部门还没有发布过预警。</p>
        ) : (
          <Table
            caption="本部门最近发布的50条预警"
            cardsLabel="本部门最近发布的预警"
            card={(a) => <DeskCard a={a} status={publishedStatus(a, desk.published)} />}
            rows={desk.published}
            rowKey={(a) => a.id}
            columns={[
              { header: "级别", cell: (a) => <SeverityBadge severity={a.severity} />, nowrap: true },
              {
                header: "标题",
                cell: (a) => (
                  <Link href={`/staff/alerts/${a.id}`} className="font-semibold">
                    {a.headline}
                  </Link>
                ),
              },
              { header: "类型", cell: (a) => MSG_TYPE_LABELS[a.msgType], nowrap: true },
              { header: "区域", cell: (a) => areasText(a.areas), className: "min-w-20" },
              { header: "发布时间", cell: (a) => formatShortDateTime(a.sentAt), nowrap: true },
              { header: "审批人", cell: (a) => a.approvedByName ?? (needsApproval(a.severity) ? "—" : "无需审批"), nowrap: true },
              { header: "状态", cell: (a) => publishedStatus(a, desk.published), nowrap: true },
            ]}
          />
        )}
      </section>
    </div>
  );
}
