"use client";

import { useEffect } from "react";

const MIN_INTERVAL_MS = 60_000;

/**
 * Staff, agents and admins are signed out after 30 idle minutes. Activity refreshes the session
 * cookie (GET /api/auth/session re-issues the JWT with a new lastActive), at most once a minute.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    let last = 0;
    const touch = () => {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      void fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => {});
    };
    touch();
    const events = ["pointerdown", "keydown", "scroll"] as const;
    events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, touch));
  }, []);
  return null;
}
