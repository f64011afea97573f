import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { SubPage } from "@/components/sections/sub-page";
import { Tabs } from "@/components/ui/tabs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "红黑榜", description: "信用南通红榜和黑榜，按类别查看，附公布日期。" };

export default async function CreditListsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const list = one(sp.list) === "black" ? "black" : "red";
  const category = one(sp.category)?.slice(0, 50) || undefined;
  const page = pageParam(sp.page, 1000);
  const caller = await getCaller();
  const [categories, entries] = await Promise.all([
    caller.economy.credit.categories({ list }),
    caller.economy.credit.list({ list, category, page, pageSize: 20 }),
  ]);
  const href = (p: Record<string, string | undefined>) =>
    `/economy/credit/lists?${new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "信用南通", href: "/economy/credit" },
      ]}
      title="红黑榜"
      lead="守信激励对象（红榜）和失信惩戒对象（黑榜），按类别公布。本页数据为示例数据。"
    >
      <Tabs
        label="榜单"
        tabs={[
          { label: "红榜", href: href({ list: "red" }), current: list === "red" },
          { label: "黑榜", href: href({ list: "black" }), current: list === "black" },
        ]}
      />
      <nav aria-label="类别" className="mb-4 flex flex-wrap gap-2">
        <a
          href={href({ list })}
          aria-current={!category ? "page" : undefined}
          className="inline-flex min-h-tap items-center rounded border border-brand-600 px-3 text-brand-700 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
        >
          全部
        </a>
        {categories.map((c) => (
          <a
            key={c.category}
            href={href({ list, category: c.category })}
            aria-current={category === c.category ? "page" : undefined}
            className="inline-flex min-h-tap items-center rounded border border-brand-600 px-3 text-brand-700 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {c.category}（{c.count}）
          </a>
        ))}
      </nav>
      <Table
        caption={`${entries.listName}${category ? ` · ${category}` : ""}`}
        captionVisible
        columns={[
          { header: "名称", cell: (r) => r.subjectName, rowHeader: true },
          { header: "类别", cell: (r) => r.category },
          { header: "事由", cell: (r) => r.reason },
          { header: "公布单位", cell: (r) => r.publisher },
          { header: "公布日期", cell: (r) => r.publishedOn, nowrap: true },
        ]}
        rows={entries.items}
        rowKey={(r) => r.id}
        scrollLabel="红黑榜"
      />
      <Pager
        page={page}
        pages={Math.max(1, Math.ceil(entries.total / entries.pageSize))}
        total={entries.total}
        href={(n) => href({ list, category, page: String(n) })}
      />
    </SubPage>
  );
}
