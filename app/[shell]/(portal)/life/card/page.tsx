import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { TX_TYPE_CODES, TX_TYPES } from "@/server/modules/citycard/validation";
import { Block, LifeHeader, PAGE } from "@/components/life/life-nav";
import { CardLossForm } from "@/components/life/card-loss-form";
import { yuan } from "@/components/life/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatDateTime, formatShortDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { Select } from "@/components/ui/select";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { one, pageParam } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "市民卡", robots: { index: false } };

type Search = Promise<{ from?: string | string[]; to?: string | string[]; type?: string | string[]; page?: string; lost?: string }>;

export default async function CardPage({ searchParams }: { searchParams: Search }) {
  await guardPage("citizen.services", "/life/card");
  const q = await searchParams;
  const filter = { from: one(q.from), to: one(q.to), type: one(q.type), page: pageParam(q.page) };
  const caller = await getCaller();
  const outlets = await caller.life.card.outlets();
  let card: Awaited<ReturnType<typeof caller.life.card.mine>>;
  try {
    card = await caller.life.card.mine();
  } catch (e) {
    const why = appErrorOf(e);
    if (!why || why.code !== "FORBIDDEN") throw e;
    return (
      <div className={PAGE}>
        <LifeHeader trail={[]} title="市民卡" />
        <Notice tone="warn">{why.message}</Notice>
      </div>
    );
  }
  let txError: string | null = null;
  const tx = card
    ? await caller.life.card
        .transactions({
          from: filter.from,
          to: filter.to,
          type: TX_TYPE_CODES.find((t) => t === filter.type),
          page: filter.page,
        })
        .catch((e: unknown) => {
          const a = appErrorOf(e);
          if (!a || a.code !== "BAD_REQUEST") throw e;
          txError = a.message;
          return null;
        })
    : null;
  const qs = (page: number) =>
    `/life/card?${new URLSearchParams({ ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}), ...(filter.type ? { type: filter.type } : {}), page: String(page) })}`;
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[]}
        title="市民卡"
        lead={<p>南通市民卡集社保、公交、公共自行车、图书借阅等功能于一卡，2015年12月31日起发放。以下为示例数据。</p>}
      />
      {q.lost && card?.status === "lost" ? (
        <Notice tone="success">挂失已生效，卡内余额已冻结。我们已通过站内消息和短信通知您。</Notice>
      ) : null}
      {!card ? (
        <p className="mt-6">未查询到您名下的市民卡。请携带身份证到下方服务网点申领。</p>
      ) : (
        <>
          <Block id="status" title="卡片状态">
            {card.status === "lost" ? (
              <Notice tone="danger">
                此卡已于 {formatDateTime(card.statusChangedAt)} 挂失，卡内余额冻结、各项功能停用。解除挂失请本人携带身份证到服务网点办理。
              </Notice>
            ) : null}
            <div className="max-w-2xl">
              <SummaryList
                rows={[
                  ["卡号", card.cardNoMasked],
                  ["持卡人", card.holderNameMasked],
                  ["状态", card.statusName],
                  ["余额", yuan(card.balanceFen)],
                  ["发卡日期", card.issuedOn],
                  ["已开通功能", card.functions.map((f) => f.name).join("、")],
                ]}
              />
            </div>
          </Block>
          <Block id="tx" title="交易记录">
            <form method="get" action="/life/card" className="mb-4 flex flex-wrap items-end gap-x-4" aria-label="筛选交易记录">
              <Field id="from" label="开始日期" type="date" defaultValue={filter.from} width="w-44" />
              <Field id="to" label="结束日期" type="date" defaultValue={filter.to} width="w-44" error={txError} />
              <Select id="type" label="交易类型" defaultValue={filter.type ?? ""} width="w-40">
                <option value="">全部</option>
                {TX_TYPE_CODES.map((t) => (
                  <option key={t} value={t}>
                    {TX_TYPES[t]}
                  </option>
                ))}
              </Select>
              <div className="mb-5">
                <Button type="submit" variant="secondary">
                  筛选
                </Button>
              </div>
            </form>
            {tx ? (
              <>
                <p className="mb-2">共 {tx.total} 笔</p>
                <Table
                  caption="市民卡交易记录"
                  scrollLabel="市民卡交易记录（可左右滚动）"
                  rows={tx.items}
                  rowKey={(t) => t.id}
                  columns={[
                    { header: "时间", cell: (t) => formatShortDateTime(t.occurredAt), nowrap: true },
                    { header: "类型", cell: (t) => t.typeName, nowrap: true },
                    { header: "地点", cell: (t) => t.place },
                    { header: "金额", cell: (t) => yuan(t.amountFen), numeric: true, nowrap: true },
                    { header: "余额", cell: (t) => yuan(t.balanceAfterFen), numeric: true, nowrap: true },
                  ]}
                  cardsLabel="市民卡交易记录"
                  card={(t) => (
                    <div className="flex justify-between gap-4">
                      <div>
                        <p className="font-semibold">
                          {t.typeName} · {t.place}
                        </p>
                        <p className="text-sm text-muted">{formatShortDateTime(t.occurredAt)}</p>
                      </div>
                      <div className="text-right whitespace-nowrap">
                        <p className="font-semibold tabular-nums">{yuan(t.amountFen)}</p>
                        <p className="text-sm text-muted tabular-nums">余额 {yuan(t.balanceAfterFen)}</p>
                      </div>
                    </div>
                  )}
                />
                <Pager page={tx.page} pages={Math.ceil(tx.total / tx.pageSize)} total={tx.total} href={qs} label="交易记录分页" />
              </>
            ) : null}
          </Block>
          {card.status === "active" ? (
            <Block id="loss" title="挂失">
              <div className="max-w-2xl">
                <CardLossForm />
              </div>
            </Block>
          ) : null}
        </>
      )}
      <Block id="outlets" title="市民卡服务网点（示例）">
        <ul className="grid gap-3 sm:grid-cols-2 elder:grid-cols-1">
          {outlets.map((o) => (
            <li key={o.id} className="rounded-lg border border-line bg-white p-4">
              <strong>{o.name}</strong>
              <span className="block text-sm">
                {o.district} {o.address}
              </span>
              <span className="block text-sm text-muted">{o.hours}</span>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}
