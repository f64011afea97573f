import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { STAFF_TABS, ZStaffTab } from "@/server/modules/hotline/staff";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "12345工单办理", robots: { index: false } };

type SP = Promise<SearchParams>;

const EMPTY: Record<string, string> = {
  dispatched: "没有待签收的工单。",
  accepted: "没有办理中的工单。",
  overdue: "没有超期的工单。",
  replied: "最近30天没有已答复的工单。",
};

export default async function StaffTicketsPage({ searchParams }: { searchParams: SP }) {
  await guardPage("department.handle", "/staff/tickets");
  const sp = await searchParams;
  const tab = ZStaffTab.catch("dispatched").parse(one(sp.tab));
  const page = pageParam(sp.page, 10_000);
  const returned = one(sp.returned);
  const q = await (await getCaller()).hotline.staff.queue({ tab, page });
  const pages = Math.max(1, Math.ceil(q.total / q.pageSize));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "12345工单" }]} />
      <h1 className="mb-4 text-3xl font-bold">12345工单办理</h1>
      {returned && /^\d+$/.test(returned) ? <Notice tone="success">工单已退回12345坐席改派，退单理由已记录。</Notice> : null}
      {q.counts.overdue > 0 ? <Notice tone="danger">有 {q.counts.overdue} 件工单已超过办理时限，请优先办理或申请延期。</Notice> : null}
      <Tabs
        label="工单分类"
        tabs={(Object.keys(STAFF_TABS) as (keyof typeof STAFF_TABS)[]).map((t) => ({
          href: `/staff/tickets?tab=${t}`,
          label: STAFF_TABS[t],
          current: tab === t,
          count: q.counts[t],
          urgent: t === "overdue" && q.counts.overdue > 0,
        }))}
      />
      {q.items.length === 0 ? (
        <p>{EMPTY[tab]}</p>
      ) : (
        <Table
          caption={`${STAFF_TABS[tab]}工单（${tab === "replied" ? "最近答复的在前" : "办理时限早的在前"}）`}
          rows={q.items}
          rowKey={(t) => t.id}
          rowClassName={(t) => (t.overdue ? "bg-danger-bg" : undefined)}
          columns={[
            {
              header: "工单编号",
              cell: (t) => (
                <Link href={`/staff/tickets/${t.id}`} className="inline-flex min-h-tap items-center font-mono">
                  {t.ticketNo}
                </Link>
              ),
            },
            {
              header: "类型与分类",
              cell: (t) => (
                <>
                  {t.type} · {t.categoryName}
                  {t.district ? <span className="block text-muted">{t.district}</span> : null}
                </>
              ),
            },
            { header: "诉求内容", cell: (t) => t.description, className: "max-w-md break-words" },
            {
              header: "状态",
              cell: (t) => (
                <>
                  <TicketStatusTag status={t.status} overdue={t.overdue} />
                  {t.urgeCount > 0 ? <span className="mt-1 block font-semibold text-danger">已催办{t.urgeCount}次</span> : null}
                </>
              ),
            },
            { header: "受理时间", cell: (t) => formatDateTime(t.createdAt), nowrap: true },
            {
              header: "办理时限",
              cell: (t) => t.dueDate ?? "—",
              nowrap: true,
              className: (t) => (t.overdue ? "font-bold text-danger" : undefined),
            },
          ]}
          cardsLabel="工单列表"
          cardClassName={(t) => (t.overdue ? "border-danger border-l-8" : undefined)}
          card={(t) => (
            <>
              <p className="mb-1 flex flex-wrap items-center gap-2">
                <Link href={`/staff/tickets/${t.id}`} className="inline-flex min-h-tap items-center font-mono font-semibold">
                  {t.ticketNo}
                </Link>
                <TicketStatusTag status={t.status} overdue={t.overdue} />
              </p>
              <p className="mb-1">
                {t.type} · {t.categoryName}
                {t.district ? ` · ${t.district}` : ""}
              </p>
              <p className="mb-1 break-words text-muted">{t.description}</p>
              <p className={t.overdue ? "font-bold text-danger" : ""}>
                办理时限：{t.dueDate ?? "—"}
                {t.urgeCount > 0 ? ` · 已催办${t.urgeCount}次` : ""}
              </p>
            </>
          )}
        />
      )}
      <Pager page={page} pages={pages} href={(p) => `/staff/tickets?tab=${tab}&page=${p}`} />
    </div>
  );
}
