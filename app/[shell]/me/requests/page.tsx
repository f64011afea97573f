import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { pageParam } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AWAITING_RATING } from "@/server/modules/hotline/labels";
import { RefNumber } from "@/components/ui/ref-number";
import { MyRequestsTabs } from "@/components/hotline/my-requests-tabs";

export const metadata: Metadata = { title: "我的诉求", robots: { index: false } };

export default async function MyRequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageParam((await searchParams).page);
  await guardPage("account.self", "/me/requests");
  const data = await (await getCaller()).hotline.citizen.mine({ page });
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的诉求" }]} />
      <h1 className="mb-4 text-3xl font-bold">我的诉求</h1>
      <MyRequestsTabs current="mine" />
      <p className="mb-6">
        您在网站、手机和微信上提交的 12345 诉求。
        <Link href="/12345#submit" className="font-semibold">
          提交新的诉求
        </Link>
      </p>
      {data.total === 0 ? (
        <p>您还没有提交过诉求。</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {data.items.map((t) => (
            <li key={t.id} className="row-link p-4">
              <h2 className="mb-1 text-lg font-bold">
                <Link href={`/me/requests/${t.id}`} data-row-link>
                  {t.type} · {t.categoryName}
                  <span className="sr-only">，工单编号 {t.ticketNo}</span>
                </Link>
              </h2>
              <p className="mb-1 break-words">{t.description}</p>
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <TicketStatusTag status={t.status} />
                <span>
                  编号 <RefNumber value={t.ticketNo} />
                </span>
                <span className="text-muted">提交于 {formatDateTime(t.createdAt)}</span>
                {t.dueDate && (t.status === "dispatched" || t.status === "accepted") ? <span>办理时限 {t.dueDate}</span> : null}
                {t.awaitingRating ? (
                  <Link href={`/me/requests/${t.id}#rate-title`} className="font-semibold">
                    {AWAITING_RATING}
                    <span className="sr-only">：{t.ticketNo}</span>
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={data.page}
        pages={Math.ceil(data.total / data.pageSize)}
        total={data.total}
        href={(p) => `/me/requests?page=${p}`}
        label="我的诉求分页"
      />
    </div>
  );
}
