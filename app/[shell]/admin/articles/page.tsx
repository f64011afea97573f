import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { ARTICLE_KINDS, ARTICLE_STATUSES } from "@/server/modules/governance/validation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "政务公开管理", robots: { index: false } };

type Status = keyof typeof ARTICLE_STATUSES;
const isStatus = (s: string | undefined): s is Status => !!s && s in ARTICLE_STATUSES;

/** Admin: every 政务公开 article by state (drafts, published, withdrawn), newest change first. */
export default async function ArticlesAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("governance.publish", "/admin/articles");
  const sp = await searchParams;
  const status = isStatus(one(sp.status)) ? (one(sp.status) as Status) : undefined;
  const page = pageParam(sp.page, 1000);
  const list = await (await getCaller()).governance.publish.list({ status, page });
  const href = (s: Status | undefined, p = 1) =>
    `/admin/articles?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "政务公开" }]} />
      <h1 className="mb-2 text-3xl font-bold">政务公开管理</h1>
      <p className="mb-4 text-base">
        起草政务要闻、通知公告、政策文件和政策解读，发布后即出现在“政务公开”栏目；已发布的可以撤回。所有操作记入审计日志。
      </p>
      <p className="mb-6">
        <Link
          href="/admin/articles/new"
          className="inline-flex min-h-tap items-center rounded-md border-2 border-brand-600 bg-brand-600 px-5 font-semibold text-white no-underline"
        >
          新建文章
        </Link>
      </p>
      <Tabs
        label="按状态筛选"
        tabs={[
          { href: href(undefined), label: "全部", current: !status },
          ...(Object.keys(ARTICLE_STATUSES) as Status[]).map((s) => ({ href: href(s), label: ARTICLE_STATUSES[s], current: status === s })),
        ]}
      />
      <Table
        caption={`${status ? ARTICLE_STATUSES[status] : "全部"}文章（${list.total} 篇）`}
        captionVisible
        rows={list.items}
        rowKey={(a) => a.id}
        columns={[
          { header: "标题", cell: (a) => <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>, rowHeader: true },
          { header: "栏目", cell: (a) => ARTICLE_KINDS[a.kind as keyof typeof ARTICLE_KINDS] ?? a.kind, nowrap: true },
          { header: "状态", cell: (a) => a.statusName, nowrap: true },
          { header: "发布机构", cell: (a) => a.publisher },
          { header: "最后修改", cell: (a) => formatDateTime(a.updatedAt), nowrap: true },
        ]}
      />
      <Pager page={page} pages={Math.max(1, Math.ceil(list.total / list.pageSize))} total={list.total} href={(n) => href(status, n)} />
    </div>
  );
}
