import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "政策详情" };

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); policies are seed data.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function PolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const p = await orNotFound(
    cachedPublic(["economy.policy", String(id)], [PAGE_TAGS.economy], (c) => c.economy.policies.get({ id }), 3600),
  );
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "惠企政策", href: "/economy/policies" },
      ]}
      title={p.title}
    >
      <p className="mb-4">
        <SampleTag sample={p.sample} />
      </p>
      <SummaryList
        rows={[
          ["发文单位", p.issuer],
          ["文号", p.docNumber ?? "—"],
          ["发布日期", p.issuedOn],
          ["有效期至", p.validUntil ?? "长期有效"],
          ["状态", p.inForce ? "有效" : "已失效"],
          ["支持内容", p.benefit],
        ]}
      />
      <h2 className="mt-6 text-xl font-bold">申请条件</h2>
      {p.conditions.length ? (
        <ul className="mt-2 list-disc pl-6 text-base">
          {p.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">本政策面向所有企业，无特定条件。</p>
      )}
      <p className="mt-2">
        <Link href="/economy/policies/match" className={LINK}>
          看看贵企业是否符合条件
        </Link>
      </p>
      <h2 className="mt-6 text-xl font-bold">政策全文</h2>
      <div className="mt-2 space-y-3 text-base leading-relaxed">
        {p.body.split(/\n+/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </div>
    </SubPage>
  );
}
