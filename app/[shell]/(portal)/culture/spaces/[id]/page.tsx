import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { bookSpaceAction } from "@/server/actions/sections";
import { SubPage, Outcome, SignInTo } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Button } from "@/components/ui/button";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "创新空间预约" };

const TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
const DAY = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "long", day: "numeric", weekday: "short" });

export default async function SpacePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = parseId((await params).id);
  const sp = await searchParams;
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const s = await orNotFound(caller.culture.events.space({ id }));
  const key = randomUUID();
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "创新空间", href: "/culture/spaces" },
      ]}
      title={s.name}
    >
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      <SummaryList
        rows={[
          ["类型", s.kindName],
          ["地址", `${s.district}${s.address}`],
          ["开放时间", s.openingHours],
          ["设备", s.equipment.join("、")],
          ["每个时段", `${s.slotMinutes} 分钟，${s.capacityPerSlot} 人`],
          ["使用须知", s.rules],
        ]}
      />
      <p className="mt-4 text-base">{s.description}</p>
      <h2 className="mt-8 text-xl font-bold">预约时段</h2>
      {!user ? (
        <SignInTo what="预约时段" returnTo={`/culture/spaces/${s.id}`} />
      ) : (
        <p className="text-base">每人每天限约一个时段，开始前2小时内不能取消。</p>
      )}
      {s.days.map((d) => (
        <section key={d.date} aria-labelledby={`day-${d.date}`} className="mt-4">
          <h3 id={`day-${d.date}`} className="text-lg font-semibold">
            {DAY.format(new Date(`${d.date}T12:00:00+08:00`))}
          </h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {d.slots.map((slot) => {
              const label = `${TIME.format(slot.startsAt)}–${TIME.format(slot.endsAt)}`;
              return (
                <li key={slot.slotId}>
                  {user && slot.state === "open" ? (
                    <form action={bookSpaceAction}>
                      <input type="hidden" name="spaceId" value={s.id} />
                      <input type="hidden" name="slotId" value={slot.slotId} />
                      <input type="hidden" name="idempotencyKey" value={`${key}-${slot.slotId}`} />
                      <Button type="submit" variant="secondary" aria-label={`预约 ${d.date} ${label}，余 ${slot.remaining} 个名额`}>
                        {label}（余{slot.remaining}）
                      </Button>
                    </form>
                  ) : (
                    <span className="inline-flex min-h-tap items-center rounded-md border-2 border-line px-4 text-muted">
                      {label}（{slot.state === "open" ? `余${slot.remaining}` : slot.state === "full" ? "已约满" : "不可约"}）
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {s.days.length === 0 ? <p className="mt-2">近期没有可预约的时段。</p> : null}
    </SubPage>
  );
}
