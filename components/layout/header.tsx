import Link from "next/link";
import { SECTIONS } from "@/server/modules/content/sections";
import { hasPermission, type Role } from "@/server/auth/roles";
import { signOutAction } from "@/server/actions/shell";
import { ElderModeToggle } from "./elder-mode-toggle";
import { LogoMark } from "./logo";
import { SearchBox } from "@/components/ui/search-box";

type HeaderUser = { name: string; role: Role } | null;

function consoleLink(role: Role): { href: string; label: string } | null {
  if (hasPermission(role, "admin.console")) return { href: "/admin", label: "管理后台" };
  if (hasPermission(role, "agent.console")) return { href: "/agent", label: "坐席工作台" };
  if (hasPermission(role, "staff.console")) return { href: "/staff", label: "部门工作台" };
  return null;
}

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`) || pathname.startsWith(`${href}?`);
}

/** Site header: logo, global search, the six sections, account. Compact under 768 px. */
export function Header({ user, elder, pathname }: { user: HeaderUser; elder: boolean; pathname: string }) {
  const console = user ? consoleLink(user.role) : null;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-tap items-center gap-2 text-xl font-bold text-ink no-underline">
          <LogoMark className="h-8 w-8 elder:hidden" />
          <span>智慧南通</span>
        </Link>
        <form
          action="/search"
          role="search"
          aria-label="全站搜索"
          className="order-3 hidden w-full md:order-none md:flex md:w-auto md:flex-1 elder:hidden"
        >
          <SearchBox id="site-search" label="搜索服务" hideLabel placeholder="搜索服务，如 社保、公积金" className="w-full md:max-w-lg" />
        </form>
        <div className="ml-auto flex items-center gap-2">
          <Link href="/search" className="inline-flex min-h-tap min-w-tap items-center justify-center md:hidden" aria-label="搜索">
            <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true" focusable="false">
              <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </Link>
          <ElderModeToggle elder={elder} back={pathname} />
          {user ? (
            <div className="hidden items-center gap-2 md:flex">
              {console ? (
                <Link href={console.href} className="inline-flex min-h-tap items-center px-2 font-semibold">
                  {console.label}
                </Link>
              ) : null}
              <Link href="/me" className="inline-flex min-h-tap items-center px-2 font-semibold">
                我的（{user.name}）
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="min-h-tap px-2 text-brand-700 underline underline-offset-4">
                  退出
                </button>
              </form>
            </div>
          ) : (
            <Link
              href="/login"
              className="hidden min-h-tap items-center rounded-md bg-brand-600 px-4 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white md:inline-flex"
            >
              登录 / 注册
            </Link>
          )}
        </div>
      </div>
      <nav aria-label="六大板块" className="hidden border-t border-line md:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
          {SECTIONS.map((s) => {
            const href = `/${s.slug}`;
            const current = isCurrent(pathname, href);
            return (
              <li key={s.slug}>
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-tap items-center border-b-4 px-3 font-semibold no-underline ${current ? "border-brand-600 text-brand-800" : "border-transparent text-ink hover:border-brand-100"}`}
                >
                  {s.name}
                </Link>
              </li>
            );
          })}
          <li>
            <Link
              href="/services"
              aria-current={isCurrent(pathname, "/services") ? "page" : undefined}
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline hover:border-brand-100"
            >
              一网通办
            </Link>
          </li>
          <li>
            <Link
              href="/12345"
              aria-current={isCurrent(pathname, "/12345") ? "page" : undefined}
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline hover:border-brand-100"
            >
              12345热线
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
