import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { withdrawRoadNoticeAction } from "@/server/actions/transport";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatShortDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import { RoadNoticeForm } from "@/components/transport/road-notice-form";

export const metadata: Metadata = { title: "路况管理", robots: { index: false } };

function noticeState(n: { withdrawnAt: Date | null; startsAt: Date; endsAt: Date | null }): string {
  const now = Date.now();
  if (n.withdrawnAt) return "已撤下";
  if (n.startsAt.getTime() > now) return "未开始";
  return n.endsAt && n.endsAt.getTime() <= now ? "已结束" : "生效中";
}

const safeText = (v: string | undefined) => (v && v.length <= 120 && !/[<>]/.test(v) ? v : null);

/** Admin: publish and withdraw congestion, incident and road-works notices (shown on /transport/roads). */
export default async function RoadsAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("admin.console", "/admin/transport");
  const sp = await searchParams;
  const notices = await (await getCaller()).transport.admin.roadNotices();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "路况管理" }]} />
      <h1 className="mb-4 text-3xl font-bold">路况管理</h1>
      {one(sp.created) ? <Notice tone="success">已发布，路况页面已更新。</Notice> : null}
      {one(sp.withdrawn) ? <Notice tone="success">已撤下。</Notice> : null}
      {one(sp.err) ? <ErrorSummary message={safeText(one(sp.err)) ?? "操作失败，请重试"} /> : null}
      <section aria-labelledby="new" className="mb-8">
        <h2 id="new" className="mb-3 text-2xl font-bold">
          发布路况
        </h2>
        <RoadNoticeForm />
      </section>
      <Table
        caption="已发布的路况（最新的在前）"
        captionVisible
        rows={notices}
        rowKey={(n) => n.id}
        columns={[
          { header: "标题", cell: (n) => `【${n.kindName}】${n.title}`, rowHeader: true },
          { header: "区县", cell: (n) => n.district, nowrap: true },
          { header: "时间", cell: (n) => `${formatShortDateTime(n.startsAt)} — ${n.endsAt ? formatShortDateTime(n.endsAt) : "待定"}` },
          { header: "状态", cell: noticeState, nowrap: true },
          {
            header: "操作",
            cell: (n) =>
              n.withdrawnAt ? null : (
                <form action={withdrawRoadNoticeAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <input type="hidden" name="version" value={n.version} />
                  <Button type="submit" variant="secondary" aria-label={`撤下：${n.title}`}>
                    撤下
                  </Button>
                </form>
              ),
          },
        ]}
      />
    </div>
  );
}
