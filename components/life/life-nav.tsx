import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";

/** Page top of a 智慧生活 page: the trail from 首页 › 智慧生活, the title and an optional lead paragraph. */
export function LifeHeader({ trail, title, lead }: { trail: Crumb[]; title: string; lead?: React.ReactNode }) {
  return (
    <>
      <Breadcrumbs
        items={[{ label: "首页", href: "/" }, { label: "智慧生活", href: "/life" }, ...trail, { label: title }]}
        className="pt-2"
      />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{title}</h1>
      {lead ? <div className="mt-2 max-w-3xl text-base text-ink">{lead}</div> : null}
    </>
  );
}

/** A labelled block of a page. */
export function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const PAGE = "mx-auto max-w-5xl px-4 pb-12";
export const CARD = "rounded-lg border border-line bg-white p-4";
export const LINK = "inline-flex min-h-tap items-center font-semibold text-brand-700 underline underline-offset-4";
