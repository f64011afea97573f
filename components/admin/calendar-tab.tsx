import Link from "next/link";
import { Table } from "@/components/ui/table";

/** 节假日: the holidays and make-up working days every deadline is computed with, by year. */
export function CalendarTabView({ year, days }: { year: number; days: { date: string; kind: string; name: string }[] }) {
  return (
    <section aria-labelledby="cal-title">
      <h2 id="cal-title" className="mb-3 text-xl font-bold">
        {year} 年节假日与调休上班日
      </h2>
      <p className="mb-3">所有办理时限均按此表计算工作日。{year === 2027 ? "2027年安排尚待国务院办公厅公布，目前仅含法定节假日。" : ""}</p>
      <ul className="mb-3 flex gap-4">
        {[2025, 2026, 2027].map((n) => (
          <li key={n}>
            <Link
              href={`/admin?tab=calendar&year=${n}`}
              aria-current={n === year ? "page" : undefined}
              className="inline-flex min-h-tap items-center font-semibold"
            >
              {n}年
            </Link>
          </li>
        ))}
      </ul>
      <Table
        caption={`${year}年节假日`}
        scrollLabel="节假日表（可左右滚动）"
        rows={days}
        rowKey={(d) => d.date}
        columns={[
          { header: "日期", cell: (d) => d.date },
          {
            header: "类型",
            cell: (d) => (d.kind === "holiday" ? "放假" : "调休上班"),
            className: (d) => `font-semibold ${d.kind === "holiday" ? "text-danger" : "text-ink"}`,
          },
          { header: "名称", cell: (d) => d.name },
        ]}
      />
    </section>
  );
}
