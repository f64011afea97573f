import Link from "next/link";
import { SearchBox } from "@/components/ui/search-box";
import { ServiceTiles } from "./service-tiles";

/**
 * The 长辈版 home: not the standard page scaled up, but the eight services elders use most as large
 * tiles, a search box and the way back to everything else. Rendered once (the elder variant of `/`).
 */
export function ElderHome() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-3xl font-bold leading-snug">智慧南通 长辈版</h1>
      <p className="mt-2 text-lg">常用服务，点一下就能办。遇到困难，拨打 12345 有人帮您。</p>
      <section aria-labelledby="elder-tiles-title" className="mt-6">
        <h2 id="elder-tiles-title" className="sr-only">
          常用服务
        </h2>
        <ServiceTiles large headingId="elder-tiles-title" />
      </section>
      <section aria-labelledby="elder-search-title" className="mt-8">
        <h2 id="elder-search-title" className="mb-2 text-2xl font-bold">
          找其他服务
        </h2>
        <form action="/search" role="search" aria-labelledby="elder-search-title">
          <SearchBox id="elder-search-q" label="输入要办的事，如 养老金、公积金" autoComplete="off" enterKeyHint="search" />
        </form>
        <p className="mt-4">
          <Link href="/services?audience=personal" className="inline-flex min-h-tap items-center text-lg font-semibold">
            查看全部个人服务
          </Link>
        </p>
      </section>
    </div>
  );
}
