import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { registerEventAction } from "@/server/actions/sections";
import { SubPage, Outcome, SignInTo } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "活动详情" };

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = parseId((await params).id);
  const sp = await searchParams;
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const e = await orNotFound(caller.culture.events.get({ id }));
  const r = e.registration;
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "文化活动", href: "/culture/events" },
      ]}
      title={e.title}
    >
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      <SummaryList
        rows={[
          ["时间", `${formatDateTime(e.startsAt)} – ${formatDateTime(e.endsAt)}`],
          ["地点", `${e.venue}（${e.address}）`],
          ["类别", e.category],
          ["费用", e.priceFen ? `${e.priceFen / 100} 元` : "免费"],
          ["主办", e.organiser],
          ["适合人群", e.audience ?? "所有人"],
          ["名额", r ? `共 ${r.capacity} 个，剩余 ${r.remaining} 个` : `${e.capacity} 人`],
        ]}
      />
      <p className="mt-4 text-base leading-relaxed">{e.description}</p>
      <div className="mt-8">
        {!r ? (
          <p>本活动无需报名。</p>
        ) : r.state === "open" ? (
          user ? (
            <form action={registerEventAction}>
              <input type="hidden" name="eventId" value={e.id} />
              <input type="hidden" name="idempotencyKey" value={randomUUID()} />
              <Button type="submit">报名参加</Button>
            </form>
          ) : (
            <SignInTo what="报名" returnTo={`/culture/events/${e.id}`} />
          )
        ) : (
          <p className="text-lg font-semibold">
            {r.state === "full" ? "名额已满" : r.state === "not_open" ? `报名将于 ${formatDateTime(r.opensAt)} 开放` : "报名已截止"}
          </p>
        )}
      </div>
    </SubPage>
  );
}
