import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧经济 · 乐业南通",
  description: "南通企业服务：惠企政策匹配、中小企业云服务、信用南通查询、宏观经济数据和就业招聘信息。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function EconomyPage() {
  return <SectionPage section={getSection("economy")!} />;
}
