import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { withdrawRoadNoticeAction } from "@/server/actions/transport";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatShortDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import { RoadNoticeForm } from "@/components/transport/road-notice-form";
import { chinaLocalInput } from "@/components/transport/types";

export const metadata: Metadata = { title: "路况管理", robots: { index: false } };

function noticeState(n: { withdrawnAt: Date | null; startsAt: Date; endsAt: Date | null }): string {
  const now = Date.now();
  if (n.withdrawnAt) return "已撤下";
  if (n.startsAt.getTime() > now) return "未开始";
  return n.endsAt && n.endsAt.getTime() <= now ? "已结束" : "生效中";
}

const safeText = (v: string | undefined) => (v && v.length <= 120 && !/[<>]/.test(v) ? v : null);

/** Admin: publish, edit (?edit=id) and withdraw congestion, incident and road-works notices (shown on /transport/roads). */
export default async function RoadsAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("admin.console", "/admin/transport");
  const sp = await searchParams;
  const caller = await getCaller();
  const notices = await caller.transport.admin.roadNotices();
  // ?edit=id opens a notice in the form; an unknown or withdrawn one says so above the new-notice form.
  const editParam = one(sp.edit);
  let editing = null;
  let editProblem: string | null = null;
  if (editParam !== undefined) {
    const id = ZFormId.safeParse(editParam);
    editing = id.success
      ? await caller.transport.admin.roadNotice({ id: id.data }).catch((e: unknown) => {
          if (!appErrorOf(e)) throw e;
          return null;
        })
      : null;
    if (!editing) editProblem = "找不到要修改的路况信息。";
    else if (editing.withdrawnAt) {
      editProblem = "该路况信息已撤下，不能再修改。";
      editing = null;
    }
  }
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "路况管理" }]} />
      <h1 className="mb-4 text-3xl font-bold">路况管理</h1>
      {one(sp.created) ? <Notice tone="success">已发布，路况页面已更新。</Notice> : null}
      {one(sp.updated) ? <Notice tone="success">已保存修改，路况页面已更新。</Notice> : null}
      {one(sp.withdrawn) ? <Notice tone="success">已撤下。</Notice> : null}
      {editProblem ? <ErrorSummary message={editProblem} /> : null}
      {one(sp.err) ? <ErrorSummary message={safeText(one(sp.err)) ?? "操作失败，请重试"} /> : null}
      <section aria-labelledby="form-title" className="mb-8">
        <h2 id="form-title" className="mb-3 text-2xl font-bold">
          {editing ? `修改：${editing.title}` : "发布路况"}
        </h2>
        {editing ? (
          <>
            <RoadNoticeForm
              key={`${editing.id}-${editing.version}`}
              edit={{
                id: editing.id,
                version: editing.version,
                values: {
                  kind: editing.kind,
                  title: editing.title,
                  description: editing.description,
                  roads: editing.roads.join("，"),
                  district: editing.district,
                  severity: String(editing.severity),
                  startsAt: chinaLocalInput(editing.startsAt),
                  endsAt: editing.endsAt ? chinaLocalInput(editing.endsAt) : "",
                },
              }}
            />
            <p className="mt-3">
              <Link href="/admin/transport" className="inline-flex min-h-tap items-center">
                不修改了，发布新的路况
              </Link>
            </p>
          </>
        ) : (
          <RoadNoticeForm />
        )}
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
                <div className="flex flex-wrap items-center gap-3">
                  <Link
                    href={`/admin/transport?edit=${n.id}`}
                    className="inline-flex min-h-tap items-center"
                    aria-label={`修改：${n.title}`}
                  >
                    修改
                  </Link>
                  <form action={withdrawRoadNoticeAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <input type="hidden" name="version" value={n.version} />
                    <Button type="submit" variant="secondary" aria-label={`撤下：${n.title}`}>
                      撤下
                    </Button>
                  </form>
                </div>
              ),
          },
        ]}
      />
    </div>
  );
}
