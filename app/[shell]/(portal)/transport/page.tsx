import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧交通 · 畅行南通",
  description: "南通公交和地铁1号线线路站点、实时到站、停车场空位、路况和公共自行车。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function TransportPage() {
  return <SectionPage section={getSection("transport")!} />;
}
