import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { ARTICLE_KINDS } from "@/server/modules/governance/validation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ArticleDraftForm } from "@/components/governance/article-admin-forms";
import { policyOptionLabel } from "../labels";

export const metadata: Metadata = { title: "新建政务公开文章", robots: { index: false } };

export default async function NewArticlePage() {
  await guardPage("governance.publish", "/admin/articles/new");
  const policies = await (await getCaller()).governance.publish.policyOptions();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "政务公开", href: "/admin/articles" }, { label: "新建文章" }]} />
      <h1 className="mb-2 text-3xl font-bold">新建文章</h1>
      <p className="mb-6 text-base">先保存为草稿，检查无误后再发布。</p>
      <ArticleDraftForm
        defaults={{ kind: "", title: "", summary: "", bodyHtml: "", docNumber: "", publisher: "", interpretsId: "" }}
        kinds={ARTICLE_KINDS}
        policies={policies.map((p) => ({ id: p.id, label: policyOptionLabel(p) }))}
      />
    </div>
  );
}
