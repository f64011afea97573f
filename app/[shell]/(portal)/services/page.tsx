import { CATALOGUE_METADATA, CatalogueBrowser, FIRST_PAGE_QUERY } from "@/components/catalogue/catalogue-browser";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";

export const metadata = CATALOGUE_METADATA;

// The unfiltered catalogue is the same for everyone: rendered once, re-rendered when an admin
// changes the catalogue. proxy.ts sends searches and filters to ./search instead.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

export default async function ServicesPage() {
  const tags = [PAGE_TAGS.catalogue];
  const [result, departments] = await Promise.all([
    cachedPublic(["catalogue.search", "first-page"], tags, (c) => c.catalogue.search(FIRST_PAGE_QUERY)),
    cachedPublic(["catalogue.departments"], tags, (c) => c.catalogue.departments()),
  ]);
  return <CatalogueBrowser query={FIRST_PAGE_QUERY} invalid={null} result={result} departments={departments} />;
}
