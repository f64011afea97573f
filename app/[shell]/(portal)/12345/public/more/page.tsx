import type { Metadata } from "next";
import { PUBLIC_REQUESTS_METADATA, PublicRequests } from "@/components/hotline/public-requests";
import { pageParam } from "@/components/ui/search-params";
import { getCaller } from "@/server/request";

export const metadata: Metadata = { ...PUBLIC_REQUESTS_METADATA, robots: { index: false } };

/** Further pages of /12345/public (?page=N; proxy.ts routes them here): rendered per request. */
export default async function HotlinePublicMorePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageParam((await searchParams).page);
  const caller = await getCaller();
  const [list, hot] = await Promise.all([caller.hotline.citizen.publicList({ page }), caller.hotline.citizen.hotTopics()]);
  return <PublicRequests list={list} hot={hot} />;
}
