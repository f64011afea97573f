import Link from "next/link";
import type { ReactNode } from "react";

/** One step of the trail: a link up the tree, or (without `href`, last) the page itself. */
export type Crumb = { label: ReactNode; href?: string };

/**
 * Where the page sits (GOV.UK breadcrumbs): links up the tree, each a full-size touch target, the
 * current page last and marked as such. `className` places the trail (spacing under it).
 */
export function Breadcrumbs({ items, className = "mb-2" }: { items: Crumb[]; className?: string }) {
  return (
    <nav aria-label="面包屑" className={className}>
      <ol className="flex flex-wrap items-center text-sm">
        {items.map((c, i) => (
          <li key={i} className="flex items-center">
            {i > 0 ? (
              <span aria-hidden="true" className="px-2 text-muted">
                ›
              </span>
            ) : null}
            {c.href ? (
              <Link href={c.href} className="inline-flex min-h-tap items-center">
                {c.label}
              </Link>
            ) : (
              <span aria-current="page" className="break-words">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
