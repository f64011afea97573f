import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { one, type SearchParams } from "@/components/ui/search-params";
import { BikesView } from "@/components/transport/parking-bikes";
import { DISTRICT_NAMES } from "@/components/transport/types";

export const metadata: Metadata = { title: "按区县查看公共自行车" };

export default async function BikesSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const district = one((await searchParams).district);
  if (!district || !(DISTRICT_NAMES as readonly string[]).includes(district)) redirect("/transport/bikes");
  const stations = await (await getCaller()).transport.public.bikes({ district: district as (typeof DISTRICT_NAMES)[number] });
  return <BikesView stations={stations} district={district} />;
}
