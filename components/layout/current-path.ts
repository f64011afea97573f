"use client";

import { useSelectedLayoutSegments } from "next/navigation";

/**
 * The page's path as routed below the root layout, e.g. "/services/1" (route groups dropped).
 * It comes from the route tree, not the URL, so a cached page renders the same on the server and
 * in the browser whichever variant (standard or 长辈版) proxy.ts rewrote the request to.
 */
export function useCurrentPath(): string {
  const segments = useSelectedLayoutSegments().filter((s) => !s.startsWith("(") && s !== "__PAGE__");
  return `/${segments.join("/")}`;
}

/** A nav entry is current on its own page and the pages below it. */
export function isCurrentPath(path: string, href: string): boolean {
  if (href === "/") return path === "/";
  return path === href || path.startsWith(`${href}/`);
}
