import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧生活 · 健康南通 · 安居南通 · 畅游南通",
  description: "南通预约挂号、市民卡、社区和居家养老服务、景区门票预约、公积金和免费 Wi-Fi。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function LifePage() {
  return <SectionPage section={getSection("life")!} />;
}
