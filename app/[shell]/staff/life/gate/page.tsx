import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { TicketCheckForm } from "@/components/life/staff-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "景区检票", robots: { index: false } };

export default async function GatePage() {
  await guardPage("life.desk", "/staff/life/gate");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "智慧生活服务台", href: "/staff/life" }, { label: "景区检票" }]} />
      <h1 className="mb-2 text-3xl font-bold">景区检票</h1>
      <p className="mb-6">只能核验本景区当天的门票；每张门票只能检票一次。核验通过后请核对游客身份证。</p>
      <TicketCheckForm />
    </div>
  );
}
