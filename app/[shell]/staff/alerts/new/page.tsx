import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { one, type SearchParams } from "@/components/ui/search-params";
import { AlertDraftForm } from "@/components/alerts/desk-forms";
import { blankDraftValues, draftValuesOf } from "@/components/alerts/draft-values";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { ZFormId } from "@/server/lib/validation";

export const metadata: Metadata = { title: "起草预警", robots: { index: false } };

function nowMs() {
  return Date.now();
}

/** A new alert, or (?update=<id>) an update of a published one, prefilled from it. */
export default async function NewAlertPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("alerts.issue", "/staff/alerts/new");
  if (!(await (await getCaller()).governance.alerts.desk.canIssue())) forbidden(); // staff of other departments
  const updateParam = ZFormId.safeParse(one((await searchParams).update));
  const original = updateParam.success ? await orNotFound((await getCaller()).governance.alerts.desk.item({ id: updateParam.data })) : null;
  const initial = original ? { ...draftValuesOf(original), ...blankTimes() } : blankDraftValues(nowMs());
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "部门工作台", href: "/staff" },
          { label: "突发事件预警", href: "/staff/alerts" },
          { label: original ? "更新预警" : "起草预警" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">{original ? "更新预警" : "起草预警"}</h1>
      {original ? (
        <Notice>更新“{original.headline}”：发布后原预警即被替代，订阅的市民会收到更新通知。级别升为红色、橙色的更新同样须经审批。</Notice>
      ) : null}
      <AlertDraftForm initial={initial} referencesId={original?.id} submitLabel="保存草稿" />
    </div>
  );
}

function blankTimes() {
  const b = blankDraftValues(nowMs());
  return { effectiveAt: b.effectiveAt, expiresAt: b.expiresAt };
}
