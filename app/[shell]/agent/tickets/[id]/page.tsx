import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { Notice } from "@/components/ui/notice";
import { JoinersSection } from "@/components/hotline/agent/joiners";
import { TicketPhotoLinks, TicketStatusTag, TicketTimeline, ticketPlace } from "@/components/hotline/ticket-ui";
import { ReadOnlyNote, ShortcutHelp } from "@/components/hotline/agent-ui";
import { CHANNEL_NAMES } from "@/components/hotline/labels";
import { AnswerForm } from "@/components/hotline/agent/answer-form";
import { ClassifyForm } from "@/components/hotline/agent/classify-form";
import { DispatchForm } from "@/components/hotline/agent/dispatch-form";
import { ExtensionForm } from "@/components/hotline/agent/extension-form";
import { MergeForm } from "@/components/hotline/agent/merge-form";
import { RevisitForm } from "@/components/hotline/agent/revisit-form";
import { UrgeForm } from "@/components/hotline/agent/urge-form";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RefNumber } from "@/components/ui/ref-number";
import { SummaryList } from "@/components/ui/summary-list";
import { ratingName } from "@/server/modules/hotline/labels";

export const metadata: Metadata = { title: "工单详情 - 12345坐席工作台", robots: { index: false } };

const DONE: Record<string, string> = {
  created: "工单已登记。请分类后直接答复或派单。",
  exists: "这张工单已经登记过（重复提交），未再次创建。",
  classify: "分类已保存。",
  answer: "已直接答复，工单办结。",
  dispatch: "已派单，承办部门会在工作台看到该工单。",
  revisit: "回访已记录，工单办结。",
  reopened: "回访不满意，工单已重新办理，请重新派单。",
  merge: "已合并，本工单作为重复诉求办结。",
  urge: "已催办，承办部门已收到催办。",
  "extension-approved": "已同意延期，办理时限已更新。",
  "extension-rejected": "已不同意延期，理由已告知承办部门。",
};

