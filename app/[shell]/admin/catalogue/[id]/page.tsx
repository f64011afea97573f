import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { ITEM_KINDS } from "@/server/modules/catalogue/admin";
import { ItemEditForm } from "@/components/catalogue/admin-fields";
import { AUDIENCE_NAMES, SECTION_NAMES } from "@/components/catalogue/labels";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "编辑事项", robots: { index: false } };

/** Edit one item's guide and online form; the hidden version makes a concurrent edit fail instead of overwrite. */
export default async function CatalogueItemEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idParam } = await params;
  const valid = /^\d{1,10}$/.test(idParam) && Number(idParam) > 0 && Number(idParam) <= 2_147_483_647;
  await guardPage("admin.console", valid ? `/admin/catalogue/${idParam}` : "/admin/catalogue");
  if (!valid) notFound();
  const id = Number(idParam);
  let item;
  try {
    item = await (await getCaller()).catalogue.public.item({ id });
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  }

  const initial: Record<string, string> = {
    id: String(item.id),
    version: String(item.version),
    name: item.name,
    summary: item.summary,
    theme: item.theme,
    kind: item.kind,
    conditions: item.conditions.join("\n"),
    materials: JSON.stringify(item.materials, null, 2),
    steps: item.steps.join("\n"),
    fees: item.fees,
    legalBasis: item.legalBasis.join("\n"),
    legalDays: String(item.legalDays),
    promisedDays: String(item.promisedDays),
    visits: String(item.visits),
    phone: item.phone,
    place: item.place ?? "",
    keywords: item.keywords.join("\n"),
    online: item.online ? "on" : "",
    requiresRealName: item.requiresRealName ? "on" : "",
    form: item.form ? JSON.stringify(item.form, null, 2) : "",
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[{ label: "管理后台", href: "/admin" }, { label: "事项管理", href: "/admin/catalogue" }, { label: "编辑事项" }]}
      />
      <h1 className="mb-2 text-3xl font-bold">编辑事项：{item.name}</h1>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">事项编码</dt>
        <dd className="font-mono">{item.code}</dd>
        <dt className="font-semibold">板块</dt>
        <dd>{SECTION_NAMES[item.section] ?? item.section}</dd>
        <dt className="font-semibold">实施部门</dt>
        <dd>{item.departmentName}</dd>
        <dt className="font-semibold">服务对象</dt>
        <dd>{AUDIENCE_NAMES[item.audience] ?? item.audience}</dd>
        <dt className="font-semibold">当前版本</dt>
        <dd>
          {item.version}（{formatDateTime(item.updatedAt)} 修改）
        </dd>
      </dl>
      <p className="mb-6">
        <Link href={`/services/${item.id}`} className="inline-flex min-h-tap items-center">
          查看市民看到的办事指南
        </Link>
      </p>
      <ItemEditForm initial={initial} kinds={ITEM_KINDS} />
    </div>
  );
}
