import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { renewLoanAction } from "@/server/actions/sections";
import { SubPage, Outcome } from "@/components/sections/sub-page";
import { Button } from "@/components/ui/button";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "我的借阅", robots: { index: false } };

export default async function LoansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await guardPage("account.self", "/culture/library/loans");
  const sp = await searchParams;
  const loans = await (await getCaller()).culture.library.myLoans({ history: true });
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "图书馆", href: "/culture/library" },
      ]}
      title="我的借阅"
      lead={`用市民卡借阅的图书。未逾期且无人预约的图书可续借 ${loans.maxRenewals} 次，每次 ${loans.renewDays} 天。`}
    >
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      {loans.loans.length === 0 ? <p>您目前没有在借的图书。</p> : null}
      <ul className="divide-y divide-line border-y border-line">
        {loans.loans.map((l) => (
          <li key={l.id} className="py-4">
            <p className="text-lg font-semibold">{l.title}</p>
            <p className="text-base">
              {l.author} · {l.branch} · 借于 {l.borrowedOn}
            </p>
            <p className={`text-base ${l.overdue ? "font-semibold text-danger" : ""}`}>
              应还日期 {l.dueOn}
              {l.overdue ? `（已逾期 ${-l.daysLeft} 天）` : `（还剩 ${l.daysLeft} 天）`} · 已续借 {l.renewals} 次
            </p>
            {l.canRenew ? (
              <form action={renewLoanAction} className="mt-2">
                <input type="hidden" name="loanId" value={l.id} />
                <Button type="submit" variant="secondary" aria-label={`续借《${l.title}》`}>
                  续借
                </Button>
              </form>
            ) : (
              <p className="mt-1 text-sm text-muted">不能续借：{l.renewBlockedBecause}</p>
            )}
          </li>
        ))}
      </ul>
      {loans.history.length ? (
        <>
          <h2 className="mt-8 text-xl font-bold">已归还</h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {loans.history.map((l) => (
              <li key={l.id} className="py-2">
                {l.title} · {l.borrowedOn} 借
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </SubPage>
  );
}
