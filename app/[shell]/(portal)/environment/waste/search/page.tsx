import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { one, type SearchParams } from "@/components/ui/search-params";
import { WasteView } from "@/components/environment/waste";

export const metadata: Metadata = { title: "垃圾分类查询结果" };

export default async function WasteSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = (one((await searchParams).q) ?? "").slice(0, 100);
  let hits;
  let error: string | null = null;
  try {
    hits = await (await getCaller()).environment.public.waste({ q });
  } catch (e) {
    const app = appErrorOf(e);
    if (!app) throw e;
    error = app.fieldErrors?.q?.[0] ?? app.message;
  }
  return <WasteView q={q} hits={hits} error={error} />;
}
