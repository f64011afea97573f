import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";

export const metadata: Metadata = {
  title: "智慧交通 · 畅行南通",
  description: "南通公交和地铁1号线线路站点、实时到站、停车场空位、路况和公共自行车。",
};

export default function TransportPage() {
  return <SectionPage section={getSection("transport")!} />;
}
