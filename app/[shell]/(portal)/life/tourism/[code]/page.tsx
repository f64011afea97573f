import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { hasPermission } from "@/server/auth/roles";
import { Block, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { BookTicketForm, type TicketDay } from "@/components/life/booking-forms";
import { dayLabel, yuan } from "@/components/life/format";
import type { PersonOption } from "@/components/life/person-choice";
import { formatDateTime } from "@/components/ui/format";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "景区详情与门票预约" };

/** A scenic spot: facts, how to get there, and the booking form (places left: rendered per request). */
export default async function SpotPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code;
  if (!/^[a-z0-9-]{1,60}$/.test(code)) notFound();
  const caller = await getCaller();
  const [spot, user] = await Promise.all([orNotFound(caller.life.tourism.spot({ code })), getSessionUser()]);
  const canBook = user ? hasPermission(user.role, "citizen.services") : false;
  const [me, family] = canBook ? await Promise.all([caller.account.me(), caller.life.family.list()]) : [null, []];
  const days: TicketDay[] = spot.days.map((d) => ({
    slotId: d.slotId,
    label: dayLabel(d.date),
    bookable: d.state === "open",
    hint:
      d.state === "open"
        ? `余票 ${d.remaining} 张`
        : d.state === "not_open"
          ? `${d.opensAt ? formatDateTime(d.opensAt) : ""} 开放预约`
          : d.state === "full"
            ? "已约满"
            : "已停止预约",
  }));
  const visitors: PersonOption[] = [
    {
      value: "self",
      label: me?.realName.verified ? `本人（${me.realName.nameMasked}）` : "本人",
      hint: me?.realName.verified ? undefined : "您尚未实名认证，不能为本人预约",
      disabled: !me?.realName.verified,
    },
    ...family.map((m) => ({ value: String(m.id), label: `${m.relationName} ${m.nameMasked}（${m.idMasked}）` })),
  ];
  return (
    <div className={PAGE}>
      <LifeHeader trail={[{ label: "畅游南通", href: "/life/tourism" }]} title={spot.name} lead={<p>{spot.summary}</p>} />
      <div className="mt-4 grid gap-8 lg:grid-cols-2 elder:lg:grid-cols-1">
        <div>
          <SummaryList
            rows={[
              ["地址", spot.address.startsWith(spot.district) ? spot.address : `${spot.district} ${spot.address}`],
              ["等级", spot.rating ?? "—"],
              ["开放时间", `${spot.openTime}–${spot.closeTime}，${spot.lastEntryTime} 停止入园`],
              ["说明", spot.hoursNote],
              ["每日限额", `${spot.dailyCapacity} 人`],
            ]}
          />
          <Block id="highlights" title="看点">
            <ul className="list-disc pl-6">
              {spot.highlights.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </Block>
          <Block id="transit" title="怎么去">
            <p>{spot.transit}</p>
            {spot.stops.length ? (
              <p className="mt-2">
                附近站点（实时到站）：
                {spot.stops.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? "、" : ""}
                    <Link href={`/transport/stops/${s.id}`} className="underline underline-offset-4">
                      {s.name}
                    </Link>
                  </span>
                ))}
              </p>
            ) : (
              <p className="mt-2 text-sm text-muted">本平台的示例公交线路暂未覆盖该景区，请以当地公交信息为准。</p>
            )}
          </Block>
          <p className="mt-4 text-sm text-muted">{spot.dataNote}</p>
        </div>
        <section aria-labelledby="book" className="rounded-lg border border-line bg-white p-5">
          <h2 id="book" className="mb-3 text-xl font-bold">
            预约门票
          </h2>
          <ul className="mb-4 space-y-1">
            {spot.ticketTypes.map((t) => (
              <li key={t.code}>
                <strong>{t.name}</strong> {yuan(t.priceFen, { freeWord: true })}{" "}
                <span className="text-sm text-muted">· {t.eligibility}</span>
              </li>
            ))}
          </ul>
          {canBook ? (
            <>
              <BookTicketForm
                days={days}
                types={spot.ticketTypes.map((t) => ({
                  code: t.code,
                  label: `${t.name} ${yuan(t.priceFen, { freeWord: true })}`,
                  hint: t.eligibility,
                }))}
                visitors={visitors}
                idempotencyKey={randomUUID()}
              />
              <p className="mt-4">
                <Link href={`/life/family?returnTo=${encodeURIComponent(`/life/tourism/${spot.code}`)}`} className={LINK}>
                  添加同行家人
                </Link>
              </p>
            </>
          ) : user ? (
            <p>门票预约面向个人账号。</p>
          ) : (
            <p>
              <Link href={`/login?callbackUrl=${encodeURIComponent(`/life/tourism/${spot.code}`)}`} className={LINK}>
                登录后预约
              </Link>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
