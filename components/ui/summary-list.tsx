import type { ReactNode } from "react";

/** One row: label, value, and a key when labels may repeat. */
export type SummaryRow = readonly [label: string, value: ReactNode, key?: string];

/**
 * Facts about one thing as label / value rows with a hairline between them (GOV.UK summary list);
 * the label sits above the value on phones. `wide` gives labels a third of the width (form answers).
 */
export function SummaryList({ rows, wide = false }: { rows: readonly SummaryRow[]; wide?: boolean }) {
  return (
    <dl className="divide-y divide-line border-y border-line">
      {rows.map(([label, value, key]) => (
        <div key={key ?? label} className={`grid gap-1 py-2 sm:gap-4 ${wide ? "sm:grid-cols-[1fr_2fr]" : "sm:grid-cols-[8rem_1fr]"}`}>
          <dt className="font-semibold">{label}</dt>
          <dd className="min-w-0 whitespace-pre-wrap wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
