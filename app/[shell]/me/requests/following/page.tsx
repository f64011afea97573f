import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { UnfollowForm } from "@/components/hotline/join-forms";
import { MyRequestsTabs } from "@/components/hotline/my-requests-tabs";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { one, pageParam } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "我关注的诉求", robots: { index: false } };

type Search = Promise<{ page?: string; joined?: string; followed?: string; unfollowed?: string }>;

/** 我的诉求 › 我关注的: public requests the citizen joined (附议) or follows (关注), apart from their own. */
export default async function FollowedRequestsPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const page = pageParam(sp.page);
  await guardPage("account.self", "/me/requests/following");
  const data = await (await getCaller()).hotline.citizen.followed({ page });
  const joined = one(sp.joined);
  const followed = one(sp.followed);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的诉求", href: "/me/requests" }, { label: "我关注的" }]} />
      <h1 className="mb-4 text-3xl font-bold">我关注的诉求</h1>
      <MyRequestsTabs current="following" />
      {joined ? (
        <Notice tone="success">
          <p className="font-semibold">附议成功。</p>
          <p>热线已把您算作受影响的市民。派单、答复和办结时会在“我的消息”通知您。</p>
        </Notice>
      ) : followed ? (
        <Notice tone="success">已关注。派单、答复和办结时会在“我的消息”通知您。</Notice>
      ) : one(sp.unfollowed) ? (
        <Notice>已取消关注。</Notice>
      ) : null}
      <p className="mb-6">您附议或关注的其他市民的公开诉求。附议会计入反映人数，不能撤回；只关注的可以取消。</p>
      {data.total === 0 ? (
        <p>
          您还没有附议或关注诉求。可以在<Link href="/12345/public">诉求公开</Link>中查看其他市民反映的问题。
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {data.items.map((t) => (
            <li key={t.id} className="p-4">
              <h2 className="mb-1 text-lg font-bold">
                <Link href={`/12345/public/${t.id}`}>
                  {t.type} · {t.categoryName}
                </Link>
              </h2>
              <p className="mb-1 break-words">{t.description}</p>
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <TicketStatusTag status={t.status} />
                <span className="font-semibold">{t.joined ? "我已附议" : "关注中"}</span>
                <span>{t.joinCount}位市民附议</span>
                {t.sms ? <span>短信通知</span> : null}
                <span className="text-muted">
                  {t.joined ? "附议" : "关注"}于 {formatDateTime(t.followedAt)}
                </span>
              </p>
              {t.joined ? null : <UnfollowForm ticketId={t.id} title={`${t.type} · ${t.categoryName}`} />}
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={data.page}
        pages={Math.ceil(data.total / data.pageSize)}
        total={data.total}
        href={(p) => `/me/requests/following?page=${p}`}
        label="我关注的诉求分页"
      />
    </div>
  );
}
