import { HOTLINE_METADATA, HotlineLanding, HotlineSignInPrompt, slaDaysByType } from "@/components/hotline/hotline-landing";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";

export const metadata = HOTLINE_METADATA;

// What guests see, the same for all of them: rendered once, re-rendered when an admin changes a
// deadline. proxy.ts sends signed-in people to ./signed-in, which renders their own form.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default async function HotlinePage() {
  const sla = await cachedPublic(["hotline.sla"], [PAGE_TAGS.hotlineSla], (c) => c.hotline.sla());
  return <HotlineLanding slaDays={slaDaysByType(sla)} submit={<HotlineSignInPrompt />} />;
}
