import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage, SampleTag } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = { title: "企业信用信息" };

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); credit records are seed data.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function CreditEnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const e = await orNotFound(
    cachedPublic(["economy.credit", String(id)], [PAGE_TAGS.economy], (c) => c.economy.credit.enterprise({ id }), 3600),
  );
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "信用南通", href: "/economy/credit" },
      ]}
      title={e.name}
    >
      <p className="mb-4">
        <SampleTag sample={e.sample} />
      </p>
      <SummaryList
        rows={[
          ["统一社会信用代码", e.uscc],
          ["法定代表人", e.legalRepresentative],
          ["注册资本", `${formatNumber(e.registeredCapitalFen / 1_000_000)} 万元`],
          ["成立日期", e.foundedOn],
          ["所属行业", e.industryLabel],
          ["登记状态", e.registrationStatus],
          ["住所", `${e.district}${e.address}`],
          ["纳税信用等级", e.taxCreditLevel ?? "—"],
        ]}
      />
      <h2 className="mt-6 text-xl font-bold">红黑榜记录</h2>
      {e.listEntries.length ? (
        <Table
          caption="该企业的红黑榜记录"
          columns={[
            { header: "榜单", cell: (r) => r.listName, nowrap: true },
            { header: "类别", cell: (r) => r.category },
            { header: "事由", cell: (r) => r.reason },
            { header: "公布单位", cell: (r) => r.publisher },
            { header: "公布日期", cell: (r) => r.publishedOn, nowrap: true },
          ]}
          rows={e.listEntries}
          rowKey={(r) => r.id}
          scrollLabel="红黑榜记录"
        />
      ) : (
        <p className="mt-2">暂无红黑榜记录。</p>
      )}
    </SubPage>
  );
}
