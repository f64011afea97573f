import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { StatusTag } from "@/components/applications/timeline";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { RefNumber } from "@/components/ui/ref-number";

export const metadata: Metadata = { title: "我的办件", robots: { index: false } };

export default async function MyApplicationsPage() {
  await guardPage("account.self", "/me/applications");
  const items = await (await getCaller()).applications.mine();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的办件" }]} />
      <h1 className="mb-6 text-3xl font-bold">我的办件</h1>
      {items.length === 0 ? (
        <p>
          您还没有在线办理过事项。<Link href="/services">去一网通办找服务</Link>
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {items.map((a) => (
            <li key={a.id} className="row-link p-4">
              <h2 className="text-lg font-bold">
                <Link href={a.status === "draft" ? `/me/applications/${a.id}/check` : `/me/applications/${a.id}`} data-row-link>
                  {a.itemName}
                </Link>
              </h2>
              <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
                <StatusTag status={a.status} />
                <span>
                  {a.serialNo ? (
                    <>
                      申办流水号 <RefNumber value={a.serialNo} />
                    </>
                  ) : (
                    "尚未提交"
                  )}
                </span>
                <span className="text-muted">更新于 {formatDateTime(a.updatedAt)}</span>
                {a.dueDate ? <span>承诺办结 {a.dueDate}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
