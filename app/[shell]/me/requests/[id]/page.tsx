import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { TicketStatusTag, TicketTimeline, ticketPlace } from "@/components/hotline/ticket-ui";
import { HotlineRatingForm } from "@/components/hotline/citizen-rating";
import { Notice } from "@/components/ui/notice";
import { formatDateTime, formatFileSize } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SummaryList } from "@/components/ui/summary-list";
import { CHANNEL_NAMES } from "@/components/hotline/labels";
import { ratingName } from "@/server/modules/hotline/labels";
import { RefNumber } from "@/components/ui/ref-number";

export const metadata: Metadata = { title: "诉求详情", robots: { index: false } };

export default async function MyRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ rated?: string }>;
}) {
  const id = parseId((await params).id);
  await guardPage("account.self", `/me/requests/${id}`);
  const t = await orNotFound((await getCaller()).hotline.citizen.get({ id }));
  const justRated = (await searchParams).rated === "1" && t.citizenRating !== null;
  const open = t.status === "dispatched" || t.status === "accepted";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的诉求", href: "/me/requests" }, { label: t.ticketNo }]} />
      <h1 className="mb-2 text-3xl font-bold">
        {t.type} · {t.categoryName}
      </h1>
      <p className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-1">
        <TicketStatusTag status={t.status} />
        <span>
          工单编号 <RefNumber value={t.ticketNo} />
        </span>
        {t.departmentName ? <span>承办部门：{t.departmentName}</span> : null}
        {t.dueDate && open ? <span>办理时限：{t.dueDate}</span> : null}
      </p>

      {t.answer ? (
        <section aria-labelledby="answer-title" className="mb-8 rounded-lg border-2 border-brand-600 bg-white p-5">
          <h2 id="answer-title" className="mb-2 text-xl font-bold">
            {t.departmentName ? `${t.departmentName}的答复` : "热线答复"}
          </h2>
          <p className="whitespace-pre-wrap break-words">{t.answer}</p>
          <p className="mt-2 text-sm text-muted">答复时间：{formatDateTime(t.repliedAt ?? t.closedAt)}</p>
        </section>
      ) : (
        <Notice>
          {t.status === "new" || t.status === "returned" || t.status === "reopened"
            ? "热线正在处理您的诉求，派给承办部门后会显示办理时限。"
            : `承办部门正在办理${t.dueDate ? `，应在 ${t.dueDate} 前答复` : ""}。答复后会显示在这里，您可以评价。`}
        </Notice>
      )}

      {t.answer || t.citizenRating !== null ? (
        <section aria-labelledby="rate-title" className="mb-8 rounded-lg border border-line bg-white p-5">
          <h2 id="rate-title" className="mb-2 text-xl font-bold">
            评价
          </h2>
          {justRated ? <Notice tone="success">感谢您的评价！您的意见会用于考核承办部门的办理质量。</Notice> : null}
          {t.citizenRating !== null ? (
            <p>
              您的评价：
              <strong>{ratingName(t.citizenRating)}</strong>
              {t.citizenComment ? `：${t.citizenComment}` : ""}
              {t.ratedAt ? <span className="text-muted">，{formatDateTime(t.ratedAt)}</span> : null}
            </p>
          ) : t.canRate ? (
            <HotlineRatingForm ticketId={t.id} />
          ) : (
            <p>答复后即可评价。</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="mb-3 text-xl font-bold">
          办理进度
        </h2>
        <TicketTimeline events={t.events} />
      </section>

      <section aria-labelledby="content-title" className="mb-8">
        <h2 id="content-title" className="mb-3 text-xl font-bold">
          诉求内容
        </h2>
        <SummaryList
          rows={[
            ["分类", `${t.groupName ? `${t.groupName} › ` : ""}${t.categoryName}`],
            ["诉求内容", t.description],
            ["地点", ticketPlace(t.district, t.address)],
            ["地图位置", t.lat !== null && t.lng !== null ? `北纬 ${t.lat.toFixed(5)}，东经 ${t.lng.toFixed(5)}` : "未提供"],
            ["联系人", `${t.contactName ?? "—"}　${t.contactPhone ?? ""}`],
            ["是否公开", t.isPublic ? "同意公开（答复后在诉求公开页显示，不含联系方式和详细地址）" : "不公开"],
            ["提交渠道", CHANNEL_NAMES[t.channel] ?? t.channel],
            ["提交时间", formatDateTime(t.createdAt)],
          ]}
        />
      </section>

      {t.attachments.length ? (
        <section aria-labelledby="photos-title">
          <h2 id="photos-title" className="mb-3 text-xl font-bold">
            照片（{t.attachments.length} 张）
          </h2>
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {t.attachments.map((a, i) => (
              <li key={a.id}>
                <a href={`/api/hotline/attachments/${a.id}`} target="_blank" rel="noopener" className="block">
                  {/* eslint-disable-next-line @next/next/no-img-element -- private, per-user photo; not for the image optimiser */}
                  <img
                    src={`/api/hotline/attachments/${a.id}`}
                    alt={`照片${i + 1}：${a.fileName}`}
                    className="aspect-square w-full rounded-md border border-line object-cover"
                  />
                  <span className="mt-1 block break-all text-sm">
                    {a.fileName}（{formatFileSize(a.sizeBytes)}）<span className="sr-only">，在新窗口打开</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
