import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCaller } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { Block, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { dayLabel, hhmm, yuan } from "@/components/life/format";
import { formatDateTime } from "@/components/ui/format";
import { one } from "@/components/ui/search-params";

type Params = Promise<{ hospital: string; department: string }>;
type Search = Promise<{ date?: string | string[] }>;

export const metadata: Metadata = { title: "选择医生和就诊时段" };

/** A clinic's doctors and slots, one day at a time (places left change by the minute: rendered per request). */
export default async function DepartmentPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { hospital, department } = await params;
  if (!/^[a-z0-9-]{1,60}$/.test(hospital) || !/^[a-z0-9-]{1,60}$/.test(department)) notFound();
  const s = await orNotFound((await getCaller()).life.health.schedule({ hospitalCode: hospital, departmentCode: department }));
  const wanted = one((await searchParams).date);
  const withSlots = s.days.filter((d) => d.doctors.length > 0);
  const day = s.days.find((d) => d.date === wanted) ?? withSlots[0] ?? s.days[0]!;
  const base = `/life/health/${hospital}/${department}`;
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[
          { label: "预约挂号", href: "/life/health" },
          { label: s.hospital.name, href: `/life/health/${hospital}` },
        ]}
        title={s.department.name}
        lead={
          <p>
            {s.department.summary}
            {s.department.location ? `（${s.department.location}）` : ""}。可预约今天起 {s.bookingDays} 天内的号源，第 {s.bookingDays}{" "}
            天的号源于当天 {s.releaseTime} 开放。医生信息为示例数据。
          </p>
        }
      />
      <nav aria-label="选择就诊日期" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {s.days.map((d) => {
            const current = d.date === day.date;
            return (
              <li key={d.date}>
                <Link
                  href={`${base}?date=${d.date}`}
                  aria-current={current ? "date" : undefined}
                  className={`inline-flex min-h-tap items-center rounded-md border-2 px-3 ${current ? "border-brand-700 bg-brand-700 text-white" : "border-brand-600 text-brand-700"}`}
                >
                  {dayLabel(d.date, d.weekday)}
                  {d.doctors.length === 0 ? <span className="ml-1 text-sm">（无号）</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Block id="doctors" title={`${dayLabel(day.date, day.weekday)} 出诊医生`}>
        {day.doctors.length === 0 ? (
          <p>这一天该科室没有出诊安排，请选择其他日期。</p>
        ) : (
          <ul className="space-y-4">
            {day.doctors.map((doc) => (
              <li key={doc.id} className="rounded-lg border border-line bg-white p-4">
                <h3 className="text-lg font-semibold">
                  {doc.name} <span className="font-normal">{doc.title}</span>
                </h3>
                <p className="text-sm text-muted">擅长：{doc.specialty}</p>
                <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6 elder:grid-cols-1 elder:sm:grid-cols-2">
                  {doc.slots.map((slot) => {
                    const time = `${hhmm(slot.startsAt)}–${hhmm(slot.endsAt)}`;
                    if (slot.state === "open") {
                      return (
                        <li key={slot.id}>
                          <Link
                            href={`/life/health/book/${slot.id}`}
                            className="flex min-h-tap flex-col rounded-md border-2 border-brand-600 px-2 py-1 text-brand-700 hover:bg-brand-50"
                          >
                            <span className="font-semibold">{time}</span>
                            <span className="text-sm">
                              预约 · 余 {slot.remaining} · {yuan(slot.feeFen)}
                            </span>
                          </Link>
                        </li>
                      );
                    }
                    const why =
                      slot.state === "not_open"
                        ? `${formatDateTime(slot.opensAt)} 开放`
                        : slot.state === "full"
                          ? "已约满"
                          : slot.state === "withdrawn"
                            ? "停诊"
                            : "已停止预约";
                    return (
                      <li
                        key={slot.id}
                        className="flex min-h-tap flex-col rounded-md border-2 border-dashed border-line px-2 py-1 text-muted"
                      >
                        <span className="font-semibold">{time}</span>
                        <span className="text-sm">{why}</span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Block>
      <p className="mt-6">
        <Link href="/me/appointments" className={LINK}>
          查看我的预约
        </Link>
      </p>
    </div>
  );
}
