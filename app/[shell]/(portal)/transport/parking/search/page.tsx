import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { one, type SearchParams } from "@/components/ui/search-params";
import { ParkingView } from "@/components/transport/parking-bikes";
import { DISTRICT_NAMES } from "@/components/transport/types";

export const metadata: Metadata = { title: "按区县查看停车场" };

export default async function ParkingSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const district = one((await searchParams).district);
  if (!district || !(DISTRICT_NAMES as readonly string[]).includes(district)) redirect("/transport/parking");
  const lots = await (await getCaller()).transport.public.parking({ district: district as (typeof DISTRICT_NAMES)[number] });
  return <ParkingView lots={lots} district={district} />;
}
