import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { BookAppointmentForm } from "@/components/life/booking-forms";
import { dayLabel, hhmm, yuan } from "@/components/life/format";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import type { PersonOption } from "@/components/life/person-choice";

export const metadata: Metadata = { title: "确认预约", robots: { index: false } };

export default async function BookSlotPage({ params }: { params: Promise<{ slotId: string }> }) {
  const raw = (await params).slotId;
  await guardPage("citizen.services", `/life/health/book/${raw}`);
  const slotId = parseId(raw);
  const caller = await getCaller();
  const [slot, me, family, suspensions] = await Promise.all([
    orNotFound(caller.life.health.slot({ id: slotId })),
    caller.account.me(),
    caller.life.family.list(),
    caller.life.health.suspensions(),
  ]);
  const suspendedOf = (id: number | null) => suspensions.find((s) => s.familyMemberId === id);
  const patients: PersonOption[] = [
    {
      value: "self",
      label: me.realName.verified ? `本人（${me.realName.nameMasked}）` : "本人",
      hint: !me.realName.verified
        ? "您尚未实名认证，不能为本人预约"
        : suspendedOf(null)
          ? `网上预约已暂停至 ${formatDateTime(suspendedOf(null)!.until)}`
          : undefined,
      disabled: !me.realName.verified || Boolean(suspendedOf(null)),
    },
    ...family.map((m) => {
      const s = suspendedOf(m.id);
      return {
        value: String(m.id),
        label: `${m.relationName} ${m.nameMasked}（${m.idMasked}）`,
        hint: s ? `网上预约已暂停至 ${formatDateTime(s.until)}` : undefined,
        disabled: Boolean(s),
      };
    }),
  ];
  const back = `/life/health/${slot.hospitalCode}/${slot.departmentCode}?date=${slot.serviceDate}`;
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[
          { label: "预约挂号", href: "/life/health" },
          { label: slot.hospitalName, href: `/life/health/${slot.hospitalCode}` },
          { label: slot.departmentName, href: back },
        ]}
        title="确认预约"
      />
      <div className="mt-4 max-w-2xl">
        <SummaryList
          rows={[
            ["医院", slot.hospitalName],
            ["科室", `${slot.departmentName}${slot.departmentLocation ? `（${slot.departmentLocation}）` : ""}`],
            ["医生", `${slot.doctorName} ${slot.doctorTitle}`],
            ["就诊时间", `${dayLabel(slot.serviceDate)} ${hhmm(slot.startsAt)}–${hhmm(slot.endsAt)}`],
            ["挂号费", `${yuan(slot.feeFen)}（到院缴费）`],
            ["剩余号源", slot.state === "open" ? `${slot.remaining} 个` : "—"],
            ["取消规则", `就诊前${slot.cancelHours}小时内不能在线取消（${formatDateTime(slot.cancelDeadline)} 前可取消）`],
          ]}
        />
        {slot.state === "open" && !slot.cancellableOnline ? (
          <div className="mt-6">
            <Notice tone="warn">距就诊已不足{slot.cancelHours}小时：预约后不能在线取消，如不能按时就诊请联系医院。</Notice>
          </div>
        ) : null}
        {suspensions.length > 0 ? (
          <div className="mt-6">
            <Notice tone="danger">
              {suspensions.map((s) => (
                <p key={s.familyMemberId ?? "self"}>
                  {s.nameMasked}的网上预约挂号已暂停至 {formatDateTime(s.until)}（{s.reason}）。
                </p>
              ))}
            </Notice>
          </div>
        ) : null}
        <div className="mt-6">
          {slot.state === "open" ? (
            <>
              <BookAppointmentForm slotId={slot.id} patients={patients} idempotencyKey={randomUUID()} />
              <p className="mt-4">
                要为孩子或老人预约？
                <Link href={`/life/family?returnTo=${encodeURIComponent(`/life/health/book/${slot.id}`)}`} className={LINK}>
                  添加家庭成员
                </Link>
              </p>
            </>
          ) : (
            <Notice tone="warn">
              {slot.state === "not_open"
                ? `该时段将于 ${formatDateTime(slot.opensAt)} 开放预约，请届时再来。`
                : slot.state === "full"
                  ? "该时段已约满，请选择其他时段。"
                  : "该时段已停止预约，请选择其他时段。"}{" "}
              <Link href={back} className="font-semibold underline">
                返回选择时段
              </Link>
            </Notice>
          )}
        </div>
      </div>
    </div>
  );
}
