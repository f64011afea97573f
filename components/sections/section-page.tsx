import Link from "next/link";
import type { ReactNode } from "react";
import type { Audience, Section, SectionFact, SectionSlug, SubService } from "@/server/modules/content/sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

const AUDIENCE_LABEL: Record<Audience, string> = { personal: "个人", enterprise: "企业" };

const ICON_PATHS: Record<SectionSlug, ReactNode> = {
  // bar chart with a rising line
  economy: (
    <>
      <path d="M4 20h16" />
      <path d="M6 16v-4M10 16V9M14 16v-5M18 16V6" />
      <path d="m5 9 5-4 4 3 5-4" />
    </>
  ),
  // open book
  culture: (
    <>
      <path d="M12 6.5C10.2 5 7.6 4.5 4 4.8v13c3.6-.3 6.2.2 8 1.7 1.8-1.5 4.4-2 8-1.7v-13c-3.6-.3-6.2.2-8 1.7Z" />
      <path d="M12 6.5v13" />
    </>
  ),
  // civic building with columns
  governance: (
    <>
      <path d="m3 9 9-5 9 5" />
      <path d="M4 9h16M5 20h14M3.5 20h17" />
      <path d="M6.5 11v6.5M10 11v6.5M14 11v6.5M17.5 11v6.5" />
    </>
  ),
  // metro train
  transport: (
    <>
      <rect x="6" y="3" width="12" height="14" rx="3" />
      <path d="M6 10h12M9 14h.01M15 14h.01" />
      <path d="m8 21 2-4M16 21l-2-4" />
    </>
  ),
  // leaf
  environment: (
    <>
      <path d="M5 19c0-8 5-14 15-15-1 10-7 15-15 15Z" />
      <path d="M5 19c3-4 6-7 10-9" />
    </>
  ),
  // house with a heart
  life: (
    <>
      <path d="M4 11 12 4l8 7v9H4Z" />
      <path d="M12 17.5s-3-1.8-3-3.7a1.6 1.6 0 0 1 3-.8 1.6 1.6 0 0 1 3 .8c0 1.9-3 3.7-3 3.7Z" />
    </>
  ),
};

/** Decorative line icon of a section; hidden from assistive technology. */
export function SectionIcon({ slug, className }: { slug: SectionSlug; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {ICON_PATHS[slug]}
    </svg>
  );
}

/**
 * Whole-card link without wrapping the card's content in the <a>: the link's ::after covers the card,
 * so the accessible name stays short and the focus ring is drawn around the whole card.
 */
export const STRETCHED_LINK =
  "inline-flex min-h-tap items-center after:absolute after:inset-0 after:rounded-lg after:content-[''] " +
  "focus-visible:outline-none focus-visible:shadow-none " +
  "focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-[#ffbf47] " +
  "focus-visible:after:shadow-[0_0_0_5px_#0b0c0c]";

function SubServiceCard({ sub }: { sub: SubService }) {
  const audience = sub.audience.map((a) => AUDIENCE_LABEL[a]).join("、");
  return (
    <li
      className={
        "relative flex flex-col rounded-lg border bg-white p-5 " + (sub.href ? "border-brand-600 hover:bg-brand-50" : "border-line")
      }
    >
      <h3 className="text-lg font-semibold leading-snug">
        {sub.href ? (
          <Link href={sub.href} className={`${STRETCHED_LINK} gap-1 text-brand-700 underline underline-offset-4`}>
            {sub.name}
            <span aria-hidden="true" className="elder:hidden">
              ›
            </span>
          </Link>
        ) : (
          <span className="inline-flex min-h-tap items-center text-ink">{sub.name}</span>
        )}
      </h3>
      <p className="mt-1 text-base text-ink">{sub.summary}</p>
      <p className="mt-auto pt-3 text-sm text-muted">面向：{audience}</p>
    </li>
  );
}

/**
 * Landing page of one of the six sections: breadcrumb, title, sub-services, key facts and help.
 * `facts` (read from the modules' data by the page) replace the section's static facts; `children`
 * is shown under the services (e.g. the latest 政务公开 articles).
 */
export function SectionPage({ section, facts: dataFacts, children }: { section: Section; facts?: SectionFact[]; children?: ReactNode }) {
  const facts = dataFacts ?? section.facts;
  const sources = [...new Set(facts.flatMap((fact) => (fact.source ? [fact.source] : [])))];
  return (
    <div className="mx-auto max-w-6xl px-4 pb-12">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: section.name }]} className="pt-2" />

      <div className="mt-2 flex items-start gap-4 rounded-xl bg-brand-700 p-5 text-white sm:p-8">
        <SectionIcon slug={section.slug} className="hidden h-16 w-16 shrink-0 text-brand-100 sm:block elder:hidden" />
        <div className="min-w-0">
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
            {section.name}
            <span className="font-normal"> · </span>
            {section.brand}
          </h1>
          <p className="mt-3 max-w-3xl text-base text-brand-50 sm:text-lg">{section.summary}</p>
        </div>
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] elder:lg:grid-cols-1">
        <section aria-labelledby="sp-services-heading">
          <h2 id="sp-services-heading" className="text-xl font-bold">
            {section.name}服务
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
            {section.subServices.map((sub) => (
              <SubServiceCard key={sub.id} sub={sub} />
            ))}
          </ul>
          <p className="mt-4 text-base">
            <Link
              href={`/services?section=${section.slug}`}
              className="inline-flex min-h-tap items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              查看{section.name}的全部办事事项
            </Link>
          </p>
          {children}
        </section>

        <div className="flex flex-col gap-6">
          <section aria-labelledby="sp-facts-heading" className="rounded-lg border border-line bg-white p-5">
            <h2 id="sp-facts-heading" className="text-xl font-bold">
              关键数据
            </h2>
            <dl className="mt-2 divide-y divide-line">
              {facts.map((fact) => (
                <div key={fact.label} className="py-3">
                  <dt className="text-sm text-muted">{fact.label}</dt>
                  <dd className="mt-1 text-base font-semibold text-ink">{fact.value}</dd>
                </div>
              ))}
            </dl>
            {sources.length > 0 ? <p className="mt-2 text-sm text-muted">来源：{sources.join("；")}</p> : null}
          </section>

          <section aria-labelledby="sp-help-heading" className="rounded-lg bg-brand-50 p-5">
            <h2 id="sp-help-heading" className="text-xl font-bold">
              需要帮助？
            </h2>
            <p className="mt-2 text-base">找不到需要的服务，或者办理时遇到问题，可以：</p>
            <ul className="mt-2 flex flex-col gap-1 text-base">
              <li>
                <Link href="/12345" className="inline-flex min-h-tap items-center font-semibold underline underline-offset-4">
                  在线咨询 12345 热线
                </Link>
                <span className="block text-sm text-muted">提交咨询、求助、投诉或建议，并查看办理进度</span>
              </li>
              <li>
                <a href="tel:12345" className="inline-flex min-h-tap items-center font-semibold underline underline-offset-4">
                  拨打电话 12345
                </a>
              </li>
              <li>
                <Link href="/services" className="inline-flex min-h-tap items-center font-semibold underline underline-offset-4">
                  在一网通办查找办事指南
                </Link>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
