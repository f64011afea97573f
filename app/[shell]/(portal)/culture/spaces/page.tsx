import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { SubPage, LINK } from "@/components/sections/sub-page";

export const metadata: Metadata = { title: "创新空间", description: "南通众创空间和 Fab Lab 数字制造实验室：设备、开放时间和在线预约。" };

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); the spaces' descriptions change rarely; slots are booked on each space's own page.
export const dynamic = "force-static";
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

export default async function SpacesPage() {
  const spaces = await cachedPublic(["culture.spaces"], [PAGE_TAGS.culture], (c) => c.culture.events.spaces(), 600);
  return (
    <SubPage
      crumbs={[{ label: "智慧人文", href: "/culture" }]}
      title="创新空间"
      lead="了解设备和开放时间，预约使用时段。空间信息为示例数据。"
    >
      <ul className="grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
        {spaces.map((s) => (
          <li key={s.id} className="rounded-lg border border-line bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/culture/spaces/${s.id}`} className={LINK}>
                {s.name}
              </Link>
            </h2>
            <p className="text-sm text-muted">
              {s.kindName} · {s.district}
            </p>
            <p className="mt-1 text-base">{s.openingHours}</p>
          </li>
        ))}
      </ul>
    </SubPage>
  );
}
