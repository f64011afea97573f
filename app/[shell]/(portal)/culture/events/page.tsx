import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK } from "@/components/sections/sub-page";
import { formatDateTime } from "@/components/ui/format";

export const metadata: Metadata = { title: "文化活动", description: "南通近期展览、讲座、演出和导览，名额内在线报名。" };

const STATE: Record<string, string> = {
  open: "可报名",
  full: "已报满",
  closed: "报名已截止",
  not_open: "尚未开放报名",
  withdrawn: "已取消",
};
const DAY = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "long", day: "numeric", weekday: "short" });

export default async function EventsPage() {
  const events = await (await getCaller()).culture.events.list({});
  const days: { day: string; items: typeof events }[] = [];
  for (const e of events) {
    const day = DAY.format(e.startsAt);
    const last = days[days.length - 1];
    if (last?.day === day) last.items.push(e);
    else days.push({ day, items: [e] });
  }
  return (
    <SubPage crumbs={[{ label: "智慧人文", href: "/culture" }]} title="文化活动" lead="按日期排列的近期文化活动。活动信息为示例数据。">
      <p className="mb-6">
        <Link href="/culture/bookings" className={`${LINK} font-semibold`}>
          我的报名与预约
        </Link>
      </p>
      {days.map((d) => (
        <section key={d.day} aria-labelledby={`d-${d.day}`} className="mb-6">
          <h2 id={`d-${d.day}`} className="text-xl font-bold">
            {d.day}
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {d.items.map((e) => (
              <li key={e.id} className="py-3">
                <Link href={`/culture/events/${e.id}`} className={`${LINK} text-lg font-semibold`}>
                  {e.title}
                </Link>
                <p className="text-base">
                  {formatDateTime(e.startsAt)} · {e.venue} · {e.category} · {e.priceFen ? `${e.priceFen / 100} 元` : "免费"}
                </p>
                <p className="text-sm text-muted">
                  {e.registration
                    ? `${STATE[e.registration.state]}，余 ${e.registration.remaining}/${e.registration.capacity} 个名额`
                    : "无需报名"}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {events.length === 0 ? <p>近期暂无活动。</p> : null}
    </SubPage>
  );
}
