"use client";

import Link from "next/link";
import { isCurrentPath, useCurrentPath } from "./current-path";

/** The six sections, 一网通办 and 12345 (desktop); the current one is marked for sight and screen readers. */
export function SectionNav({ items }: { items: { href: string; label: string }[] }) {
  const path = useCurrentPath();
  return (
    <nav aria-label="六大板块" className="hidden border-t border-line md:block">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((item) => {
          const current = isCurrentPath(path, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-tap items-center border-b-4 px-3 font-semibold no-underline ${current ? "border-brand-600 text-brand-800" : "border-transparent text-ink hover:border-brand-100"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
