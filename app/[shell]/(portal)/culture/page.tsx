import type { Metadata } from "next";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS, SECTION_FACTS_SECONDS } from "@/server/lib/page-cache";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = {
  title: "智慧人文 · 学在南通 · 创新南通",
  description: "南通终身学习课程、图书馆馆藏检索与续借、文化活动报名和创新空间预约。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default async function CulturePage() {
  const facts = await cachedPublic(
    ["culture.section-facts"],
    [PAGE_TAGS.culture],
    async (c) => {
      const [courses, books, events, spaces] = await Promise.all([
        c.culture.courses.list({}),
        c.culture.library.search({ page: 1, pageSize: 1 }),
        c.culture.events.list({}),
        c.culture.events.spaces(),
      ]);
      return [
        { label: "在线课程", value: `${courses.length} 门，${formatNumber(courses.reduce((n, x) => n + x.chapters, 0))} 个章节` },
        { label: "图书馆馆藏（示例）", value: `${formatNumber(books.total)} 种` },
        { label: "近期文化活动", value: `${events.length} 场` },
        { label: "创新空间", value: `${spaces.length} 处，可在线预约` },
      ];
    },
    SECTION_FACTS_SECONDS,
  );
  return <SectionPage section={getSection("culture")!} facts={facts} />;
}
