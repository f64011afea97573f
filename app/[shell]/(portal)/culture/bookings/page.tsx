import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { cancelCultureBookingAction } from "@/server/actions/sections";
import { SubPage, LINK, Outcome } from "@/components/sections/sub-page";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "我的文化活动与预约", robots: { index: false } };

const STATUS: Record<string, string> = { active: "有效", cancelled: "已取消", used: "已签到", no_show: "未到场" };

export default async function CultureBookingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("account.self", "/culture/bookings");
  const sp = await searchParams;
  const items = await (await getCaller()).culture.events.mine();
  return (
    <SubPage crumbs={[{ label: "智慧人文", href: "/culture" }]} title="我的文化活动与预约">
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      {items.length === 0 ? <p>您还没有报名活动或预约创新空间。</p> : null}
      <ul className="divide-y divide-line border-y border-line">
        {items.map((b) => (
          <li key={`${b.kind}-${b.id}`} className="py-3">
            <Link href={b.url} className={`${LINK} text-lg font-semibold`}>
              {b.title}
            </Link>
            <p className="text-base">
              {b.kind === "event" ? "活动报名" : "空间预约"} · {formatDateTime(b.startsAt)} · 确认号 {b.confirmationNo} ·{" "}
              {STATUS[b.status] ?? b.status}
            </p>
            {b.canCancel ? (
              <form action={cancelCultureBookingAction} className="mt-2">
                <input type="hidden" name="bookingId" value={b.id} />
                <input type="hidden" name="kind" value={b.kind} />
                <Button type="submit" variant="secondary" aria-label={`取消 ${b.title}`}>
                  取消
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </SubPage>
  );
}
