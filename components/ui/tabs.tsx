import Link from "next/link";
import type { ReactNode } from "react";

export type Tab = {
  href: string;
  label: ReactNode;
  /** The tab on show (read out as the current page). */
  current?: boolean;
  /** How many items the tab holds, shown as a badge ("999+" for a capped count). */
  count?: number | string;
  /** The count needs attention (overdue work): a red badge. */
  urgent?: boolean;
  accessKey?: string;
};

/**
 * Tabs as links (server-rendered, work without JavaScript): each tab is its own URL, the current one
 * is marked with aria-current and a thick underline. Links to sibling pages can share the strip.
 */
export function Tabs({ label, tabs, className = "mb-6" }: { label: string; tabs: Tab[]; className?: string }) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-line">
        {tabs.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              accessKey={t.accessKey}
              aria-current={t.current ? "page" : undefined}
              className={`inline-flex min-h-tap items-center gap-2 border-b-4 px-3 font-semibold no-underline ${t.current ? "border-brand-600 text-brand-800" : "border-transparent text-ink"}`}
            >
              {t.label}
              {t.count !== undefined ? (
                <span className={`rounded-full px-2 text-sm ${t.urgent ? "bg-danger text-white" : "bg-brand-100 text-brand-800"}`}>
                  {t.count}
                  <span className="sr-only">件</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
