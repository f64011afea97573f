import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧人文 · 学在南通 · 创新南通",
  description: "南通终身学习课程、图书馆馆藏检索与续借、文化活动报名和创新空间预约。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function CulturePage() {
  return <SectionPage section={getSection("culture")!} />;
}
