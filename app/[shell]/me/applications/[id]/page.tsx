import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { displayAnswer } from "@/server/modules/applications/form-schema";
import { RatingForm } from "@/components/applications/forms";
import { StatusTag, Timeline } from "@/components/applications/timeline";
import { RATING_NAMES } from "@/server/modules/applications/labels";
import { Notice } from "@/components/ui/notice";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SummaryList } from "@/components/ui/summary-list";
import { RefNumber } from "@/components/ui/ref-number";

export const metadata: Metadata = { title: "办件详情", robots: { index: false } };

export default async function ApplicationDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ submitted?: string; rated?: string }>;
}) {
  const id = parseId((await params).id);
  await guardPage("account.self", `/me/applications/${id}`);
  const app = await orNotFound((await getCaller()).applications.get({ id }));
  const sp = await searchParams;
  const justSubmitted = sp.submitted === "1" && app.status === "submitted";
  const justRated = sp.rated === "1" && app.rating !== null;
  const firstPage = app.item.form?.[0]?.id;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      {justSubmitted ? (
        <div className="mb-8 rounded-lg bg-success p-6 text-center text-white">
          <h1 className="mb-2 text-3xl font-bold">申请已提交</h1>
          <p className="text-lg">您的申办流水号</p>
          <p className="text-2xl font-bold">
            <RefNumber value={app.serialNo ?? ""} />
          </p>
        </div>
      ) : (
        <>
          <Breadcrumbs
            items={[
              { label: "我的", href: "/me" },
              { label: "我的办件", href: "/me/applications" },
            ]}
          />
          <h1 className="mb-2 text-3xl font-bold">{app.item.name}</h1>
        </>
      )}
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <StatusTag status={app.status} />
        <span>
          {app.serialNo ? (
            <>
              申办流水号 <RefNumber value={app.serialNo} />
            </>
          ) : (
            "草稿，尚未提交"
          )}
        </span>
        <span>承办部门：{app.item.departmentName}</span>
        {app.dueDate ? <span>承诺办结日期：{app.dueDate}</span> : null}
      </p>
      {justSubmitted ? (
        <section aria-labelledby="next-title" className="mb-8">
          <h2 id="next-title" className="mb-2 text-xl font-bold">
            接下来会发生什么
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            <li>
              {app.item.departmentName}将审核您的申请并受理，受理后按工作日计算承诺时限（{app.item.promisedDays || 1} 个工作日）。
            </li>
            <li>如材料需要补充，您会收到“补正”通知，按要求修改后重新提交即可。</li>
            <li>办结后您会收到站内消息和短信，并可以对服务进行评价。</li>
          </ol>
          <p className="mt-3">
            不登录也可以凭流水号和手机号后四位<Link href="/services/track">查询进度</Link>。
          </p>
        </section>
      ) : null}
      {app.status === "correction" ? (
        <div className="mb-8 border-l-8 border-warn bg-warn-bg p-4">
          <h2 className="mb-1 text-xl font-bold">需要补正</h2>
          <p className="mb-3">{app.correctionReason}</p>
          {firstPage ? (
            <Link href={`/me/applications/${id}/edit/${encodeURIComponent(firstPage)}`} className="font-semibold">
              去补正材料
            </Link>
          ) : null}
        </div>
      ) : null}
      {app.status === "draft" ? (
        <p className="mb-8">
          <Link href={`/me/applications/${id}/check`} className="font-semibold">
            继续填写并提交
          </Link>
        </p>
      ) : null}
      {app.resultNote ? (
        <section aria-labelledby="result-title" className="mb-8 rounded-lg border border-line bg-white p-5">
          <h2 id="result-title" className="mb-2 text-xl font-bold">
            办理结果
          </h2>
          <p>{app.resultNote}</p>
        </section>
      ) : null}
      {app.status === "completed" || app.status === "rejected" ? (
        <section aria-labelledby="rate-title" className="mb-8 rounded-lg border border-line bg-white p-5">
          <h2 id="rate-title" className="mb-2 text-xl font-bold">
            服务评价（好差评）
          </h2>
          {justRated ? (
            <Notice tone="success">
              {app.rating?.followUpStatus === "open" ? "感谢评价。承办部门将就您反映的问题进行整改并联系您。" : "感谢您的评价！"}
            </Notice>
          ) : null}
          {app.rating ? (
            <p>
              您的评价：{RATING_NAMES[app.rating.score]}
              {app.rating.reason ? `。原因：${app.rating.reason}` : ""}
              {app.rating.followUpStatus === "closed"
                ? `。部门整改情况：${app.rating.followUpNote}`
                : app.rating.followUpStatus === "open"
                  ? "。承办部门正在整改。"
                  : ""}
            </p>
          ) : (
            <RatingForm applicationId={id} />
          )}
        </section>
      ) : null}
      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="mb-3 text-xl font-bold">
          办理进度
        </h2>
        <Timeline events={app.events} />
      </section>
      <section aria-labelledby="answers-title">
        <h2 id="answers-title" className="mb-3 text-xl font-bold">
          申请内容
        </h2>
        <SummaryList
          wide
          rows={(app.item.form ?? []).flatMap((p) =>
            p.fields.map((f) => {
              const att = f.type === "file" ? app.attachments.find((a) => a.id === app.answers[f.name]) : undefined;
              const value =
                f.type !== "file" ? (
                  displayAnswer(f, app.answers[f.name])
                ) : att ? (
                  <a href={`/api/applications/attachments/${att.id}`}>{att.fileName}</a>
                ) : (
                  "未上传"
                );
              return [f.label, value, f.name] as const;
            }),
          )}
        />
      </section>
    </div>
  );
}
