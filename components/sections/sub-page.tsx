import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";

export const LINK = "inline-flex min-h-tap items-center text-brand-700 underline underline-offset-4";

/** A page inside a section: breadcrumbs, title, an optional lead paragraph, the content. */
export function SubPage({ crumbs, title, lead, children }: { crumbs: Crumb[]; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-5xl px-4 pb-12">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, ...crumbs, { label: title }]} className="pt-2" />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 max-w-3xl text-base text-ink sm:text-lg">{lead}</p> : null}
      <div className="mt-6">{children}</div>
    </div>
  );
}

/** The outcome of a button form that redirected back here (`?done=` / `?error=`). */
export function Outcome({ done, error }: { done?: string; error?: string }) {
  if (error)
    return (
      <div role="alert" className="mb-6 border-l-8 border-danger bg-white p-4 font-semibold text-danger">
        {error}
      </div>
    );
  if (done) return <Notice tone="success">{done}</Notice>;
  return null;
}

/** "Sign in to …" for guests on a page whose action needs an account. */
export function SignInTo({ what, returnTo }: { what: string; returnTo: string }) {
  return (
    <p className="text-base">
      <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className={LINK}>
        登录
      </Link>
      后即可{what}。
    </p>
  );
}

/** A label saying the data is sample data. */
export function SampleTag({ sample }: { sample: boolean }) {
  return sample ? <span className="ml-2 rounded bg-warn-bg px-2 py-0.5 text-sm font-normal text-ink">示例数据</span> : null;
}
