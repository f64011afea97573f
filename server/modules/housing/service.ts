import { and, count, desc, eq, gte, lte } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { accountUser, housingFundAccount, housingFundEntry } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";
import { maskName } from "@/server/modules/account/service";
import { parseInput } from "@/server/modules/life/parse";

export const FUND_ENTRY_TYPES = { deposit: "汇缴", withdrawal: "提取", interest: "结息" } as const;
const ENTRY_NAMES = new Map<string, string>(Object.entries(FUND_ENTRY_TYPES));
const STATUS_NAMES = new Map<string, string>([
  ["normal", "正常缴存"],
  ["sealed", "封存"],
]);
export const FUND_PAGE_SIZE = 24;

export const ZFundEntryFilter = z.object({
  year: z.number().int().min(1990, "年份不正确").max(2100, "年份不正确").optional(),
  page: z.number().int().min(1).max(1000).default(1),
});

async function myAccountRow(db: DB, user: SessionUser) {
  const [u] = await db
    .select({ hash: accountUser.idNumberHash, verifiedAt: accountUser.realNameVerifiedAt })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!u?.hash || !u.verifiedAt) throw new AppError("FORBIDDEN", "请先完成实名认证，再查询本人的公积金账户");
  const [a] = await db
    .select({
      id: housingFundAccount.id,
      accountNo: housingFundAccount.accountNo,
      holderName: housingFundAccount.holderName,
      employer: housingFundAccount.employer,
      status: housingFundAccount.status,
      balanceFen: housingFundAccount.balanceFen,
      depositBaseFen: housingFundAccount.depositBaseFen,
      personalRateBp: housingFundAccount.personalRateBp,
      employerRateBp: housingFundAccount.employerRateBp,
      openedOn: housingFundAccount.openedOn,
    })
    .from(housingFundAccount)
    .where(eq(housingFundAccount.holderIdHash, u.hash))
    .limit(1);
  return a ?? null;
}

/** The real-name citizen's 公积金 account (sample data), or null when they have none. */
export async function getMyFundAccount(db: DB, user: SessionUser) {
  const a = await myAccountRow(db, user);
  if (!a) return null;
  const monthly = Math.round((a.depositBaseFen * (a.personalRateBp + a.employerRateBp)) / 10_000);
  return {
    accountNoMasked: `${a.accountNo.slice(0, 4)}****${a.accountNo.slice(-4)}`,
    holderNameMasked: maskName(a.holderName),
    employer: a.employer,
    status: a.status,
    statusName: STATUS_NAMES.get(a.status) ?? a.status,
    balanceFen: a.balanceFen,
    depositBaseFen: a.depositBaseFen,
    personalRateBp: a.personalRateBp,
    employerRateBp: a.employerRateBp,
    monthlyDepositFen: monthly,
    openedOn: a.openedOn,
  };
}

/** Contribution history, newest first, optionally one year; 24 a page. */
export async function listMyFundEntries(db: DB, user: SessionUser, raw: z.input<typeof ZFundEntryFilter> = {}) {
  const filter = parseInput(ZFundEntryFilter, raw);
  const a = await myAccountRow(db, user);
  if (!a) throw new AppError("NOT_FOUND", "未查询到您的公积金账户");
  const where = and(
    eq(housingFundEntry.accountId, a.id),
    filter.year ? gte(housingFundEntry.occurredOn, `${filter.year}-01-01`) : undefined,
    filter.year ? lte(housingFundEntry.occurredOn, `${filter.year}-12-31`) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: housingFundEntry.id,
        occurredOn: housingFundEntry.occurredOn,
        period: housingFundEntry.period,
        type: housingFundEntry.type,
        amountFen: housingFundEntry.amountFen,
        balanceAfterFen: housingFundEntry.balanceAfterFen,
        note: housingFundEntry.note,
      })
      .from(housingFundEntry)
      .where(where)
      .orderBy(desc(housingFundEntry.occurredOn), desc(housingFundEntry.id))
      .limit(FUND_PAGE_SIZE)
      .offset((filter.page - 1) * FUND_PAGE_SIZE),
    db.select({ n: count() }).from(housingFundEntry).where(where),
  ]);
  return {
    items: items.map((e) => ({ ...e, typeName: ENTRY_NAMES.get(e.type) ?? e.type })),
    total: total?.n ?? 0,
    page: filter.page,
    pageSize: FUND_PAGE_SIZE,
  };
}
