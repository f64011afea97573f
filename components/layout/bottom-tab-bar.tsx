"use client";

import Link from "next/link";
import { isCurrentPath, useCurrentPath } from "./current-path";

const TABS = [
  { href: "/", label: "首页", icon: "M3 11 12 4l9 7v9h-6v-6H9v6H3z" },
  { href: "/services", label: "办事", icon: "M5 3h10l4 4v14H5zM9 12h6M9 16h6" },
  { href: "/12345", label: "12345", icon: "M6 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z" },
  { href: "/me", label: "我的", icon: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0" },
];

/** Mobile bottom tab bar (< 768 px), like the city's app. */
export function BottomTabBar() {
  const path = useCurrentPath();
  return (
    <nav aria-label="底部导航" className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-white md:hidden print:hidden">
      <ul className="grid grid-cols-4">
        {TABS.map((t) => {
          const current = isCurrentPath(path, t.href);
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-tap flex-col items-center justify-center py-1 text-sm no-underline ${current ? "font-bold text-brand-800" : "text-ink"}`}
              >
                <svg viewBox="0 0 24 24" className="h-6 w-6 elder:hidden" aria-hidden="true" focusable="false">
                  <path d={t.icon} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
                </svg>
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
