import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "图书详情" };

export default async function BookPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const b = await orNotFound((await getCaller()).culture.library.book({ id }));
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "图书馆", href: "/culture/library" },
      ]}
      title={b.title}
    >
      <SummaryList
        rows={[
          ["作者", b.author],
          ["出版社", `${b.publisher}，${b.publishedYear}`],
          ["ISBN", b.isbn],
          ["索书号", b.callNumber],
          ["分类", b.category],
          ["在架", `${b.available}/${b.copies} 册`],
          ["预约排队", `${b.waitingReservations} 人`],
        ]}
      />
      <p className="mt-4 text-base">{b.summary}</p>
      <p className="mt-2 text-sm text-muted">馆藏信息为示例数据。</p>
    </SubPage>
  );
}
