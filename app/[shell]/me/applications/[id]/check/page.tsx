import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { displayAnswer } from "@/server/modules/applications/form-schema";
import { SubmitForm } from "@/components/applications/forms";

export const metadata: Metadata = { title: "检查您的答案", robots: { index: false } };

/** GOV.UK check-answers page: every answer with a change link, then one submit. */
export default async function CheckAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  await guardPage("account.self", `/me/applications/${id}/check`);
  const app = await orNotFound((await getCaller()).applications.get({ id }));
  if (app.status !== "draft" && app.status !== "correction") redirect(`/me/applications/${id}`);
  const pages = app.item.form ?? [];
  const missing = app.incompletePages;
  const fileName = (v: string | string[] | undefined) => app.attachments.find((a) => a.id === v)?.fileName;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-muted">{app.item.name}</p>
      <h1 className="mb-6 text-3xl font-bold">提交前请检查您的答案</h1>
      {missing.length ? (
        <div role="alert" className="mb-6 border-4 border-danger bg-white p-4">
          <h2 className="mb-2 text-lg font-bold">还有内容未完成</h2>
          <ul className="list-disc pl-6">
            {missing.map((m) => (
              <li key={m.pageId}>
                <Link href={`/me/applications/${id}/edit/${encodeURIComponent(m.pageId)}`} className="font-semibold text-danger">
                  {m.title}：{Object.values(m.errors)[0]?.[0]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {pages.map((p) => (
        <section key={p.id} aria-labelledby={`sec-${p.id}`} className="mb-6">
          <h2 id={`sec-${p.id}`} className="mb-2 text-xl font-bold">
            {p.title}
          </h2>
          <dl className="divide-y divide-line border-y border-line">
            {p.fields.map((f) => (
              <div key={f.name} className="grid gap-1 py-3 sm:grid-cols-[1fr_1.5fr_auto] sm:gap-4">
                <dt className="font-semibold">{f.label}</dt>
                <dd className="break-all">
                  {f.type === "file" ? (fileName(app.answers[f.name]) ?? "未上传") : displayAnswer(f, app.answers[f.name])}
                  {app.prefilled.includes(f.name) ? <span className="block text-sm text-muted">来自您的账号</span> : null}
                </dd>
                <dd>
                  <Link href={`/me/applications/${id}/edit/${encodeURIComponent(p.id)}`} className="inline-flex min-h-tap items-center">
                    修改<span className="sr-only">{f.label}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {missing.length === 0 ? (
        <section aria-labelledby="declare" className="mt-8">
          <h2 id="declare" className="mb-2 text-xl font-bold">
            现在提交申请
          </h2>
          <p className="mb-4">提交即表示您确认以上信息真实、准确。提交后将生成申办流水号，由{app.item.departmentName}受理。</p>
          <SubmitForm applicationId={id} idempotencyKey={randomUUID()} resubmit={app.status === "correction"} />
        </section>
      ) : null}
    </div>
  );
}
