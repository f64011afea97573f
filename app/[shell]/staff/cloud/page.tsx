import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "中小企业云服务申请", robots: { index: false } };

const STATUSES = [
  ["submitted", "待受理"],
  ["accepted", "已受理"],
  ["approved", "已开通"],
  ["rejected", "未通过"],
] as const;

export default async function StaffCloudPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("economy.cloud.handle", "/staff/cloud");
  const sp = await searchParams;
  const status = STATUSES.find(([s]) => s === one(sp.status))?.[0] ?? "submitted";
  const page = pageParam(sp.page, 1000);
  const queue = await (await getCaller()).economy.cloud.queue({ status, page });
  return (
    <div className="mx-auto max-w-5xl px-4 pb-12">
      <Breadcrumbs items={[{ label: "部门工作台", href: "/staff" }, { label: "中小企业云服务申请" }]} className="pt-2" />
      <h1 className="mb-4 mt-2 text-2xl font-bold">中小企业云服务申请</h1>
      <Tabs
        label="申请状态"
        tabs={STATUSES.map(([s, name]) => ({ href: `/staff/cloud?status=${s}`, label: name, current: s === status }))}
      />
      {queue.items.length ? (
        <Table
          caption={`${STATUSES.find(([s]) => s === status)?.[1]}的申请`}
          columns={[
            {
              header: "申请编号",
              cell: (a) => (
                <Link href={`/staff/cloud/${a.id}`} className="inline-flex min-h-tap items-center text-brand-700 underline">
                  {a.applicationNo}
                </Link>
              ),
              rowHeader: true,
            },
            { header: "企业", cell: (a) => a.enterpriseName },
            { header: "云服务", cell: (a) => a.offeringName },
            { header: "提交时间", cell: (a) => formatDateTime(a.createdAt), nowrap: true },
          ]}
          rows={queue.items}
          rowKey={(a) => a.id}
        />
      ) : (
        <p>没有该状态的申请。</p>
      )}
      <Pager
        page={page}
        pages={Math.max(1, Math.ceil(queue.total / queue.pageSize))}
        total={queue.total}
        href={(n) => `/staff/cloud?status=${status}&page=${n}`}
      />
    </div>
  );
}
