import type { Metadata } from "next";
import Link from "next/link";
import { SECTIONS } from "@/server/modules/content/sections";
import { STRETCHED_LINK, SectionIcon } from "@/components/sections/section-page";
import { SearchBox } from "@/components/ui/search-box";
import { ElderHome } from "@/components/layout/elder-home";
import { ServiceTiles } from "@/components/layout/service-tiles";

export const metadata: Metadata = {
  title: { absolute: "智慧南通 · 南通市民服务门户" },
  description:
    "南通市民和企业的一站式服务门户：一网通办 649 项政务及民生服务、12345 热线，智慧经济、人文、治理、交通、环保、生活六大板块。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

const POPULAR_SEARCHES = ["社保", "公积金", "地铁", "空气质量"];

const QUICK_LINKS = [
  { href: "/services", name: "一网通办", summary: "查找 649 项政务及民生服务，在线申请、查询办件进度。" },
  { href: "/12345", name: "12345 热线", summary: "咨询、求助、投诉、建议，在线提交并跟踪答复。" },
  { href: "/me", name: "实名认证", summary: "登录后完成实名认证，即可在线办事、预约挂号。" },
] as const;

const DIVISIONS = "崇川区、通州区、海门区；如皋市、启东市、海安市；如东县";
const ZONES = "南通经济技术开发区、通州湾示范区、苏锡通科技产业园区";

export default async function HomePage({ params }: { params: Promise<{ shell: string }> }) {
  // 长辈版 has a home of its own (large tiles of the personal services elders use most), cached as its variant.
  if ((await params).shell === "elder") return <ElderHome />;
  return (
    <>
      <div className="bg-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 py-5 sm:py-12">
          <h1 className="text-2xl font-bold leading-tight sm:text-4xl">智慧南通 · 一号通办 全城服务</h1>
          <p className="mt-3 hidden max-w-2xl text-base text-brand-50 sm:block sm:text-lg">
            一个账号，办理 649 项政务及民生服务；经济、人文、治理、交通、环保、生活六大板块，电脑、手机、微信都能用。
          </p>

          <form action="/search" role="search" aria-label="搜索服务" className="mt-4 max-w-2xl sm:mt-6">
            <SearchBox
              id="home-search-q"
              label="搜索服务"
              onDark
              icon
              autoComplete="off"
              enterKeyHint="search"
              placeholder="如 社保、公积金、地铁"
            />
          </form>
          <div className="mt-3 flex flex-wrap items-center gap-x-1 text-base">
            <span id="home-popular-label" className="text-brand-50">
              热门搜索：
            </span>
            <ul aria-labelledby="home-popular-label" className="flex flex-wrap gap-x-1">
              {POPULAR_SEARCHES.map((word) => (
                <li key={word}>
                  <Link
                    href={`/search?q=${encodeURIComponent(word)}`}
                    className="inline-flex min-h-tap min-w-tap items-center justify-center px-2 text-white underline underline-offset-4 hover:text-brand-100"
                  >
                    {word}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>

      <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8 sm:py-10">
        <section aria-labelledby="home-tiles-heading" className="-mt-2">
          <h2 id="home-tiles-heading" className="mb-3 text-xl font-bold sm:text-2xl">
            常用服务
          </h2>
          <ServiceTiles headingId="home-tiles-heading" />
        </section>
        <section aria-labelledby="home-popular-heading">
          <h2 id="home-popular-heading" className="text-xl font-bold sm:text-2xl">
            热门服务
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4 elder:grid-cols-1 elder:lg:grid-cols-1">
            {QUICK_LINKS.map((item) => (
              <li key={item.href} className="relative rounded-lg border border-brand-600 bg-white p-5 hover:bg-brand-50">
                <h3 className="text-lg font-semibold">
                  <Link href={item.href} className={`${STRETCHED_LINK} text-brand-700 underline underline-offset-4`}>
                    {item.name}
                  </Link>
                </h3>
                <p className="mt-1 text-base text-ink">{item.summary}</p>
              </li>
            ))}
            <li className="rounded-lg border border-line bg-warn-bg p-5">
              <h3 className="inline-flex min-h-tap items-center text-lg font-semibold">长辈版</h3>
              <p className="mt-1 text-base text-ink">
                字更大、按钮更大、页面更简洁。点击页面顶部的“长辈版”即可切换；要恢复标准版，点长辈版顶部的“退出长辈版”。本机会记住您的选择。
              </p>
            </li>
          </ul>
        </section>

        <section aria-labelledby="home-sections-heading">
          <h2 id="home-sections-heading" className="text-xl font-bold sm:text-2xl">
            六大板块
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 elder:grid-cols-1 elder:lg:grid-cols-1">
            {SECTIONS.map((section) => (
              <li key={section.slug} className="relative flex gap-4 rounded-lg border border-line bg-white p-5 hover:border-brand-600">
                <SectionIcon slug={section.slug} className="h-10 w-10 shrink-0 text-brand-600 elder:hidden" />
                <div className="min-w-0">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/${section.slug}`} className={`${STRETCHED_LINK} text-brand-700 underline underline-offset-4`}>
                      {section.name}
                    </Link>
                  </h3>
                  <p className="text-base text-muted">{section.brand}</p>
                  <ul className="mt-2 flex flex-wrap gap-2 text-sm text-ink">
                    {section.subServices.slice(0, 3).map((sub) => (
                      <li key={sub.id} className="rounded bg-brand-50 px-2 py-0.5">
                        {sub.name}
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        </section>

        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] elder:lg:grid-cols-1">
          <section aria-labelledby="home-city-heading" className="rounded-lg border border-line bg-white p-5">
            <h2 id="home-city-heading" className="text-xl font-bold sm:text-2xl">
              城市概况
            </h2>
            <dl className="mt-2 divide-y divide-line">
              <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
                <dt className="text-base text-muted">常住人口</dt>
                <dd className="text-base font-semibold">约 770 万人</dd>
              </div>
              <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
                <dt className="text-base text-muted">行政区划</dt>
                <dd className="text-base">{DIVISIONS}（2020 年起）</dd>
              </div>
              <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
                <dt className="text-base text-muted">功能区</dt>
                <dd className="text-base">{ZONES}</dd>
              </div>
              <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
                <dt className="text-base text-muted">在线服务</dt>
                <dd className="text-base">六大板块 649 项政务及民生服务，统一的 12345 热线</dd>
              </div>
              <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
                <dt className="text-base text-muted">智慧城市试点</dt>
                <dd className="text-base">全国唯一获得“中欧绿色智慧城市”“国家智慧城市”两个国家级试点的地级市</dd>
              </div>
            </dl>
            <p className="mt-2 text-sm text-muted">来源：南通市智慧城市建设资料、南通市行政区划。</p>
          </section>

          <section aria-labelledby="home-channels-heading" className="rounded-lg bg-brand-50 p-5">
            <h2 id="home-channels-heading" className="text-xl font-bold sm:text-2xl">
              三端服务
            </h2>
            <p className="mt-2 text-base">同一个账号，三种方式都能办：</p>
            <ul className="mt-2 flex flex-col gap-2 text-base">
              <li>
                <strong>电脑网页</strong>：大屏浏览，适合填写较多材料的事项。
              </li>
              <li>
                <strong>手机网页</strong>：底部导航一键直达，随时查询和办理。
              </li>
              <li>
                <strong>微信服务号</strong>：在微信中打开，可用微信登录，与手机号账号为同一账户。
              </li>
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
