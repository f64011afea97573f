import type { Metadata } from "next";
import { WasteView } from "@/components/environment/waste";

export const metadata: Metadata = {
  title: "垃圾分类查询",
  description: "输入物品名称（支持拼音和首字母），查询属于可回收物、有害垃圾、厨余垃圾还是其他垃圾。",
};

// The search form and the guide, the same for everyone; a query goes to ./search.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export default function WastePage() {
  return <WasteView />;
}
