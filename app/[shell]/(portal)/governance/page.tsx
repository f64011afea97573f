import type { Metadata } from "next";
import Link from "next/link";
import { SectionPage } from "@/components/sections/section-page";
import { getSection } from "@/server/modules/content/sections";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS, SECTION_FACTS_SECONDS } from "@/server/lib/page-cache";
import { formatIsoDate } from "@/components/ui/format";

export const metadata: Metadata = {
  title: "智慧治理 · 慧治南通",
  description: "南通一网通办、12345 热线、政务公开、公共数据开放、随手拍和智慧南通积分。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default async function GovernancePage() {
  const { facts, latest } = await cachedPublic(
    ["governance.section-facts"],
    [PAGE_TAGS.governance, PAGE_TAGS.catalogue],
    async (c) => {
      const [articles, datasets, services] = await Promise.all([
        c.governance.open.list({ page: 1, pageSize: 5 }),
        c.governance.data.list({}),
        c.catalogue.public.search({ page: 1, pageSize: 1 }),
      ]);
      return {
        facts: [
          { label: "一网通办服务事项", value: `${services.total} 项` },
          { label: "政务公开信息", value: `${articles.total} 篇` },
          { label: "开放数据集", value: `${datasets.length} 个，可下载 CSV 和 JSON` },
        ],
        latest: articles.items,
      };
    },
    SECTION_FACTS_SECONDS,
  );
  return (
    <SectionPage section={getSection("governance")!} facts={facts}>
      <h2 className="mt-8 text-xl font-bold">最新政务公开</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {latest.map((a) => (
          <li key={a.id} className="py-2">
            <Link
              href={`/governance/open/${a.id}`}
              className="inline-flex min-h-tap items-center text-brand-700 underline underline-offset-4"
            >
              {a.title}
            </Link>
            <p className="text-sm text-muted">
              {a.kindName} · {a.publisher} · {a.publishedAt ? formatIsoDate(a.publishedAt) : ""}
            </p>
          </li>
        ))}
      </ul>
    </SectionPage>
  );
}
