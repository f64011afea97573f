import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧环保 · 绿色南通",
  description: "南通空气质量和水质数据、垃圾分类查询、环保百科、低碳生活和环境问题反映。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function EnvironmentPage() {
  return <SectionPage section={getSection("environment")!} />;
}
