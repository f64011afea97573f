"use client";

import { useEffect } from "react";

/** True when a key press is typing (into a field), not a command. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/**
 * `?` (Shift+/) anywhere outside a field opens the page's list of keyboard shortcuts (ShortcutHelp, a
 * <details> with this id) and moves focus to it; `?` again or Escape closes it.
 */
export function ShortcutKey({ targetId }: { targetId: string }) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const details = document.getElementById(targetId) as HTMLDetailsElement | null;
      if (!details || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape" && details.open && details.contains(document.activeElement)) {
        details.open = false;
        details.querySelector("summary")?.focus();
        return;
      }
      if (e.key !== "?" || typing(e.target)) return;
      e.preventDefault();
      details.open = !details.open;
      details.querySelector("summary")?.focus();
      if (details.open) details.scrollIntoView({ block: "nearest" });
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [targetId]);
  return null;
}
