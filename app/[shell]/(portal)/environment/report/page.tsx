import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { one, type SearchParams } from "@/components/ui/search-params";
import { ReportForm } from "@/components/environment/report-form";

export const metadata: Metadata = { title: "环境问题反映", robots: { index: false } };

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("hotline.submit", "/environment/report");
  const submitted = one((await searchParams).submitted);
  const ticketNo = submitted && /^[A-Za-z0-9-]{4,40}$/.test(submitted) ? submitted : null;
  const contact = await (await getCaller()).hotline.citizen.contactDefaults();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "环境问题反映" }]} />
      <h1 className="mb-2 text-3xl font-bold">环境问题反映</h1>
      {ticketNo ? (
        <Notice tone="success">
          已提交，12345 工单号 <strong>{ticketNo}</strong>。承办部门办理后会答复您，可在
          <Link href="/me/requests" className="mx-1">
            我的诉求
          </Link>
          查看进度。
        </Notice>
      ) : null}
      <p className="mb-6">
        提交后生成 12345 热线“环境保护”类工单，由生态环境等部门办理，并在规定时限内答复。紧急污染事件请直接拨打 12345 或 12369。
      </p>
      <ReportForm idempotencyKey={randomUUID()} contact={{ name: contact.name ?? "", phone: contact.phone ?? "" }} />
    </div>
  );
}
