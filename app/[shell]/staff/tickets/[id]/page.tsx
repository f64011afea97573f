import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { CHANNEL_NAMES } from "@/components/hotline/labels";
import { TicketPhotoLinks, TicketStatusTag, TicketTimeline, ticketPlace } from "@/components/hotline/ticket-ui";
import { AcceptTicketForm, ExtensionForm, ReplyTicketForm, ReturnTicketForm } from "@/components/hotline/staff-forms";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "12345工单详情", robots: { index: false } };

const DONE: Record<string, string> = {
  accept: "已签收。请在办理时限内提交办理结果。",
  reply: "办理结果已提交，市民可以看到答复，12345坐席将进行回访。",
  extension: "延期申请已提交，等待12345坐席审批；批准前办理时限不变。",
};

const EXTENSION_STATUS: Record<string, string> = { pending: "待审批", approved: "已批准", rejected: "未批准" };

export default async function StaffTicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const id = parseId((await params).id);
  const done = DONE[(await searchParams).done ?? ""];
  await guardPage("department.handle", `/staff/tickets/${id}`);
  const d = await orNotFound((await getCaller()).hotline.staff.get({ id }));
  const t = d.ticket;
  const { open, actions } = d;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "部门工作台", href: "/staff" },
          { label: "12345工单", href: "/staff/tickets" },
          { label: <span className="font-mono">{t.ticketNo}</span> },
        ]}
      />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <h1 className="mb-2 text-3xl font-bold">
        {t.type}：{d.categoryName}
      </h1>
      <p className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2">
        <TicketStatusTag status={t.status} overdue={d.overdue} />
        <span className="font-mono">{t.ticketNo}</span>
        {t.dueDate ? (
          <span className={d.overdue ? "font-bold text-danger" : ""}>
            办理时限：{t.dueDate}
            {d.overdue ? "（已超期）" : ""}
          </span>
        ) : null}
        {t.urgeCount > 0 ? <span className="font-semibold text-danger">已催办 {t.urgeCount} 次</span> : null}
      </p>
      {open ? (
        <p className="mb-6 lg:hidden">
          <a href="#actions-title" className="inline-flex min-h-tap items-center font-semibold">
            跳到办理操作（签收、办理结果、延期、退单）
          </a>
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0">
          <section aria-labelledby="desc-title" className="mb-8">
            <h2 id="desc-title" className="mb-3 text-xl font-bold">
              诉求内容
            </h2>
            <p className="mb-4 whitespace-pre-wrap break-words rounded-md border border-line bg-white p-4">{t.description}</p>
            <SummaryList
              rows={[
                [
                  "发生地点",
                  `${ticketPlace(t.district, t.address)}${t.lat !== null && t.lng !== null ? `（地图位置 ${t.lat.toFixed(5)}, ${t.lng.toFixed(5)}）` : ""}`,
                ],
                ["受理渠道", CHANNEL_NAMES[t.channel] ?? t.channel],
                ["受理时间", formatDateTime(t.createdAt)],
                ["派单时间", formatDateTime(t.dispatchedAt)],
                ["联系人", `${t.contactName || "未留姓名"}${t.contactPhone ? `（${t.contactPhone}）` : ""}`],
                ...Object.entries(t.attributes ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("、") : v] as const),
              ]}
            />
          </section>
          <section aria-labelledby="photos-title" className="mb-8">
            <h2 id="photos-title" className="mb-3 text-xl font-bold">
              现场照片
            </h2>
            {d.photos.length === 0 ? <p>市民未上传照片。</p> : <TicketPhotoLinks photos={d.photos} />}
          </section>
          {t.answer ? (
            <section aria-labelledby="answer-title" className="mb-8">
              <h2 id="answer-title" className="mb-3 text-xl font-bold">
                办理结果
              </h2>
              <p className="whitespace-pre-wrap break-words rounded-md border-l-8 border-success bg-white p-4">{t.answer}</p>
              {t.repliedAt ? <p className="mt-1 text-muted">答复时间：{formatDateTime(t.repliedAt)}</p> : null}
            </section>
          ) : null}
          {d.extensions.length > 0 ? (
            <section aria-labelledby="ext-title" className="mb-8">
              <h2 id="ext-title" className="mb-3 text-xl font-bold">
                延期申请
              </h2>
              <ul className="space-y-2">
                {d.extensions.map((e) => (
                  <li key={e.id} className="rounded-md border border-line bg-white p-3">
                    <p className="font-semibold">
                      申请延期至 {e.newDueDate}（{e.extraDays}个工作日）· {EXTENSION_STATUS[e.status] ?? e.status}
                    </p>
                    <p className="break-words">理由：{e.reason}</p>
                    {e.decisionNote ? <p className="break-words">审批意见：{e.decisionNote}</p> : null}
                    <p className="text-muted">提交于 {formatDateTime(e.createdAt)}</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="mb-3 text-xl font-bold">
              办理记录
            </h2>
            <TicketTimeline events={d.events} showActor />
          </section>
        </div>
        <aside aria-labelledby="actions-title" className="min-w-0">
          <h2 id="actions-title" className="mb-3 text-xl font-bold">
            办理操作
          </h2>
          {actions.accept ? <AcceptTicketForm ticketId={t.id} version={t.version} /> : null}
          {actions.reply ? <ReplyTicketForm ticketId={t.id} version={t.version} /> : null}
          {open && d.pendingExtension ? (
            <p className="mb-4 rounded-md border border-line bg-white p-4">
              已申请延期至 {d.pendingExtension.newDueDate}，等待12345坐席审批。
            </p>
          ) : null}
          {actions.requestExtension && t.dueDate && d.extensionMinDate ? (
            <ExtensionForm ticketId={t.id} version={t.version} dueDate={t.dueDate} minDate={d.extensionMinDate} />
          ) : null}
          {actions.return ? <ReturnTicketForm ticketId={t.id} version={t.version} /> : null}
          {!open ? <p>此工单已答复，当前无需办理操作。</p> : null}
        </aside>
      </div>
    </div>
  );
}
