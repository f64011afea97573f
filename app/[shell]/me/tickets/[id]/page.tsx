import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { cancelTicketAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { BOOKING_STATUS_LABEL, dayLabel, hhmm, yuan } from "@/components/life/format";
import { LINK } from "@/components/life/life-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "电子门票", robots: { index: false } };

type Search = Promise<{ booked?: string; cancelled?: string }>;

/** The QR ticket: shown at the gate with the visitor's ID card. */
export default async function TicketPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const raw = (await params).id;
  await guardPage("citizen.services", `/me/tickets/${raw}`);
  const t = await orNotFound((await getCaller()).life.tourism.ticket({ id: parseId(raw) }));
  const q = await searchParams;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的门票", href: "/me/tickets" }, { label: t.confirmationNo }]} />
      {q.booked && t.status === "active" ? (
        <div role="status" className="mb-6 rounded-lg bg-success p-6 text-white">
          <h1 className="text-3xl font-bold">门票预约成功</h1>
          <p className="mt-2 text-xl">
            确认号 <strong className="tracking-wider">{t.confirmationNo}</strong>
          </p>
        </div>
      ) : (
        <h1 className="mb-4 text-3xl font-bold">电子门票</h1>
      )}
      {q.cancelled && t.status === "cancelled" ? <Notice tone="success">门票已取消。</Notice> : null}
      {t.qrSvg ? (
        <figure className="mb-6 max-w-xs">
          <div
            role="img"
            aria-label={`入园二维码，确认号 ${t.confirmationNo}`}
            className="w-full [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: t.qrSvg }}
          />
          <figcaption className="mt-2 text-center">入园时出示此二维码和游客身份证</figcaption>
        </figure>
      ) : null}
      <SummaryList
        rows={[
          ["状态", BOOKING_STATUS_LABEL[t.status] ?? t.status],
          ["景区", `${t.spotName}（${t.spotAddress}）`],
          ["游览日期", dayLabel(t.date)],
          ["票种", `${t.ticketType ?? "门票"} ${yuan(t.feeFen, { freeWord: true })}`],
          ["游客", t.visitorNameMasked],
          ["入园截止", hhmm(t.lastEntry)],
          ["确认号", t.confirmationNo],
        ]}
      />
      {t.canCancel ? (
        <div className="mt-6">
          <ActionButton action={cancelTicketAction} hidden={{ id: t.id }} label="取消门票" variant="danger" />
        </div>
      ) : null}
      <p className="mt-8">
        <Link href="/me/tickets" className={LINK}>
          返回我的门票
        </Link>
      </p>
    </div>
  );
}
