import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { ParkingView } from "@/components/transport/parking-bikes";

export const metadata: Metadata = { title: "停车场空余泊位", description: "南通各区县停车场的泊位总数和实时空余泊位。" };

// The same for everyone, re-rendered at most every minute; a district filter goes to ./search.
export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export default async function ParkingPage() {
  const lots = await cachedPublic(["transport.parking"], [], (c) => c.transport.public.parking(), 60);
  return <ParkingView lots={lots} />;
}
