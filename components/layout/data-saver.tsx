"use client";

import { useEffect } from "react";

/** Phones (narrow screens) and browsers that ask to save data get no link prefetching. */
export const DATA_SAVER_QUERY = "(max-width: 767px)";
const PREFETCH_HEADER = "next-router-prefetch";

/** True for the requests Next.js makes to prefetch a linked page (they carry the Next-Router-Prefetch header). */
export function isPrefetchRequest(init?: RequestInit): boolean {
  if (!init?.headers) return false;
  return new Headers(init.headers).has(PREFETCH_HEADER);
}

/**
 * A fetch that answers link prefetches itself with an empty 204 — never sent over the network — and
 * passes every other request on. Next.js takes the empty answer as "not prefetched" and loads the page
 * when it is actually opened.
 */
export function withoutPrefetch(fetchImpl: typeof fetch): typeof fetch {
  const wrapped = (input: RequestInfo | URL, init?: RequestInit) =>
    isPrefetchRequest(init) ? Promise.resolve(new Response(null, { status: 204 })) : fetchImpl(input, init);
  return wrapped as typeof fetch;
}

/**
 * No prefetching on phones: Next.js prefetches every link that scrolls into view, dozens per page — on a
 * metered mobile connection that is data the visitor never asked for. Desktop keeps prefetching.
 */
export function DataSaver() {
  useEffect(() => {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    if (!saveData && !window.matchMedia(DATA_SAVER_QUERY).matches) return;
    const original = window.fetch;
    window.fetch = withoutPrefetch(original.bind(window));
    return () => {
      window.fetch = original;
    };
  }, []);
  return null;
}
