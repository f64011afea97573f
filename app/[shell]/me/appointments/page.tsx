import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { cancelAppointmentAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { BOOKING_STATUS_LABEL, dayLabel, hhmm, statusClass, yuan } from "@/components/life/format";
import { LINK } from "@/components/life/life-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "我的预约挂号", robots: { index: false } };

export default async function MyAppointmentsPage() {
  await guardPage("citizen.services", "/me/appointments");
  const caller = await getCaller();
  const [items, suspensions] = await Promise.all([caller.life.health.mine(), caller.life.health.suspensions()]);
  const upcoming = items.filter((a) => a.upcoming);
  const past = items.filter((a) => !a.upcoming);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的预约挂号" }]} />
      <h1 className="mb-4 text-3xl font-bold">我的预约挂号</h1>
      {suspensions.map((s) => (
        <Notice key={s.familyMemberId ?? "self"} tone="danger">
          {s.nameMasked}的网上预约挂号已暂停至 {formatDateTime(s.until)}（{s.reason}）。暂停期间请到医院窗口挂号。
        </Notice>
      ))}
      <p className="mb-6">
        <Link href="/life/health" className={LINK}>
          预约新的就诊
        </Link>
      </p>
      <section aria-labelledby="upcoming" className="mb-8">
        <h2 id="upcoming" className="mb-3 text-xl font-bold">
          待就诊
        </h2>
        {upcoming.length === 0 ? <p>没有待就诊的预约。</p> : null}
        <ul className="space-y-3">
          {upcoming.map((a) => (
            <li key={a.id} className="rounded-lg border border-line bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/me/appointments/${a.id}`} className="underline underline-offset-4">
                  {a.hospitalName} · {a.departmentName}
                </Link>
              </h3>
              <p>
                {dayLabel(a.serviceDate)} {hhmm(a.startsAt)}–{hhmm(a.endsAt)} · {a.doctorName} {a.doctorTitle} · 就诊人{" "}
                {a.patientNameMasked} · {yuan(a.feeFen)}
              </p>
              <p className="text-sm text-muted">确认号 {a.confirmationNo}</p>
              {a.canCancel ? (
                <div className="mt-2">
                  <ActionButton action={cancelAppointmentAction} hidden={{ id: a.id }} label={`取消这个预约（${a.confirmationNo}）`} />
                </div>
              ) : (
                <p className="mt-2 text-sm">就诊前2小时内不能在线取消，如不能按时就诊请联系医院。</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history">
        <h2 id="history" className="mb-3 text-xl font-bold">
          历史预约
        </h2>
        {past.length === 0 ? <p>没有历史预约。</p> : null}
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {past.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4">
              <Link href={`/me/appointments/${a.id}`} className="font-semibold underline underline-offset-4">
                {a.hospitalName} · {a.departmentName}
              </Link>
              <span>
                {dayLabel(a.serviceDate)} {hhmm(a.startsAt)} · {a.patientNameMasked}
              </span>
              <span className={`rounded border-2 px-2 text-sm font-semibold ${statusClass(a.status)}`}>
                {BOOKING_STATUS_LABEL[a.status]}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
