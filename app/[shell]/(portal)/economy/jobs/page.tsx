import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { SubPage, LINK } from "@/components/sections/sub-page";
import { SearchBox } from "@/components/ui/search-box";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "就业 · 乐业南通", description: "南通招聘岗位和招聘会，用个人简历在线投递。" };

export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").trim().slice(0, 100);
  const page = pageParam(sp.page, 1000);
  const caller = await getCaller();
  const [jobs, fairs] = await Promise.all([
    caller.economy.jobs.list({ q: q || undefined, page, pageSize: 20 }),
    caller.economy.jobs.fairs(),
  ]);
  return (
    <SubPage
      crumbs={[{ label: "智慧经济", href: "/economy" }]}
      title="就业 · 乐业南通"
      lead="查找南通本地招聘岗位和招聘会，登录后用简历在线投递。招聘信息为示例数据。"
    >
      <p className="mb-4 text-base">
        <Link href="/economy/jobs/resume" className={LINK}>
          我的简历和投递记录
        </Link>
      </p>
      <form action="/economy/jobs" role="search" aria-label="搜索岗位">
        <SearchBox id="q" label="搜索岗位或单位（支持拼音）" defaultValue={q} placeholder="如 数控、会计、护士" />
      </form>
      <h2 className="mt-6 text-xl font-bold">在招岗位 {jobs.total} 个</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {jobs.items.map((j) => (
          <li key={j.id} className="py-3">
            <Link href={`/economy/jobs/${j.id}`} className={`${LINK} text-lg font-semibold`}>
              {j.title}
            </Link>
            <p className="text-base">
              {j.employer} · {j.district} · <strong>{j.salaryText}</strong>
            </p>
            <p className="text-sm text-muted">
              {j.education} · {j.experience} · 招 {j.headcount} 人 · 截止 {j.closesOn}
            </p>
          </li>
        ))}
      </ul>
      <Pager
        page={page}
        pages={Math.max(1, Math.ceil(jobs.total / jobs.pageSize))}
        total={jobs.total}
        href={(n) => `/economy/jobs?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`}
      />
      <h2 className="mt-8 text-xl font-bold">招聘会</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {fairs.upcoming.map((f) => (
          <li key={f.id} className="py-3">
            <p className="text-lg font-semibold">{f.title}</p>
            <p className="text-base">
              {formatDateTime(f.startsAt)} – {formatDateTime(f.endsAt)} · {f.venue} · {f.boothCount} 个展位
            </p>
            <p className="text-sm text-muted">{f.organiser}</p>
          </li>
        ))}
        {fairs.upcoming.length === 0 ? <li className="py-3">近期暂无招聘会。</li> : null}
      </ul>
    </SubPage>
  );
}
