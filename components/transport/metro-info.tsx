import Link from "next/link";
import { Table } from "@/components/ui/table";
import type { TransportOutputs } from "@/components/transport/types";

const yuan = (fen: number) => (fen === 0 ? "免费" : `¥${(fen / 100).toFixed(fen % 100 ? 2 : 0)}`);

/** Fare bands and who pays what share. */
export function FareRules({ rules }: { rules: TransportOutputs["metroFareRules"] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Table
        caption="按里程计价（成人全票）"
        captionVisible
        scrollLabel="按里程计价表"
        rowKey={(b) => b.fromKm}
        rows={rules.bands}
        columns={[
          { header: "乘车里程", cell: (b) => (b.toKm === null ? `${b.fromKm} 公里以上` : `${b.fromKm}–${b.toKm} 公里`), rowHeader: true },
          { header: "票价", cell: (b) => yuan(b.fareFen), numeric: true },
        ]}
      />
      <Table
        caption="优惠乘车"
        captionVisible
        scrollLabel="优惠乘车表"
        rowKey={(c) => c.key}
        rows={rules.categories}
        columns={[
          { header: "乘客", cell: (c) => c.label, rowHeader: true },
          {
            header: "支付",
            cell: (c) => (c.rate === 1 ? "全票" : c.rate === 0 ? "免费" : c.rate === 0.5 ? "半价" : `${Math.round(c.rate * 100)}%`),
            numeric: true,
          },
        ]}
      />
    </div>
  );
}

export { yuan };

/** A metro line's stations in order, each linking to its arrivals. */
export function StationList({ line }: { line: TransportOutputs["line"] }) {
  const d = line.directions[0];
  if (!d) return null;
  return (
    <ol className="grid gap-x-4 sm:grid-cols-2 md:grid-cols-4">
      {d.stops.map((s, i) => (
        <li key={s.stopId}>
          <span className="mr-1 text-muted">{i + 1}.</span>
          <Link href={`/transport/stops/${s.stopId}`} className="inline-flex min-h-tap items-center">
            {s.name}
          </Link>
        </li>
      ))}
    </ol>
  );
}
