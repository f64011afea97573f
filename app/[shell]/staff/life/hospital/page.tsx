import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { markAppointmentAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { BOOKING_STATUS_LABEL, hhmm } from "@/components/life/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatIsoDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { one } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "当日预约名单", robots: { index: false } };

export default async function HospitalDeskPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  await guardPage("life.desk", "/staff/life/hospital");
  const wanted = one((await searchParams).date);
  const date = wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted) ? wanted : formatIsoDate(new Date());
  let list;
  try {
    list = await (await getCaller()).life.health.dayList({ date });
  } catch (e) {
    const a = appErrorOf(e);
    if (a?.code !== "FORBIDDEN") throw e;
    return (
      <div className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">当日预约名单</h1>
        <Notice tone="warn">{a.message}</Notice>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "智慧生活服务台", href: "/staff/life" }, { label: "当日预约名单" }]} />
      <h1 className="mb-2 text-3xl font-bold">{list.hospitalName} · 预约名单</h1>
      <form method="get" action="/staff/life/hospital" className="mb-4 flex flex-wrap items-end gap-4" aria-label="选择日期">
        <Field id="date" label="日期" type="date" defaultValue={date} width="w-48" />
        <div className="mb-5">
          <Button type="submit" variant="secondary">
            查看
          </Button>
        </div>
      </form>
      <p className="mb-2">
        {list.date} 共 {list.items.length} 个预约（查看名单已记入审计日志）。
      </p>
      <Table
        caption={`${list.date} 预约名单`}
        rows={list.items}
        rowKey={(r) => r.id}
        cardsLabel="预约名单"
        card={(r) => (
          <div>
            <p className="font-semibold">
              {hhmm(r.startsAt)} {r.patientName} · {r.departmentName} {r.doctorName}
            </p>
            <p className="text-sm">
              {r.confirmationNo} · {BOOKING_STATUS_LABEL[r.status] ?? r.status}
            </p>
            {r.status === "active" ? <Marks id={r.id} /> : null}
          </div>
        )}
        columns={[
          { header: "时间", cell: (r) => `${hhmm(r.startsAt)}–${hhmm(r.endsAt)}`, nowrap: true },
          { header: "就诊人", cell: (r) => r.patientName, rowHeader: true },
          { header: "科室 · 医生", cell: (r) => `${r.departmentName} · ${r.doctorName}` },
          { header: "确认号", cell: (r) => r.confirmationNo, nowrap: true },
          { header: "状态", cell: (r) => BOOKING_STATUS_LABEL[r.status] ?? r.status, nowrap: true },
          { header: "操作", cell: (r) => (r.status === "active" ? <Marks id={r.id} /> : null) },
        ]}
      />
    </div>
  );
}

function Marks({ id }: { id: number }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton action={markAppointmentAction} hidden={{ id, outcome: "used" }} label="已就诊" />
      <ActionButton action={markAppointmentAction} hidden={{ id, outcome: "no_show" }} label="爽约" variant="danger" />
    </div>
  );
}
