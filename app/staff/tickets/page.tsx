import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { STAFF_TABS, ZStaffTab } from "@/server/modules/hotline/staff";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/app/_lib/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

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
  const q = await (await getCaller()).hotlineStaff.queue({ tab, page });
  const pages = Math.max(1, Math.ceil(q.total / q.pageSize));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "12345工单" }]} />
      <h1 className="mb-4 text-3xl font-bold">12345工单办理</h1>
      {returned && /^\d+$/.test(returned) ? <Notice tone="success">工单已退回12345坐席改派，退单理由已记录。</Notice> : null}
      {q.counts.overdue > 0 ? (
        <p role="status" className="mb-4 border-l-8 border-danger bg-white p-3 font-semibold text-danger">
          有 {q.counts.overdue} 件工单已超过办理时限，请优先办理或申请延期。
        </p>
      ) : null}
      <nav aria-label="工单分类" className="mb-6">
        <ul className="flex flex-wrap gap-2 border-b-2 border-line">
          {(Object.keys(STAFF_TABS) as (keyof typeof STAFF_TABS)[]).map((t) => (
            <li key={t}>
              <Link
                href={`/staff/tickets?tab=${t}`}
                aria-current={tab === t ? "page" : undefined}
                className={`inline-flex min-h-tap items-center border-b-4 px-3 font-semibold no-underline ${tab === t ? "border-brand-600 text-brand-800" : "border-transparent text-ink"} ${t === "overdue" && q.counts.overdue > 0 ? "text-danger" : ""}`}
              >
                {STAFF_TABS[t]}（{q.counts[t]}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {q.items.length === 0 ? (
        <p>{EMPTY[tab]}</p>
      ) : (
        <>
          {/* Cards on phones, a table from md up. */}
          <ul className="space-y-3 md:hidden" aria-label="工单列表">
            {q.items.map((t) => (
              <li key={t.id} className={`rounded-lg border bg-white p-4 ${t.overdue ? "border-danger border-l-8" : "border-line"}`}>
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
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-lg border border-line bg-white md:block">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">
                {STAFF_TABS[tab]}工单（{tab === "replied" ? "最近答复的在前" : "办理时限早的在前"}）
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    工单编号
                  </th>
                  <th scope="col" className="p-2">
                    类型与分类
                  </th>
                  <th scope="col" className="p-2">
                    诉求内容
                  </th>
                  <th scope="col" className="p-2">
                    状态
                  </th>
                  <th scope="col" className="p-2">
                    受理时间
                  </th>
                  <th scope="col" className="p-2">
                    办理时限
                  </th>
                </tr>
              </thead>
              <tbody>
                {q.items.map((t) => (
                  <tr key={t.id} className={`border-b border-line align-top ${t.overdue ? "bg-[#fde8e7]" : ""}`}>
                    <td className="p-2">
                      <Link href={`/staff/tickets/${t.id}`} className="inline-flex min-h-tap items-center font-mono">
                        {t.ticketNo}
                      </Link>
                    </td>
                    <td className="p-2">
                      {t.type} · {t.categoryName}
                      {t.district ? <span className="block text-muted">{t.district}</span> : null}
                    </td>
                    <td className="max-w-md break-words p-2">{t.description}</td>
                    <td className="p-2">
                      <TicketStatusTag status={t.status} overdue={t.overdue} />
                      {t.urgeCount > 0 ? <span className="mt-1 block font-semibold text-danger">已催办{t.urgeCount}次</span> : null}
                    </td>
                    <td className="whitespace-nowrap p-2">{formatDateTime(t.createdAt)}</td>
                    <td className={`whitespace-nowrap p-2 ${t.overdue ? "font-bold text-danger" : ""}`}>{t.dueDate ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {pages > 1 ? (
        <nav aria-label="分页" className="mt-4 flex items-center gap-4">
          {page > 1 ? (
            <Link href={`/staff/tickets?tab=${tab}&page=${page - 1}`} className="inline-flex min-h-tap items-center">
              上一页
            </Link>
          ) : null}
          <span>
            第 {page} / {pages} 页
          </span>
          {page < pages ? (
            <Link href={`/staff/tickets?tab=${tab}&page=${page + 1}`} className="inline-flex min-h-tap items-center">
              下一页
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
