import { revalidateTag } from "next/cache";

/**
 * Tags of cached public pages. A page is tagged with what it shows (server/request.ts cachedPublic), and the
 * code that changes that data calls revalidatePublic with the same tag.
 */
export const PAGE_TAGS = {
  /** The catalogue as a whole: the /services list, departments and facets. */
  catalogue: "catalogue",
  /** One item's guide page. */
  catalogueItem: (id: number) => `catalogue:item:${id}`,
  /** 12345 deadlines by request type (shown on /12345). */
  hotlineSla: "hotline:sla",
  /** Public 12345 requests (the /12345/public list and hot topics): a public request answered, closed, merged… */
  hotlinePublic: "hotline:public",
  /** 路况: incidents, congestion and road works (admins edit them). */
  transportRoads: "transport:roads",
  /** 环保百科 articles (admins edit them). */
  environmentWiki: "environment:wiki",
} as const;

/** The longest the public 12345 list and hot topics may lag (a change to a public request revalidates them at once). */
export const HOTLINE_PUBLIC_SECONDS = 60;

/**
 * Expires the cached pages (and data) under these tags at once: the next visitor gets a fresh render,
 * within a second of the change. Outside Next.js (services driven by tests) there is no cache.
 */
export function revalidatePublic(...tags: string[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
