import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { cancelAppointmentAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { BOOKING_STATUS_LABEL, dayLabel, hhmm, yuan } from "@/components/life/format";
import { LINK } from "@/components/life/life-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "预约详情", robots: { index: false } };

type Search = Promise<{ booked?: string; cancelled?: string }>;

export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const raw = (await params).id;
  await guardPage("citizen.services", `/me/appointments/${raw}`);
  const id = parseId(raw);
  const a = await orNotFound((await getCaller()).life.health.get({ id }));
  const q = await searchParams;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[{ label: "我的", href: "/me" }, { label: "我的预约挂号", href: "/me/appointments" }, { label: a.confirmationNo }]}
      />
      {q.booked && a.status === "active" ? (
        <div role="status" className="mb-6 rounded-lg bg-success p-6 text-white">
          <h1 className="text-3xl font-bold">预约成功</h1>
          <p className="mt-2 text-xl">
            确认号 <strong className="tracking-wider">{a.confirmationNo}</strong>
          </p>
        </div>
      ) : (
        <h1 className="mb-4 text-3xl font-bold">预约详情</h1>
      )}
      {q.cancelled && a.status === "cancelled" ? <Notice tone="success">预约已取消，号源已释放。</Notice> : null}
      <SummaryList
        rows={[
          ["状态", BOOKING_STATUS_LABEL[a.status] ?? a.status],
          ["确认号", a.confirmationNo],
          ["就诊人", a.patientNameMasked],
          ["医院", `${a.hospitalName}（${a.hospitalAddress}）`],
          ["科室", `${a.departmentName}${a.departmentLocation ? `，${a.departmentLocation}` : ""}`],
          ["医生", `${a.doctorName} ${a.doctorTitle}`],
          ["就诊时间", `${dayLabel(a.serviceDate)} ${a.session ?? ""} ${hhmm(a.startsAt)}–${hhmm(a.endsAt)}`],
          ["挂号费", `${yuan(a.feeFen)}（到院缴费）`],
          ["预约时间", formatDateTime(a.createdAt)],
          ...(a.cancelledAt ? ([["取消时间", formatDateTime(a.cancelledAt)]] as const) : []),
        ]}
      />
      {a.status === "active" ? (
        <>
          <p className="mt-4">请携带就诊人身份证，提前15分钟到达。</p>
          <p className="mt-2">
            <a href={`/me/appointments/${a.id}/ics`} className={LINK} download>
              添加到日历（.ics 文件）
            </a>
          </p>
          <div className="mt-6">
            {a.canCancel ? (
              <ActionButton action={cancelAppointmentAction} hidden={{ id: a.id }} label="取消预约" variant="danger">
                <p>可在 {formatDateTime(a.cancelDeadline)} 前取消。</p>
              </ActionButton>
            ) : (
              <p>就诊前2小时内不能在线取消，如不能按时就诊请联系医院。</p>
            )}
          </div>
        </>
      ) : null}
      <p className="mt-8">
        <Link href="/me/appointments" className={LINK}>
          返回我的预约
        </Link>
      </p>
    </div>
  );
}
