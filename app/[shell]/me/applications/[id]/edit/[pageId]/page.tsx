import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { QuestionForm } from "@/components/applications/question-form";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "填写申请", robots: { index: false } };

export default async function QuestionPage({ params }: { params: Promise<{ id: string; pageId: string }> }) {
  const p = await params;
  const id = parseId(p.id);
  await guardPage("account.self", `/me/applications/${id}/edit/${p.pageId}`);
  const app = await orNotFound((await getCaller()).applications.get({ id }));
  if (app.status !== "draft" && app.status !== "correction") redirect(`/me/applications/${id}`);
  const pages = app.item.form ?? [];
  const index = pages.findIndex((x) => x.id === decodeURIComponent(p.pageId));
  if (index < 0) notFound();
  const page = pages[index]!;
  const uploaded = Object.fromEntries(
    app.attachments.filter((a) => app.answers[a.fieldName] === a.id).map((a) => [a.fieldName, a.fileName]),
  );
  const prefilled = page.fields.filter((f) => app.prefilled.includes(f.name));
  const back = index > 0 ? `/me/applications/${id}/edit/${encodeURIComponent(pages[index - 1]!.id)}` : `/services/${app.item.id}`;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Link href={back} className="mb-4 inline-flex min-h-tap items-center">
        ‹ 返回上一步
      </Link>
      {app.status === "correction" && app.correctionReason ? (
        <div className="mb-6 border-l-8 border-warn bg-warn-bg p-4">
          <p className="font-semibold">承办部门要求补正：</p>
          <p>{app.correctionReason}</p>
        </div>
      ) : null}
      {prefilled.length ? (
        <Notice tone="info">
          <strong>已从您的账号填好：</strong>
          {prefilled.map((f) => f.label).join("、")}已按您的实名认证信息和登录手机号填写，请核对；如有不同，直接修改即可。
        </Notice>
      ) : null}
      <QuestionForm
        applicationId={id}
        page={page}
        values={app.answers}
        uploaded={uploaded}
        stepLabel={`${app.item.name} · 第 ${index + 1} 页，共 ${pages.length} 页`}
      />
    </div>
  );
}
