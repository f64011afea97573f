import { PUBLIC_REQUESTS_METADATA, PublicRequests } from "@/components/hotline/public-requests";
import { cachedPublic } from "@/server/request";
import { HOTLINE_PUBLIC_SECONDS, PAGE_TAGS } from "@/server/lib/page-cache";

export const metadata = PUBLIC_REQUESTS_METADATA;

// The first page is the same for everyone; a change to a public request revalidates it (hotline
// service transition), and it is re-rendered at least every minute. proxy.ts sends
// ?page=N to ./more, which renders per request.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}
export const revalidate = 60;

export default async function HotlinePublicPage() {
  const [list, hot] = await Promise.all([
    cachedPublic(
      ["hotline.publicList", "1"],
      [PAGE_TAGS.hotlinePublic],
      (c) => c.hotline.citizen.publicList({ page: 1 }),
      HOTLINE_PUBLIC_SECONDS,
    ),
    cachedPublic(["hotline.hotTopics"], [PAGE_TAGS.hotlinePublic], (c) => c.hotline.citizen.hotTopics(), HOTLINE_PUBLIC_SECONDS),
  ]);
  return <PublicRequests list={list} hot={hot} />;
}
