import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { appErrorOf } from "@/server/lib/form-state";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { SummaryList } from "@/components/ui/summary-list";

type Params = Promise<{ hospital: string }>;

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

async function load(code: string) {
  if (!/^[a-z0-9-]{1,60}$/.test(code)) notFound();
  try {
    return await cachedPublic(["life.health.hospital", code], [PAGE_TAGS.lifeReference], (c) => c.life.health.hospital({ code }), 3600);
  } catch (e) {
    if (appErrorOf(e)?.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const h = await load((await params).hospital);
  return { title: `${h.name} · 预约挂号`, description: h.summary };
}

export default async function HospitalPage({ params }: { params: Params }) {
  const h = await load((await params).hospital);
  const categories = [...new Set(h.departments.map((d) => d.category))];
  return (
    <div className={PAGE}>
      <LifeHeader trail={[{ label: "预约挂号", href: "/life/health" }]} title={h.name} lead={<p>{h.summary}</p>} />
      <div className="mt-4 max-w-3xl">
        <SummaryList
          rows={[
            ["等级", `${h.level} · ${h.type}`],
            ["地址", `${h.district} ${h.address}`],
            ["电话", h.phone ?? "—"],
            ...(h.foundedYear ? ([["创建", `${h.foundedYear} 年`]] as const) : []),
          ]}
        />
        <p className="mt-2 text-sm text-muted">{h.dataNote}</p>
      </div>
      <Block id="departments" title="选择科室">
        {categories.map((cat) => (
          <section key={cat} aria-labelledby={`cat-${cat}`} className="mb-6">
            <h3 id={`cat-${cat}`} className="mb-2 text-lg font-semibold">
              {cat}
            </h3>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 elder:grid-cols-1">
              {h.departments
                .filter((d) => d.category === cat)
                .map((d) => (
                  <li key={d.code} className={CARD}>
                    <Link href={`/life/health/${h.code}/${d.code}`} className={LINK}>
                      {d.name}
                    </Link>
                    <p className="text-sm">{d.summary}</p>
                    {d.location ? <p className="text-sm text-muted">位置：{d.location}</p> : null}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </Block>
    </div>
  );
}
