import Link from "next/link";
import { signOutAction } from "@/server/actions/shell";

/**
 * The top bar of a console (agent workspace): its own pages, the way back to the portal and 退出, in
 * place of the citizen header, 长辈版 toggle and six-section tabs (hidden by `.workspace` in globals.css).
 */
export function WorkspaceNav({ title, links }: { title: string; links: { href: string; label: string }[] }) {
  return (
    <div className="border-b border-line bg-brand-800 text-white">
      <div className="flex flex-wrap items-center gap-x-2 px-4">
        <span className="mr-4 py-2 text-lg font-bold">{title}</span>
        <nav aria-label={title} className="flex flex-1 flex-wrap">
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              prefetch={false}
              className="inline-flex min-h-tap items-center px-3 text-white no-underline hover:bg-brand-700"
            >
              {l.label}
            </Link>
          ))}
        </nav>
        <Link href="/" prefetch={false} className="inline-flex min-h-tap items-center px-3 text-white">
          门户首页
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="min-h-tap px-3 text-white underline underline-offset-4">
            退出
          </button>
        </form>
      </div>
    </div>
  );
}
