"use client";

import { useEffect, useState } from "react";

/** Show the bar only when a page takes longer than this: quick navigations do not flicker. */
export const NAV_PROGRESS_DELAY_MS = 150;
/** Give up after this long (the page may have been left, or failed without a navigation). */
const GIVE_UP_MS = 12_000;

/**
 * The same-origin page a click on this link goes to, or null when the click is not a plain in-app
 * navigation (new tab, download, another site, a link to the page on show or one of its anchors, or a
 * link marked data-no-progress whose click script does something else).
 */
export function navigationTarget(
  a: { href: string; target: string; hasAttribute(name: string): boolean },
  current: string,
  modified: boolean,
): string | null {
  if (modified || (a.target && a.target !== "_self") || a.hasAttribute("download") || a.hasAttribute("data-no-progress")) return null;
  let to: URL;
  let from: URL;
  try {
    to = new URL(a.href, current);
    from = new URL(current);
  } catch {
    return null;
  }
  if (to.origin !== from.origin || !/^https?:$/.test(to.protocol)) return null;
  if (to.pathname === from.pathname && to.search === from.search) return null; // same page (or an #anchor on it)
  return to.href;
}

/**
 * Navigation feedback: a slim bar at the top of the window while the next page loads (slow networks,
 * pages that read data). It starts on a click on an in-app link, after a short delay, and ends when the
 * address changes (the new page is on show) or when the visitor comes back through history.
 * Decorative (aria-hidden): the browser and assistive technology announce the new page themselves.
 */
export function NavProgress() {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let delay: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(delay);
      clearInterval(poll);
      clearTimeout(giveUp);
      setActive(false);
    };
    // Next.js' <Link> cancels the browser's navigation (e.preventDefault) to make its own, so a cancelled
    // click still navigates; a link whose click does something else instead says so with data-no-progress.
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0) return;
      const a = (e.target as Element | null)?.closest?.("a");
      if (!a) return;
      const modified = e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
      if (!navigationTarget(a, location.href, modified)) return;
      stop();
      const from = location.href;
      delay = setTimeout(() => setActive(true), NAV_PROGRESS_DELAY_MS);
      poll = setInterval(() => {
        if (location.href !== from) stop();
      }, 100);
      giveUp = setTimeout(stop, GIVE_UP_MS);
    };
    document.addEventListener("click", onClick);
    window.addEventListener("popstate", stop);
    window.addEventListener("pagehide", stop);
    return () => {
      stop();
      document.removeEventListener("click", onClick);
      window.removeEventListener("popstate", stop);
      window.removeEventListener("pagehide", stop);
    };
  }, []);
  return active ? <div className="nav-progress" aria-hidden="true" data-testid="nav-progress" /> : null;
}
