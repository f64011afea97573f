import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { BOOKING_STATUS_LABEL, dayLabel, statusClass, yuan } from "@/components/life/format";
import { LINK } from "@/components/life/life-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "我的门票", robots: { index: false } };

export default async function MyTicketsPage() {
  await guardPage("citizen.services", "/me/tickets");
  const tickets = await (await getCaller()).life.tourism.mine();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的门票" }]} />
      <h1 className="mb-4 text-3xl font-bold">我的门票</h1>
      <p className="mb-6">
        <Link href="/life/tourism" className={LINK}>
          预约景区门票
        </Link>
      </p>
      {tickets.length === 0 ? <p>还没有预约过门票。</p> : null}
      <ul className="space-y-3">
        {tickets.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-line bg-white p-4">
            <Link href={`/me/tickets/${t.id}`} className="text-lg font-semibold underline underline-offset-4">
              {t.spotName}
            </Link>
            <span>
              {dayLabel(t.date)} · {t.ticketType} · {yuan(t.feeFen, { freeWord: true })} · 游客 {t.visitorNameMasked}
            </span>
            <span className={`rounded border-2 px-2 text-sm font-semibold ${statusClass(t.status)}`}>{BOOKING_STATUS_LABEL[t.status]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
