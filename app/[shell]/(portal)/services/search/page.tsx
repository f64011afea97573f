import type { Metadata } from "next";
import { CATALOGUE_METADATA, CatalogueBrowser, parseCatalogueQuery } from "@/components/catalogue/catalogue-browser";
import { getCaller } from "@/server/request";

export const metadata: Metadata = { ...CATALOGUE_METADATA, robots: { index: false } };

type SP = Promise<Record<string, string | string[] | undefined>>;

/** /services with a search or filter (proxy.ts routes it here): rendered per request. */
export default async function ServicesSearchPage({ searchParams }: { searchParams: SP }) {
  const { query, invalid } = parseCatalogueQuery(await searchParams);
  const caller = await getCaller();
  const [result, departments] = await Promise.all([caller.catalogue.search(query), caller.catalogue.departments()]);
  return <CatalogueBrowser query={query} invalid={invalid} result={result} departments={departments} />;
}
