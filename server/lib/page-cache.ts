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
  /** 政务公开 articles (the /governance page's latest list): publish, edit or withdraw revalidates it. */
  governance: "governance:articles",
  /** 智慧经济 figures (indicators, policies, offerings, postings); seed data, refreshed by time. */
  economy: "economy:data",
  /** 智慧人文 figures (courses, catalogue, events, spaces); refreshed by time. */
  culture: "culture:data",
  /** One public 12345 request's page (/12345/public/[id]): its status, answer, timeline and 附议 count. */
  hotlineRequest: (id: number) => `hotline:request:${id}`,
  /** 突发事件预警 in effect: the banner on every page, the home page's list (published, updated, cancelled, ingested). */
  alerts: "alerts",
  /** 智慧生活 reference data: hospitals and clinics, scenic spots, community centres, Wi-Fi places (changed by the seed). */
  lifeReference: "life:reference",
} as const;

/** How long the section pages' figures may lag (event and posting counts change by time). */
export const SECTION_FACTS_SECONDS = 600;

/** The longest an alert's banner may outlive its expiry on a page without JavaScript (the banner island hides it on time). */
export const ALERTS_BANNER_SECONDS = 300;

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
