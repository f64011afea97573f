import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { HOTLINE_PUBLIC_SECONDS, PAGE_TAGS } from "@/server/lib/page-cache";
import { orNotFound, parseId } from "@/server/pages/load";
import { PublicRequestView } from "@/components/hotline/public-request";

type Params = Promise<{ id: string }>;

// The same page for everyone: rendered on its first visit, cached, and revalidated the moment the
// request changes (service.ts transition() and a 附议 revalidate hotline:request:<id>); at least every minute.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams() {
  return []; // no request built ahead: rendered on the first visit, then served from the cache
}

async function load(raw: string) {
  const id = parseId(raw);
  return orNotFound(
    cachedPublic(
      ["hotline.publicRequest", String(id)],
      [PAGE_TAGS.hotlineRequest(id)],
      (c) => c.hotline.citizen.publicRequest({ id }),
      HOTLINE_PUBLIC_SECONDS,
    ),
  );
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await load((await params).id);
  return { title: `${r.type} · ${r.categoryName} - 12345诉求公开`, description: r.description.slice(0, 100) };
}

export default async function PublicRequestPage({ params }: { params: Params }) {
  return <PublicRequestView request={await load((await params).id)} />;
}
