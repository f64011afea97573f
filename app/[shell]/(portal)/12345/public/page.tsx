import { PUBLIC_REQUESTS_METADATA, PublicRequests } from "@/components/hotline/public-requests";
import { cachedPublic } from "@/server/request";
import { HOTLINE_PUBLIC_SECONDS } from "@/server/lib/page-cache";

export const metadata = PUBLIC_REQUESTS_METADATA;

// The first page is the same for everyone and may lag a minute behind new answers; proxy.ts sends
// ?page=N to ./more, which renders per request.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}
export const revalidate = 60;

export default async function HotlinePublicPage() {
  const [list, hot] = await Promise.all([
    cachedPublic(["hotline.publicList", "1"], [], (c) => c.hotline.publicList({ page: 1 }), HOTLINE_PUBLIC_SECONDS),
    cachedPublic(["hotline.hotTopics"], [], (c) => c.hotline.hotTopics(), HOTLINE_PUBLIC_SECONDS),
  ]);
  return <PublicRequests list={list} hot={hot} />;
}
