import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK } from "@/components/sections/sub-page";
import { SearchBox } from "@/components/ui/search-box";
import { Pager } from "@/components/ui/pager";
import { highlight } from "@/components/ui/highlight";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "图书馆", description: "检索南通市图书馆馆藏（支持拼音），用市民卡查看借阅并续借。" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").trim().slice(0, 100);
  const page = pageParam(sp.page, 1000);
  const found = await (await getCaller()).culture.library.search({ q: q || undefined, page, pageSize: 20 });
  return (
    <SubPage crumbs={[{ label: "智慧人文", href: "/culture" }]} title="图书馆" lead="检索馆藏图书。馆藏信息为示例数据。">
      <p className="mb-4">
        <Link href="/culture/library/loans" className={`${LINK} font-semibold`}>
          我的借阅（市民卡）与续借
        </Link>
      </p>
      <form action="/culture/library" role="search" aria-label="馆藏检索">
        <SearchBox id="q" label="书名或作者（支持拼音和首字母）" defaultValue={q} placeholder="如 红楼梦、hlm、鲁迅" />
      </form>
      <h2 className="mt-6 text-xl font-bold">{q ? `与“${q}”相关的图书 ${found.total} 种` : `馆藏 ${found.total} 种`}</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {found.items.map((b) => (
          <li key={b.id} className="py-3">
            <Link href={`/culture/library/books/${b.id}`} className={`${LINK} text-lg font-semibold`}>
              {highlight(b.title, q, b.match?.field === "title" ? b.match : undefined)}
            </Link>
            <p className="text-base">
              {b.author} · {b.publisher} · {b.publishedYear}
            </p>
            <p className="text-sm text-muted">
              索书号 {b.callNumber} · 在架 {b.available}/{b.copies} 册
            </p>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        pages={Math.max(1, Math.ceil(found.total / found.pageSize))}
        total={found.total}
        href={(n) => `/culture/library?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`}
      />
    </SubPage>
  );
}
