import Link from "next/link";

/** Previous / next page links with "第 n 页，共 m 页" (server-rendered, works without JavaScript). */
export function Pager({
  page,
  pageSize,
  total,
  href,
  label,
  cap,
}: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  label: string;
  cap?: number;
}) {
  const capped = cap !== undefined && total >= cap;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="inline-flex min-h-tap items-center font-semibold">
          ‹ 上一页
        </Link>
      ) : null}
      <span>{capped ? `第 ${page} 页（超过 ${total} 条）` : `第 ${Math.min(page, pages)} 页，共 ${pages} 页（${total} 条）`}</span>
      {page < pages || (capped && page < 100_000) ? (
        <Link href={href(page + 1)} rel="next" className="inline-flex min-h-tap items-center font-semibold">
          下一页 ›
        </Link>
      ) : null}
    </nav>
  );
}
