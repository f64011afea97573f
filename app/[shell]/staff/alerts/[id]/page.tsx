import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import {
  ALERT_STATE_LABELS,
  ALERT_TYPE_LABELS,
  AREA_LABELS,
  CAP_STATUS_LABELS,
  MSG_TYPE_LABELS,
  needsApproval,
} from "@/server/modules/alerts/labels";
import { one, type SearchParams } from "@/components/ui/search-params";
import { AlertDraftForm, ApproveAlertForm, CancelAlertForm, RejectAlertForm, SubmitAlertForm } from "@/components/alerts/desk-forms";
import { draftValuesOf } from "@/components/alerts/draft-values";
import { SeverityBadge } from "@/components/alerts/severity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "预警详情", robots: { index: false } };

const DONE: Record<string, string> = {
  saved: "已保存草稿。核对无误后请提交。",
  published: "已发布。横幅将在几秒内出现在全站页面，订阅的市民会收到站内消息和短信。",
  pending: "已提交审批。请本部门另一名工作人员打开此页审批。",
  approved: "已审批通过并发布。",
  rejected: "已退回起草人修改。",
  cancelled: "已解除预警，订阅的市民会收到解除通知。",
};

/** 已发布 alone does not tell staff whether the alert still stands: say if it is live, superseded (by which) or over. */
function DeskState({
  a,
}: {
  a: { state: keyof typeof ALERT_STATE_LABELS; msgType: string; live: boolean; supersededById: number | null; expiresAt: Date };
}) {
  if (a.state !== "published") return ALERT_STATE_LABELS[a.state];
  if (a.msgType === "cancel") return "已发布（解除通知）";
  if (a.supersededById)
    return (
      <>
        已发布，后被预警 <Link href={`/staff/alerts/${a.supersededById}`}>{a.supersededById}</Link> 更新或解除，不再显示
      </>
    );
  if (a.live) return "已发布，生效中（全站横幅显示）";
  return `已发布，已于${formatDateTime(a.expiresAt)}失效`;
}

/** How far the in-site messages and SMS to subscribers got (sent after the publish, off the request). */
function fanoutText(f: { expanded: boolean; done: boolean; total: number; sent: number }): string {
  if (!f.expanded) return "排队中，几秒内开始发送";
  if (f.done) return f.total === 0 ? "该区域和级别没有订阅者" : `已通知 ${f.total} 位订阅者（站内消息和/或短信）`;
  return `正在发送：已通知 ${f.sent} / ${f.total} 位订阅者`;
}

/** One alert on the desk: edit and submit a draft, approve or send back (another person), update or cancel a live one. */
export default async function StaffAlertPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = parseId((await params).id);
  await guardPage("alerts.issue", `/staff/alerts/${id}`);
  if (!(await (await getCaller()).governance.alerts.desk.canIssue())) forbidden(); // staff of other departments
  const a = await orNotFound((await getCaller()).governance.alerts.desk.item({ id }));
  const done = DONE[one((await searchParams).done) ?? ""];
  const editable = a.state === "draft" || a.state === "rejected";
  const live = a.live;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[{ label: "部门工作台", href: "/staff" }, { label: "突发事件预警", href: "/staff/alerts" }, { label: `预警 ${a.id}` }]}
      />
      <p className="mb-2">
        <SeverityBadge severity={a.severity} />
      </p>
      <h1 className="mb-4 text-3xl font-bold">{a.headline}</h1>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {a.state === "rejected" && a.rejectionReason ? <Notice tone="warn">审批人退回：{a.rejectionReason}</Notice> : null}
      <SummaryList
        rows={[
          ["状态", <DeskState key="state" a={a} />],
          [
            "信息类型",
            a.referencesId ? (
              <>
                {MSG_TYPE_LABELS[a.msgType]}（原预警 <Link href={`/staff/alerts/${a.referencesId}`}>{a.referencesId}</Link>）
              </>
            ) : (
              MSG_TYPE_LABELS[a.msgType]
            ),
          ],
          ["类别", `${ALERT_TYPE_LABELS[a.type]} · ${a.event}`],
          ["影响区域", a.areas.map((x) => AREA_LABELS[x]).join("、")],
          ["生效时间", formatDateTime(a.effectiveAt)],
          ["失效时间", formatDateTime(a.expiresAt)],
          ["信息性质", CAP_STATUS_LABELS[a.capStatus]],
          ["预警编号", a.state === "published" ? a.identifier : "发布时生成"],
          ["发布时间", formatDateTime(a.sentAt)],
          ...(a.fanout ? ([["通知订阅者", fanoutText(a.fanout)]] as const) : []),
        ]}
      />
      {a.state === "published" && a.msgType !== "cancel" ? (
        <p className="my-4">
          <Link href={`/alerts/${a.id}`}>查看公众页面</Link> ·{" "}
          <a href={`/api/open/v1/alerts?since=${encodeURIComponent(new Date((a.sentAt?.getTime() ?? 1) - 1).toISOString())}`}>开放数据</a>
        </p>
      ) : null}
      <section aria-labelledby="text-title" className="my-6">
        <h2 id="text-title" className="mb-2 text-xl font-bold">
          预警内容
        </h2>
        <p className="mb-4 whitespace-pre-line">{a.description}</p>
        <h3 className="mb-2 text-lg font-bold">防御指南</h3>
        <p className="whitespace-pre-line">{a.instruction}</p>
      </section>

      {editable ? (
        <>
          <SubmitAlertForm id={a.id} version={a.version} approval={needsApproval(a.severity) && a.msgType !== "cancel"} />
          <details className="mb-4 rounded-md border border-line bg-white p-4">
            <summary className="inline-flex min-h-tap cursor-pointer items-center font-semibold">修改草稿</summary>
            <div className="mt-4">
              <AlertDraftForm initial={draftValuesOf(a)} id={a.id} version={a.version} submitLabel="保存修改" />
            </div>
          </details>
        </>
      ) : null}
      {a.state === "pending" ? (
        a.canApprove ? (
          <>
            <ApproveAlertForm id={a.id} version={a.version} />
            <RejectAlertForm id={a.id} version={a.version} />
          </>
        ) : (
          <Notice>已提交审批，正在等待本部门另一名工作人员审批。起草人和提交人不能审批自己的预警。</Notice>
        )
      ) : null}
      {live ? (
        <>
          <p className="mb-4">
            <Link href={`/staff/alerts/new?update=${a.id}`} className="inline-flex min-h-tap items-center font-semibold">
              更新此预警（调整级别、区域或时间）
            </Link>
          </p>
          <CancelAlertForm id={a.id} />
        </>
      ) : null}
    </div>
  );
}
