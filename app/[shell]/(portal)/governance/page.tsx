import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧治理 · 慧治南通",
  description: "南通一网通办、12345 热线、政务公开、数据开放、随手拍和智慧南通积分。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default function GovernancePage() {
  return <SectionPage section={getSection("governance")!} />;
}
