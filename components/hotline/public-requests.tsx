import type { Metadata } from "next";
import Link from "next/link";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { Pager } from "@/components/ui/pager";
import { PUBLIC_COUNT_CAP } from "@/server/modules/hotline/labels";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

type Outputs = inferRouterOutputs<AppRouter>["hotline"]["citizen"];

export const PUBLIC_REQUESTS_METADATA: Metadata = {
  title: "12345诉求公开",
  description: "南通12345热线已答复的公开诉求与近30天热点问题。只显示诉求类型、分类、区县、内容和答复，不含任何个人信息。",
};

/** Answered public 12345 requests (one page of them) and the hot topics of the last 30 days. */
export function PublicRequests({ list, hot }: { list: Outputs["publicList"]; hot: Outputs["hotTopics"] }) {
  const max = Math.max(1, ...hot.items.map((h) => h.count));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "12345热线", href: "/12345" }, { label: "诉求公开" }]} />
      <h1 className="mb-2 text-3xl font-bold">12345 诉求公开</h1>
      <p className="mb-6 max-w-3xl">
        这里是市民同意公开、承办部门已经答复的诉求。为保护个人信息，只显示区县，不显示联系人、电话和详细地址，内容中的手机号、身份证号等已自动打码。
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="list-title">
          <h2 id="list-title" className="mb-3 text-xl font-bold">
            已答复的诉求
          </h2>
          {list.items.length === 0 ? (
            <p>暂时没有公开的已答复诉求。</p>
          ) : (
            <ul className="space-y-4">
              {list.items.map((t) => (
                <li key={t.id}>
                  <article aria-labelledby={`t-${t.id}`} className="rounded-lg border border-line bg-white p-4">
                    <h3 id={`t-${t.id}`} className="mb-1 text-lg font-bold">
                      <Link href={`/12345/public/${t.id}`}>
                        {t.type} · {t.categoryName}
                        {t.district ? <span className="font-normal"> · {t.district}</span> : null}
                      </Link>
                    </h3>
                    <p className="mb-3 text-sm text-muted">
                      提交于 {formatDateTime(t.createdAt)} · 答复于 {formatDateTime(t.answeredAt)}
                    </p>
                    <p className="mb-3 whitespace-pre-wrap break-words">{t.description}</p>
                    {t.answer ? (
                      <div className="border-l-4 border-brand-600 bg-brand-50 p-3">
                        <p className="font-semibold">{t.departmentName ? `${t.departmentName}答复：` : "热线答复："}</p>
                        <p className="whitespace-pre-wrap break-words">{t.answer}</p>
                      </div>
                    ) : null}
                  </article>
                </li>
              ))}
            </ul>
          )}
          <Pager
            page={list.page}
            pages={Math.ceil(list.total / list.pageSize)}
            total={list.total}
            capped={list.total >= PUBLIC_COUNT_CAP}
            href={(p) => `/12345/public?page=${p}`}
            label="公开诉求分页"
          />
        </section>
        <aside aria-labelledby="hot-title" className="self-start rounded-lg border border-line bg-white p-4">
          <h2 id="hot-title" className="mb-1 text-xl font-bold">
            近{hot.days}天热点
          </h2>
          <p className="mb-3 text-sm text-muted">按诉求分类统计的受理件数（含未公开的诉求，只计数）。</p>
          {hot.items.length === 0 ? (
            <p>近期暂无数据。</p>
          ) : (
            <ol className="space-y-2">
              {hot.items.map((h, i) => (
                <li key={h.categoryId}>
                  <div className="flex justify-between gap-2">
                    <span>
                      <span className="mr-1 font-bold">{i + 1}.</span>
                      {h.groupName ? `${h.groupName} › ` : ""}
                      {h.name}
                    </span>
                    <span className="font-semibold whitespace-nowrap">{h.count} 件</span>
                  </div>
                  <div aria-hidden="true" className="mt-1 h-2 rounded bg-brand-100">
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.round((h.count / max) * 100)}%` }} />
                  </div>
                </li>
              ))}
            </ol>
          )}
          <p className="mt-4">
            <Link href="/12345#submit" className="inline-flex min-h-tap items-center font-semibold">
              我也要反映问题
            </Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
