"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Wide enough for the filters to sit beside each other (Tailwind's md). */
const WIDE = "(min-width: 768px)";

/**
 * The catalogue's filters behind a 筛选 button on phones (a <details>, so it works without JavaScript);
 * on wider screens they are always open and the button is hidden. `open` is how the server renders it:
 * open when a filter is set, so a phone user sees what narrows the list.
 */
export function FilterDisclosure({ open, summary, children }: { open: boolean; summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const media = window.matchMedia(WIDE);
    const sync = () => {
      if (media.matches && ref.current) ref.current.open = true;
    };
    sync();
    media.addEventListener("change", sync);
    return () => media.removeEventListener("change", sync);
  }, []);
  return (
    <details ref={ref} open={open} className="group" data-testid="catalogue-filters">
      <summary className="inline-flex min-h-tap cursor-pointer items-center gap-2 rounded-md border-2 border-brand-600 px-4 font-semibold text-brand-800 md:hidden">
        {summary}
      </summary>
      <div className="mt-4 md:mt-0">{children}</div>
    </details>
  );
}
