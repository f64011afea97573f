import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/components/ui/format";
import type { TransportOutputs } from "@/components/transport/types";

export const metadata: Metadata = { title: "路况", description: "南通当前的道路拥堵、交通事件和道路施工，以及即将开始的施工。" };

// The same for everyone: re-rendered when an admin changes a notice (tag transport:roads) and every 5 minutes.
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Notice = TransportOutputs["roadNotices"]["current"][number];

function NoticeCard({ n }: { n: Notice }) {
  return (
    <li>
      <article aria-labelledby={`n-${n.id}`} className="rounded-lg border border-line bg-white p-4">
        <h3 id={`n-${n.id}`} className="text-lg font-bold">
          【{n.kindName}·{n.severityName}】{n.title}
        </h3>
        <p className="text-sm text-muted">
          {n.district} · 受影响道路：{n.roads.join("、")} · {formatDateTime(n.startsAt)} 起
          {n.endsAt ? `，至 ${formatDateTime(n.endsAt)}` : "，结束时间待定"}
          {n.sample ? " · 示例数据" : ""}
        </p>
        <p className="mt-2 whitespace-pre-wrap">{n.description}</p>
      </article>
    </li>
  );
}

export default async function RoadsPage() {
  const { current, upcoming } = await cachedPublic(
    ["transport.roads"],
    [PAGE_TAGS.transportRoads],
    (c) => c.transport.public.roadNotices(),
    300,
  );
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "路况" }]} />
      <h1 className="mb-2 text-3xl font-bold">路况</h1>
      <p className="mb-6">拥堵、交通事件和道路施工信息由交通管理部门发布，按影响程度排序。</p>
      <section aria-labelledby="now" className="mb-8">
        <h2 id="now" className="mb-3 text-2xl font-bold">
          当前（{current.length}）
        </h2>
        {current.length === 0 ? (
          <p>目前没有发布的拥堵、事件或施工。</p>
        ) : (
          <ul className="space-y-3">
            {current.map((n) => (
              <NoticeCard key={n.id} n={n} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="soon">
        <h2 id="soon" className="mb-3 text-2xl font-bold">
          即将施工（14天内）
        </h2>
        {upcoming.length === 0 ? (
          <p>近期没有计划中的施工。</p>
        ) : (
          <ul className="space-y-3">
            {upcoming.map((n) => (
              <NoticeCard key={n.id} n={n} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
