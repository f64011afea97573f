import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { redeemAction } from "@/server/actions/sections";
import { SubPage, LINK, Outcome } from "@/components/sections/sub-page";
import { Table } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "智慧南通积分", robots: { index: false } };

export default async function PointsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("account.self", "/governance/points");
  const sp = await searchParams;
  const before = Number(one(sp.before));
  const s = await (await getCaller()).governance.points.summary({ before: Number.isInteger(before) && before > 0 ? before : undefined });
  const key = randomUUID();
  return (
    <SubPage crumbs={[{ label: "智慧治理", href: "/governance" }]} title="智慧南通积分">
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      {s.newlyAwarded > 0 ? <Notice tone="success">您的随手拍已被受理，新获得 {s.newlyAwarded} 分。</Notice> : null}
      <p className="text-lg">
        当前积分：<strong className="text-3xl">{s.balance}</strong> 分
      </p>
      <h2 className="mt-8 text-xl font-bold">怎样获得积分</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {s.rules.map((r) => (
          <li key={r.code} className="py-2">
            <p className="font-semibold">
              {r.href ? (
                <Link href={r.href} className={LINK}>
                  {r.name}
                </Link>
              ) : (
                r.name
              )}
              ：{r.points}
            </p>
            <p className="text-base">{r.how}</p>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-bold">积分兑换（示例礼品）</h2>
      <ul className="mt-2 divide-y divide-line border-y border-line">
        {s.rewards.map((r) => (
          <li key={r.code} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div>
              <p className="font-semibold">
                {r.name} · {r.cost} 分
              </p>
              <p className="text-sm text-muted">{r.note}</p>
            </div>
            <form action={redeemAction}>
              <input type="hidden" name="reward" value={r.code} />
              <input type="hidden" name="idempotencyKey" value={`${key}-${r.code}`} />
              <Button type="submit" variant="secondary" aria-label={`兑换${r.name}（${r.cost}分）`}>
                {r.affordable ? "兑换" : "积分不足"}
              </Button>
            </form>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-bold">积分明细</h2>
      {s.history.length ? (
        <Table
          caption="积分明细"
          columns={[
            { header: "时间", cell: (h) => formatDateTime(h.createdAt), nowrap: true },
            { header: "事项", cell: (h) => `${h.reasonName}${h.sourceRef ? `（${h.sourceRef}）` : ""}` },
            { header: "积分", cell: (h) => (h.delta > 0 ? `+${h.delta}` : String(h.delta)), numeric: true },
            { header: "余额", cell: (h) => h.balanceAfter, numeric: true },
          ]}
          rows={s.history}
          rowKey={(h) => h.id}
          scrollLabel="积分明细"
        />
      ) : (
        <p className="mt-2">还没有积分记录。</p>
      )}
      {s.nextBefore ? (
        <p className="mt-2">
          <Link href={`/governance/points?before=${s.nextBefore}`} className={LINK}>
            更早的记录
          </Link>
        </p>
      ) : null}
    </SubPage>
  );
}
