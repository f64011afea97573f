import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { displayAnswer } from "@/server/modules/applications/form-schema";
import { FollowUpForm, StaffActionForm } from "@/components/applications/forms";
import { StatusTag, Timeline } from "@/components/applications/timeline";
import { RATING_NAMES } from "@/server/modules/applications/labels";
import { shanghaiDate } from "@/server/lib/working-days";
import { Notice } from "@/components/ui/notice";
import { formatFileSize } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SummaryList } from "@/components/ui/summary-list";

export const metadata: Metadata = { title: "办件详情", robots: { index: false } };

const DONE: Record<string, string> = {
  accept: "已受理，申请人已收到消息和短信通知。",
  correction: "已要求补正，申请人已收到补正原因。",
  complete: "已办结，申请人已收到办理结果。",
  reject: "已作出不予受理/不予许可决定，申请人已收到理由。",
  followup: "整改情况已记录，差评跟进已关闭。",
};

export default async function StaffApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const id = parseId((await params).id);
  const done = DONE[(await searchParams).done ?? ""];
  await guardPage("department.handle", `/staff/applications/${id}`);
  const app = await orNotFound((await getCaller()).applications.staffGet({ id }));
  const today = shanghaiDate(new Date());
  const overdue = app.status === "accepted" && app.dueDate !== null && app.dueDate < today;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumbs
        items={[{ label: "部门工作台", href: "/staff" }, { label: "申请办理", href: "/staff/applications" }, { label: app.serialNo }]}
      />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <h1 className="mb-2 text-3xl font-bold">{app.item.name}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <StatusTag status={app.status} overdue={overdue} />
        <span className="font-mono">{app.serialNo}</span>
        <span>
          申请人：{app.applicant.name}（{app.applicant.phone}）
        </span>
        {app.dueDate ? <span className={overdue ? "font-bold text-danger" : ""}>承诺办结：{app.dueDate}</span> : null}
      </p>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <section aria-labelledby="answers-title" className="mb-8">
            <h2 id="answers-title" className="mb-3 text-xl font-bold">
              申请内容
            </h2>
            {(app.item.form ?? []).map((p) => (
              <div key={p.id} className="mb-4">
                <h3 className="mb-1 font-bold">{p.title}</h3>
                <SummaryList
                  wide
                  rows={p.fields.map((f) => {
                    const att = f.type === "file" ? app.attachments.find((a) => a.id === app.answers[f.name]) : undefined;
                    const value =
                      f.type !== "file" ? (
                        displayAnswer(f, app.answers[f.name], { revealIdNumbers: true })
                      ) : att ? (
                        <a href={`/api/applications/attachments/${att.id}`}>
                          {att.fileName}（{formatFileSize(att.sizeBytes)}）
                        </a>
                      ) : (
                        "未上传"
                      );
                    return [f.label, value, f.name] as const;
                  })}
                />
              </div>
            ))}
          </section>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="mb-3 text-xl font-bold">
              办理记录
            </h2>
            <Timeline events={app.events} />
          </section>
        </div>
        <aside aria-labelledby="actions-title">
          <h2 id="actions-title" className="mb-3 text-xl font-bold">
            办理操作
          </h2>
          {app.status === "submitted" ? (
            <>
              <StaffActionForm applicationId={id} kind="accept" />
              <StaffActionForm applicationId={id} kind="correction" />
              <StaffActionForm applicationId={id} kind="reject" />
            </>
          ) : app.status === "accepted" ? (
            <>
              <StaffActionForm applicationId={id} kind="complete" />
              <StaffActionForm applicationId={id} kind="correction" />
              <StaffActionForm applicationId={id} kind="reject" />
            </>
          ) : (
            <p>当前状态无需办理操作。</p>
          )}
          {app.rating ? (
            <section aria-labelledby="rating-title" className="mt-6 rounded-md border border-line bg-white p-4">
              <h3 id="rating-title" className="mb-2 font-bold">
                申请人评价：{RATING_NAMES[app.rating.score]}
              </h3>
              {app.rating.reason ? <p className="mb-2">原因：{app.rating.reason}</p> : null}
              {app.rating.comment ? <p className="mb-2">意见：{app.rating.comment}</p> : null}
              {app.rating.followUpStatus === "open" ? (
                <FollowUpForm applicationId={id} />
              ) : app.rating.followUpNote ? (
                <p>整改情况：{app.rating.followUpNote}</p>
              ) : null}
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
