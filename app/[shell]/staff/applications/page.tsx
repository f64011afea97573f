import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { ZQueueTab } from "@/server/modules/applications/validation";
import { StatusTag } from "@/components/applications/timeline";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "申请办理", robots: { index: false } };

const TABS = [
  { id: "pending", label: "待受理", status: ["submitted"] },
  { id: "processing", label: "办理中", status: ["accepted"] },
  { id: "overdue", label: "已超期", status: [] },
  { id: "correction", label: "待补正", status: ["correction"] },
  { id: "followups", label: "差评整改", status: [] },
  { id: "closed", label: "已办结", status: ["completed", "rejected"] },
] as const;

export default async function StaffApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await guardPage("department.handle", "/staff/applications");
  const sp = await searchParams;
  const tab = ZQueueTab.catch("pending").parse(one(sp.tab));
  const page = pageParam(sp.page, 10_000);
  const q = await (await getCaller()).applications.queue({ tab, page });
  const pages = Math.max(1, Math.ceil(q.total / q.pageSize));
  const count = (t: (typeof TABS)[number]) => (t.id === "overdue" ? q.overdue : t.status.reduce((n, s) => n + (q.byStatus[s] ?? 0), 0));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "申请办理" }]} />
      <h1 className="mb-4 text-3xl font-bold">一网通办申请办理</h1>
      {q.overdue > 0 ? <Notice tone="danger">有 {q.overdue} 件申请已超过承诺办结日期，请优先办理。</Notice> : null}
      <Tabs
        label="办件分类"
        tabs={TABS.map((t) => ({
          href: `/staff/applications?tab=${t.id}`,
          label: t.label,
          current: tab === t.id,
          count: t.id !== "followups" ? count(t) : undefined,
          urgent: t.id === "overdue" && q.overdue > 0,
        }))}
      />
      {q.items.length === 0 ? (
        <p>这里暂时没有办件。</p>
      ) : (
        <Table
          caption="办件列表（截止日期早的在前）"
          rows={q.items}
          rowKey={(a) => a.id}
          rowClassName={(a) => (a.overdue ? "bg-danger-bg" : undefined)}
          columns={[
            {
              header: "申办流水号",
              cell: (a) => (
                <Link href={`/staff/applications/${a.id}`} className="inline-flex min-h-tap items-center font-mono">
                  {a.serialNo}
                </Link>
              ),
            },
            { header: "事项", cell: (a) => a.itemName },
            { header: "状态", cell: (a) => <StatusTag status={a.status} overdue={a.overdue} /> },
            { header: "提交时间", cell: (a) => formatDateTime(a.submittedAt), nowrap: true },
            {
              header: "承诺办结",
              cell: (a) => a.dueDate ?? "受理后计算",
              nowrap: true,
              className: (a) => (a.overdue ? "font-bold text-danger" : undefined),
            },
          ]}
          cardsLabel="办件列表"
          cardClassName={(a) => (a.overdue ? "border-danger border-l-8" : undefined)}
          card={(a) => (
            <>
              <p className="mb-1 flex flex-wrap items-center gap-2">
                <Link href={`/staff/applications/${a.id}`} className="inline-flex min-h-tap items-center font-mono font-semibold">
                  {a.serialNo}
                </Link>
                <StatusTag status={a.status} overdue={a.overdue} />
              </p>
              <p className="mb-1">{a.itemName}</p>
              <p className="text-muted">提交于 {formatDateTime(a.submittedAt)}</p>
              <p className={a.overdue ? "font-bold text-danger" : ""}>承诺办结：{a.dueDate ?? "受理后计算"}</p>
            </>
          )}
        />
      )}
      <Pager page={page} pages={pages} href={(p) => `/staff/applications?tab=${tab}&page=${p}`} />
    </div>
  );
}
