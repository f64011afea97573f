import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { BikesView } from "@/components/transport/parking-bikes";

export const metadata: Metadata = { title: "公共自行车", description: "南通公共自行车站点的可借车辆和可还车位。" };

export const dynamic = "force-static";
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export default async function BikesPage() {
  const stations = await cachedPublic(["transport.bikes"], [], (c) => c.transport.public.bikes(), 60);
  return <BikesView stations={stations} />;
}
