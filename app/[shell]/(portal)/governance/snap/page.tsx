import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getCaller, getSessionUser } from "@/server/request";
import { SubPage, LINK, SignInTo } from "@/components/sections/sub-page";
import { SnapForm } from "@/components/governance/snap-form";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = {
  title: "随手拍",
  description: "拍照并标出位置，反映道路坑洼、路灯不亮、违停等城市问题，生成 12345 工单。",
};

export default async function SnapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const done = one((await searchParams).done);
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const [kinds, mine] = await Promise.all([caller.governance.snap.kinds(), user ? caller.governance.snap.mine() : Promise.resolve(null)]);
  return (
    <SubPage
      crumbs={[{ label: "智慧治理", href: "/governance" }]}
      title="随手拍"
      lead="发现城市问题，拍张照片、标出位置就能反映，系统会生成 12345 工单交给承办部门。被受理后可获得智慧南通积分。"
    >
      {done ? (
        <Notice tone="success">
          已提交，12345 工单号 <strong>{done}</strong>。受理后将获得积分，可在
          <Link href="/governance/points" className={LINK}>
            智慧南通积分
          </Link>
          查看。
        </Notice>
      ) : null}
      {user ? <SnapForm kinds={kinds} idempotencyKey={randomUUID()} /> : <SignInTo what="随手拍反映问题" returnTo="/governance/snap" />}
      {mine && mine.length ? (
        <section aria-labelledby="mine-h" className="mt-10">
          <h2 id="mine-h" className="text-xl font-bold">
            我的随手拍
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {mine.map((r) => (
              <li key={r.id} className="py-2">
                <Link href={r.url} className={LINK}>
                  {r.kindName} · {r.ticketNo}
                </Link>
                <span className="ml-2">
                  {r.statusName} · {formatDateTime(r.createdAt)} · {r.photoCount} 张照片
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </SubPage>
  );
}
