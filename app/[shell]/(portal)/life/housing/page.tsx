import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Block, LifeHeader, PAGE } from "@/components/life/life-nav";
import { yuan } from "@/components/life/format";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { Select } from "@/components/ui/select";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { one, pageParam } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "住房公积金查询", robots: { index: false } };

type Search = Promise<{ year?: string | string[]; page?: string }>;

export default async function HousingPage({ searchParams }: { searchParams: Search }) {
  await guardPage("citizen.services", "/life/housing");
  const q = await searchParams;
  const yearText = one(q.year);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const page = pageParam(q.page);
  const caller = await getCaller();
  const account = await caller.life.housing.account().catch((e: unknown) => {
    if (appErrorOf(e)?.code === "FORBIDDEN") return appErrorOf(e)!;
    throw e;
  });
  if (account && "code" in account) {
    return (
      <div className={PAGE}>
        <LifeHeader trail={[]} title="住房公积金" />
        <Notice tone="warn">{account.message}</Notice>
      </div>
    );
  }
  const entries = account ? await caller.life.housing.entries({ year, page }) : null;
  const thisYear = new Date().getFullYear();
  return (
    <div className={PAGE}>
      <LifeHeader trail={[]} title="住房公积金" lead={<p>查询本人公积金账户余额和缴存、提取、结息记录（示例数据）。</p>} />
      {!account ? (
        <p className="mt-6">未查询到您的公积金账户。</p>
      ) : (
        <>
          <Block id="account" title="账户">
            <div className="max-w-2xl">
              <SummaryList
                rows={[
                  ["账号", account.accountNoMasked],
                  ["姓名", account.holderNameMasked],
                  ["单位", account.employer],
                  ["状态", account.statusName],
                  ["余额", yuan(account.balanceFen)],
                  ["缴存基数", yuan(account.depositBaseFen)],
                  ["缴存比例", `单位 ${account.employerRateBp / 100}% · 个人 ${account.personalRateBp / 100}%`],
                  ["月缴存额", yuan(account.monthlyDepositFen)],
                  ["开户日期", account.openedOn],
                ]}
              />
            </div>
          </Block>
          <Block id="history" title="缴存明细">
            <form method="get" action="/life/housing" className="mb-4 flex flex-wrap items-end gap-4" aria-label="按年份筛选">
              <Select id="year" label="年份" defaultValue={year ? String(year) : ""} width="w-40">
                <option value="">全部</option>
                {[0, 1, 2, 3].map((i) => (
                  <option key={i} value={thisYear - i}>
                    {thisYear - i} 年
                  </option>
                ))}
              </Select>
              <div className="mb-5">
                <Button type="submit" variant="secondary">
                  查询
                </Button>
              </div>
            </form>
            {entries ? (
              <>
                <Table
                  caption="公积金缴存明细"
                  scrollLabel="公积金缴存明细（可左右滚动）"
                  rows={entries.items}
                  rowKey={(e) => e.id}
                  columns={[
                    { header: "日期", cell: (e) => e.occurredOn, nowrap: true },
                    { header: "业务", cell: (e) => e.typeName, nowrap: true },
                    { header: "说明", cell: (e) => e.note ?? "" },
                    { header: "金额", cell: (e) => yuan(e.amountFen), numeric: true, nowrap: true },
                    { header: "余额", cell: (e) => yuan(e.balanceAfterFen), numeric: true, nowrap: true },
                  ]}
                />
                <Pager
                  page={entries.page}
                  pages={Math.ceil(entries.total / entries.pageSize)}
                  total={entries.total}
                  href={(p) => `/life/housing?${year ? `year=${year}&` : ""}page=${p}`}
                  label="缴存明细分页"
                />
              </>
            ) : null}
          </Block>
        </>
      )}
    </div>
  );
}
