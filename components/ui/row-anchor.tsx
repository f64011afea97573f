"use client";

import { useEffect } from "react";

/**
 * For tables that show cards on phones (components/ui/table.tsx with `card` and `rowId`): the element
 * id is on the card, so `#lot-…` works without script on phones. On wider screens the cards are hidden
 * and the browser cannot scroll to one; this scrolls to the table row that carries the same
 * `data-row-anchor` instead and marks it (`data-targeted`) for the highlight.
 */
export function RowAnchor() {
  useEffect(() => {
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      for (const el of document.querySelectorAll("[data-targeted]")) el.removeAttribute("data-targeted");
      if (!id) return;
      const target = document.getElementById(id);
      if (!target || target.getClientRects().length > 0) return;
      const row = [...document.querySelectorAll<HTMLElement>("[data-row-anchor]")].find((el) => el.dataset.rowAnchor === id);
      if (!row) return;
      row.setAttribute("data-targeted", "");
      row.scrollIntoView({ block: "start" });
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return null;
}
