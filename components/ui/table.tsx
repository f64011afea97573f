import type { ReactNode } from "react";
import { RowAnchor } from "./row-anchor";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names each row: its cells are row headers (<th scope="row">). */
  rowHeader?: boolean;
  /** Figures: right-aligned. */
  numeric?: boolean;
  /** Keeps dates, numbers and tags on one line. */
  nowrap?: boolean;
  /** A sortable column's current order (aria-sort on its header); the header then holds the sort link. */
  sort?: "ascending" | "descending" | "none";
  /** Extra classes of the column's cells, possibly from the row (an overdue date in red). */
  className?: string | ((row: T) => string | undefined);
};

type TableProps<T> = {
  /** What the table lists; screen readers announce it and tests find the table by it. */
  caption: ReactNode;
  /** Print the caption above the table (a data table beside a chart); otherwise only screen readers get it. */
  captionVisible?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /**
   * An element id per row, so a link can point at it (`/transport/parking#lot-…`). With `card`, the id
   * is on the row's card (what phones show) and the table row carries it as `data-row-anchor`; a small
   * script scrolls to that row when the card is hidden (wider screens). Highlighted while targeted.
   */
  rowId?: (row: T) => string;
  /** Row highlight (overdue rows in red). */
  rowClassName?: (row: T) => string | undefined;
  /** `boxed`: a table standing alone, in a white box; `plain`: inside a card that already has its border. */
  variant?: "boxed" | "plain";
  /**
   * Names the area that scrolls sideways on narrow screens and lets the keyboard scroll it: give it
   * to tables with no links or buttons in them.
   */
  scrollLabel?: string;
  /** Phones get one card per row instead of the table (the 12345 queues); the table shows from md up. */
  card?: (row: T) => ReactNode;
  /** The list of cards' accessible name; required with `card`. */
  cardsLabel?: string;
  /** Classes of one row's card (an overdue card gets a red edge); default a grey border. */
  cardClassName?: (row: T) => string | undefined;
  /** Classes of the <table> (a smaller text size, a minimum width). */
  className?: string;
  /** Rows of form inputs centre their label on the input; text rows start at the top. */
  valign?: "top" | "middle";
};

/** A row or card a link points at: scrolled clear of the top edge and highlighted. */
const TARGETED = "scroll-mt-4 target:bg-warn-bg target:outline-2 target:outline-brand-600 data-[targeted]:bg-warn-bg";

const join = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");

/**
 * A data table (GOV.UK table): a caption, column headers, rows with a hairline between them. On
 * narrow screens it scrolls sideways, or becomes a list of cards when `card` is given.
 */
export function Table<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  rowId,
  rowClassName,
  variant = "boxed",
  scrollLabel,
  card,
  cardsLabel,
  cardClassName,
  className,
  valign = "top",
}: TableProps<T>) {
  const pad = variant === "boxed" ? "p-2" : "py-2 pr-4 last:pr-0";
  const cellClass = (c: Column<T>, row?: T) =>
    join(
      pad,
      c.numeric && "text-right",
      c.nowrap && "whitespace-nowrap",
      row !== undefined && (typeof c.className === "function" ? c.className(row) : c.className),
    );
  const region = scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {};
  return (
    <>
      {card ? (
        <ul className="space-y-3 md:hidden" aria-label={cardsLabel}>
          {rows.map((r) => (
            <li
              key={rowKey(r)}
              id={rowId?.(r)}
              className={join("rounded-lg border bg-white p-4", cardClassName?.(r) ?? "border-line", rowId && TARGETED)}
            >
              {card(r)}
            </li>
          ))}
        </ul>
      ) : null}
      <div
        {...region}
        className={join("overflow-x-auto", variant === "boxed" && "rounded-lg border border-line bg-white", card && "hidden md:block")}
      >
        <table className={join("w-full border-collapse text-left", className)}>
          <caption className={captionVisible ? "mb-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {columns.map((c, i) => (
                <th key={i} scope="col" className={cellClass(c)} aria-sort={c.sort}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={rowKey(r)}
                {...(rowId ? (card ? { "data-row-anchor": rowId(r) } : { id: rowId(r) }) : {})}
                className={join(
                  "border-b border-line",
                  valign === "top" ? "align-top" : "align-middle",
                  rowClassName?.(r),
                  rowId && TARGETED,
                )}
              >
                {columns.map((c, i) =>
                  c.rowHeader ? (
                    <th key={i} scope="row" className={join(cellClass(c, r), "font-semibold")}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td key={i} className={cellClass(c, r)}>
                      {c.cell(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {card && rowId ? <RowAnchor /> : null}
    </>
  );
}
