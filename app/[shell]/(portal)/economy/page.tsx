import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS, SECTION_FACTS_SECONDS } from "@/server/lib/page-cache";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = {
  title: "智慧经济 · 乐业南通",
  description: "南通企业服务：惠企政策匹配、中小企业云服务、信用南通查询、宏观经济数据和就业招聘信息。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default async function EconomyPage() {
  const facts = await cachedPublic(
    ["economy.section-facts"],
    [PAGE_TAGS.economy],
    async (c) => {
      const [indicators, policies, offerings, jobs] = await Promise.all([
        c.economy.macro.indicators(),
        c.economy.policies.list({ page: 1, pageSize: 1 }),
        c.economy.cloud.offerings({}),
        c.economy.jobs.list({ page: 1, pageSize: 1 }),
      ]);
      const gdp = indicators.find((i) => i.code === "gdp") ?? indicators[0];
      const latest = gdp?.values[gdp.values.length - 1];
      return [
        ...(gdp && latest
          ? [
              {
                label: `${latest.year}年${gdp.name}`,
                value: `${formatNumber(latest.value)} ${gdp.unit}${latest.sample ? "（示例）" : ""}`,
                source: latest.source,
              },
            ]
          : []),
        { label: "惠企政策", value: `${policies.total} 项（示例）` },
        { label: "中小企业云服务产品", value: `${offerings.length} 项` },
        { label: "在招岗位", value: `${jobs.total} 个` },
      ];
    },
    SECTION_FACTS_SECONDS,
  );
  return <SectionPage section={getSection("economy")!} facts={facts} />;
}
