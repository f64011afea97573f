import Link from "next/link";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDateTime } from "@/components/ui/format";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { FollowForm, JoinForm } from "@/components/hotline/join-forms";

type PublicRequest = inferRouterOutputs<AppRouter>["hotline"]["citizen"]["publicRequest"];

/**
 * One public 12345 request: what was asked (masked), where it stands, the public timeline (status changes
 * in plain words, never internal notes or names), the answer, the 附议 count, and — while it is open —
 * 附议 and 关注. The same HTML for everyone (a cached page): the forms ask a guest to sign in.
 */
export function PublicRequestView({ request: r }: { request: PublicRequest }) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "12345热线", href: "/12345" },
          { label: "诉求公开", href: "/12345/public" },
          { label: `${r.type} · ${r.categoryName}` },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">
        {r.type} · {r.categoryName}
        {r.district ? <span className="font-normal"> · {r.district}</span> : null}
      </h1>
      <p className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-1">
        <TicketStatusTag status={r.status} />
        <span>提交于 {formatDateTime(r.createdAt)}</span>
        <span className="font-semibold" id="join-count">
          {r.joinCount > 0 ? `${r.joinCount}位市民附议` : "暂无市民附议"}
        </span>
      </p>
      {r.merged ? (
        <div role="status" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4">
          该诉求与同一问题的其他诉求合并办理。
          {r.mergedIntoId ? (
            <Link href={`/12345/public/${r.mergedIntoId}`} className="font-semibold">
              查看合并后的诉求
            </Link>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="desc-title" className="mb-8">
        <h2 id="desc-title" className="mb-2 text-xl font-bold">
          诉求内容
        </h2>
        {r.place ? (
          <p className="mb-2">
            <span className="font-semibold">地点：</span>
            {r.place}
            <span className="text-sm text-muted">（不显示门牌号）</span>
          </p>
        ) : null}
        <p className="whitespace-pre-wrap break-words">{r.description}</p>
        {r.photoIds.length ? (
          <ul className="mt-3 flex flex-wrap gap-3" aria-label="现场照片">
            {r.photoIds.map((id, i) => (
              <li key={id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- public photos from our own route */}
                <img
                  src={`/api/hotline/public-photos/${id}`}
                  alt={`现场照片${i + 1}`}
                  width={160}
                  height={160}
                  loading="lazy"
                  className="h-40 w-40 rounded object-cover"
                />
              </li>
            ))}
          </ul>
        ) : null}
        <p className="mt-3 text-sm text-muted">
          为保护个人信息，不显示联系人、电话和门牌号等详细地址，内容中的手机号、身份证号等已自动打码。
        </p>
      </section>

      {r.answer ? (
        <section aria-labelledby="answer-title" className="mb-8 border-l-4 border-brand-600 bg-brand-50 p-4">
          <h2 id="answer-title" className="mb-2 text-xl font-bold">
            {r.departmentName ? `${r.departmentName}答复` : "热线答复"}
          </h2>
          {r.answeredAt ? <p className="mb-2 text-sm">答复于 {formatDateTime(r.answeredAt)}</p> : null}
          <p className="whitespace-pre-wrap break-words">{r.answer}</p>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="mb-8">
        <h2 id="timeline-title" className="mb-3 text-xl font-bold">
          办理进度
        </h2>
        <ol className="space-y-3 border-l-4 border-line pl-4">
          {r.timeline.map((e, i) => (
            <li key={i}>
              <p className="font-semibold">{e.text}</p>
              <p className="text-sm text-muted">
                {formatDateTime(e.at)} · {e.status}
              </p>
            </li>
          ))}
        </ol>
      </section>

      {r.open ? (
        <section aria-labelledby="join-title" className="mb-8 rounded-lg border border-line bg-white p-4">
          <h2 id="join-title" className="mb-2 text-xl font-bold">
            您也遇到了这个问题？
          </h2>
          <p className="mb-4">
            附议后不必再提交一件新诉求：热线会把您算作受影响的市民，反映的人越多越优先处理；派单、答复和办结时会给您发消息。需要登录。
          </p>
          <JoinForm ticketId={r.id} />
          <h3 className="mt-6 mb-2 text-lg font-bold">只想了解进展</h3>
          <FollowForm ticketId={r.id} />
        </section>
      ) : null}
      <p>
        <Link href="/12345#submit" className="inline-flex min-h-tap items-center font-semibold">
          反映其他问题
        </Link>
      </p>
    </div>
  );
}