export default async function AgentTicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const id = parseId((await params).id);
  const done = DONE[(await searchParams).done ?? ""];
  await guardPage("agent.console", `/agent/tickets/${id}`);
  const caller = (await getCaller()).hotline.agent;
  const d = await orNotFound(caller.ticket({ id }));
  const t = d.ticket;
  const inHand = ["new", "returned", "reopened"].includes(t.status);
  const options = d.canAct && inHand ? await caller.formOptions() : null;
  const preview = d.canAct && inHand ? await caller.dueDatePreview({ type: t.type }) : null;
  const rows: [string, React.ReactNode][] = [
    ["诉求类型", t.type],
    ["分类", `${d.categoryGroupName ? `${d.categoryGroupName} › ` : ""}${d.categoryName}`],
    ["渠道", CHANNEL_NAMES[t.channel] ?? t.channel],
    ["受理时间", formatDateTime(t.createdAt)],
    ["地点", ticketPlace(t.district, t.address, "—")],
    ["联系人", t.contactName ?? "—"],
    ["联系电话", t.contactPhone ? <span className="font-mono">{t.contactPhone}</span> : "—"],
    ["公开", t.isPublic ? "同意公开（隐去个人信息）" : "不公开"],
    ["承办部门", d.departmentName ?? "—"],
    [
      "办理时限",
      t.dueDate ? (
        <span className={d.overdue ? "font-bold text-danger" : ""}>
          {t.dueDate}
          {d.overdue ? "（已超期）" : ""}
        </span>
      ) : (
        "—"
      ),
    ],
  ];
  if (t.urgeCount > 0) rows.push(["催办", `${t.urgeCount}次，最近 ${formatDateTime(t.lastUrgedAt)}`]);
  if (t.returnReason) rows.push(["退单理由", t.returnReason]);
  if (t.answer) rows.push([t.status === "closed" && !t.repliedAt ? "答复内容" : "办理结果", t.answer]);
  if (t.satisfaction) rows.push(["回访结果", t.satisfaction]);
  if (t.citizenRating) rows.push(["市民评价", `${ratingName(t.citizenRating)}${t.citizenComment ? `：${t.citizenComment}` : ""}`]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <Breadcrumbs items={[{ label: "坐席工作台", href: "/agent" }, { label: t.ticketNo }]} />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <h1 className="mb-2 flex flex-wrap items-center gap-3 text-3xl font-bold">
        <span>
          工单 <RefNumber value={t.ticketNo} />
        </span>
        <span className="text-lg">
          <TicketStatusTag status={t.status} overdue={d.overdue} />
        </span>
      </h1>
      <p className="mb-4 text-muted">
        版本 {t.version} · 最后更新 {formatDateTime(t.updatedAt)}
      </p>
      {d.canAct ? null : <ReadOnlyNote />}
      {d.mergedInto ? (
        <Notice>
          本工单已合并至{" "}
          <Link href={`/agent/tickets/${d.mergedInto.id}`} className="font-mono">
            {d.mergedInto.ticketNo}
          </Link>
          。
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div>
          <section aria-labelledby="desc-title" className="mb-6 rounded-lg border border-line bg-white p-4">
            <h2 id="desc-title" className="mb-2 text-xl font-bold">
              诉求内容
            </h2>
            <p className="mb-4 whitespace-pre-wrap break-words text-lg">{t.description}</p>
            <SummaryList rows={rows} />
            {d.attachments.length ? (
              <>
                <h3 className="mt-4 mb-1 font-bold">附件照片（{d.attachments.length}）</h3>
                <TicketPhotoLinks photos={d.attachments} />
              </>
            ) : null}
            {d.merged.length ? (
              <p className="mt-4">
                已合并的重复工单：
                {d.merged.map((m, i) => (
                  <span key={m.id}>
                    {i ? "、" : ""}
                    <Link href={`/agent/tickets/${m.id}`} className="font-mono">
                      {m.ticketNo}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </section>
          <JoinersSection supporters={d.supporters} />
          {d.duplicates.length ? (
            <section aria-labelledby="dups-title" className="mb-6 rounded-lg border-2 border-warn bg-warn-bg p-4">
              <h2 id="dups-title" className="mb-2 text-xl font-bold">
                疑似重复（{d.duplicates.length}）
              </h2>
              <p className="mb-2 text-sm">同一分类、7天内、500米内或同一地址的诉求。</p>
              <ul className="space-y-1">
                {d.duplicates.map((x) => (
                  <li key={x.id}>
                    <Link href={`/agent/tickets/${x.id}`} className="font-mono">
                      {x.ticketNo}
                    </Link>{" "}
                    <TicketStatusTag status={x.status} /> {x.distanceM !== null ? `相距约${Math.round(x.distanceM)}米` : "同一地址"} ·{" "}
                    {formatDateTime(x.createdAt)}
                    <span className="block line-clamp-1 text-sm">{x.description}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {d.extensions.length ? (
            <section aria-labelledby="ext-title" className="mb-6">
              <h2 id="ext-title" className="mb-2 text-xl font-bold">
                延期申请
              </h2>
              <ul className="space-y-1">
                {d.extensions.map((e) => (
                  <li key={e.id}>
                    {formatDateTime(e.createdAt)} 申请延期 {e.extraDays} 个工作日：{e.reason} ——{" "}
                    <strong>
                      {e.status === "pending"
                        ? "待审批"
                        : e.status === "approved"
                          ? `已同意（新时限 ${e.newDueDate}）`
                          : `未同意${e.decisionNote ? `：${e.decisionNote}` : ""}`}
                    </strong>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="timeline-title" className="mb-6">
            <h2 id="timeline-title" className="mb-2 text-xl font-bold">
              办理记录
            </h2>
            <TicketTimeline events={d.events} showActor />
          </section>
        </div>
        <aside aria-labelledby="actions-title">
          <h2 id="actions-title" className="mb-2 text-xl font-bold">
            办理操作
          </h2>
          {d.canAct ? (
            <>
              {inHand && options && preview ? (
                <>
                  <ShortcutHelp
                    items={[
                      ["A", "直接答复内容"],
                      ["D", "派单：承办部门"],
                      ["G", "修改分类"],
                    ]}
                  />
                  <DispatchForm
                    ticketId={id}
                    version={t.version}
                    departments={options.departments}
                    suggestedDepartmentId={d.suggestedDepartmentId}
                    dueDate={preview.dueDate}
                    workingDays={preview.workingDays}
                    type={t.type}
                  />
                  <AnswerForm ticketId={id} version={t.version} />
                  <ClassifyForm ticketId={id} version={t.version} type={t.type} categoryId={t.categoryId} options={options} />
                  {d.duplicates.length ? <MergeForm ticketId={id} version={t.version} duplicates={d.duplicates} /> : null}
                </>
              ) : t.status === "replied" ? (
                <>
                  <ShortcutHelp items={[["R", "回访结果"]]} />
                  <RevisitForm ticketId={id} version={t.version} />
                </>
              ) : t.status === "dispatched" || t.status === "accepted" ? (
                <>
                  <p className="mb-3">
                    工单在 {d.departmentName ?? "承办部门"} 办理中，办理时限 {t.dueDate ?? "—"}。
                  </p>
                  {d.pendingExtension ? (
                    <ExtensionForm
                      ticketId={id}
                      version={t.version}
                      extensionId={d.pendingExtension.id}
                      extraDays={d.pendingExtension.extraDays}
                      reason={d.pendingExtension.reason}
                    />
                  ) : null}
                  {d.canUrge ? (
                    <UrgeForm ticketId={id} version={t.version} overdue={d.overdue} dueDate={t.dueDate} />
                  ) : (
                    <p>未到临期，暂不需要催办（办理时限前一个工作日起可催办）。</p>
                  )}
                </>
              ) : (
                <p>工单已办结，无需操作。</p>
              )}
            </>
          ) : (
            <p>只读查看，没有可执行的操作。</p>
          )}
        </aside>
      </div>
    </div>
  );
}
