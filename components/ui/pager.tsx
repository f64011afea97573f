import Link from "next/link";

type PagerProps = {
  page: number;
  href: (page: number) => string;
  /** The navigation's name, when a page has more than one list ("我的诉求分页"). */
  label?: string;
} & (
  | {
      pages: number;
      /** How many items the list holds, when the page knows. */
      total?: number;
      /** The count stopped at `total`: the pager says "超过 N 条" and keeps offering the next page. */
      capped?: boolean;
    }
  | {
      /** The list is not counted: whether a full page came back. */
      hasNext: boolean;
    }
);

/** Previous / next page links with where you are ("第 n 页，共 m 页"); server-rendered, works without JavaScript. */
export function Pager(props: PagerProps) {
  const { page, href, label = "分页" } = props;
  let where: string;
  let next: boolean;
  if ("hasNext" in props) {
    if (page <= 1 && !props.hasNext) return null;
    where = `第 ${page} 页`;
    next = props.hasNext;
  } else {
    const { total, capped = false } = props;
    const pages = Math.max(1, props.pages);
    if (pages <= 1 && !capped) return null;
    where = capped
      ? `第 ${page} 页（超过 ${total} 条）`
      : `第 ${Math.min(page, pages)} 页，共 ${pages} 页${total !== undefined ? `（${total} 条）` : ""}`;
    next = page < pages || (capped && page < 100_000);
  }
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-x-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="inline-flex min-h-tap items-center font-semibold">
          ‹ 上一页
        </Link>
      ) : null}
      <span className="inline-flex min-h-tap items-center">{where}</span>
      {next ? (
        <Link href={href(page + 1)} rel="next" className="inline-flex min-h-tap items-center font-semibold">
          下一页 ›
        </Link>
      ) : null}
    </nav>
  );
}
