import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { ElderModeToggle } from "./elder-mode-toggle";
import { LogoMark } from "./logo";
import { SectionNav } from "./section-nav";
import { SECTIONS } from "@/server/modules/content/sections";
import { SearchBox } from "@/components/ui/search-box";

const NAV = [
  ...SECTIONS.map((s) => ({ href: `/${s.slug}`, label: s.name })),
  { href: "/services", label: "一网通办" },
  { href: "/12345", label: "12345热线" },
];

/**
 * Site header: logo, global search, the six sections, account. Compact under 768 px. The same for
 * every visitor (it is part of cached pages): the current section and the account come from islands.
 */
export function Header({ elder }: { elder: boolean }) {
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <Link href="/" className="inline-flex min-h-tap min-w-tap items-center gap-2 text-xl font-bold text-ink no-underline">
          <LogoMark className="h-8 w-8 elder:hidden wechat:block" />
          {/* In WeChat the title bar above already names the site: the name stays for screen readers only. */}
          <span className="wechat:sr-only">智慧南通</span>
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
          <ElderModeToggle elder={elder} />
          <AccountMenu />
        </div>
      </div>
      <SectionNav items={NAV} />
    </header>
  );
}
