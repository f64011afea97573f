import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { cultureBook, cultureBookReservation, cultureLoan } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/parse-input";
import { snapshotCache } from "@/server/lib/snapshot";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { shanghaiDate } from "@/server/lib/working-days";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";

/**
 * Library (南通市图书馆): catalogue search by title or author (Chinese, pinyin, initials), the
 * citizen's loans and renewals. Loans are keyed to the account; the 市民卡 is the library card and
 * phase 2 shows the card (from the citizen-card module) next to the loans.
 *
 * Renewal rules: a loan can be renewed at most MAX_RENEWALS times, only while it is not overdue and
 * only when no other reader is waiting for the book; the new due date is RENEW_DAYS after the day of
 * renewal. The check and the update are one conditional UPDATE, so two renewals at once cannot both
 * pass.
 */

export const LOAN_DAYS = 30;
export const RENEW_DAYS = 30;
export const MAX_RENEWALS = 1;
export const LOAN_NOT_FOUND = "找不到这条借阅记录";

export const bookUrl = (id: number) => `/culture/library/books/${id}`;

const DAY = 86_400_000;
/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export type RenewBlock = "returned" | "overdue" | "maxRenewals" | "reserved";
export type RenewCheck = { ok: true; newDueOn: string } | { ok: false; reason: RenewBlock; message: string };

/** The renewal rules for one loan on `today` (pure). */
export function renewalCheck(
  loan: { dueOn: string; renewals: number; returned: boolean },
  opts: { today: string; reservedByOthers: boolean },
): RenewCheck {
  if (loan.returned) return { ok: false, reason: "returned", message: "这本书已归还，无需续借" };
  if (loan.dueOn < opts.today)
    return { ok: false, reason: "overdue", message: `这本书已超过应还日期（${loan.dueOn}），不能续借，请尽快归还；逾期期间暂停借书` };
  if (loan.renewals >= MAX_RENEWALS)
    return { ok: false, reason: "maxRenewals", message: `每本书最多续借${MAX_RENEWALS}次，这本书已续借过，请在${loan.dueOn}前归还` };
  if (opts.reservedByOthers) return { ok: false, reason: "reserved", message: `这本书已有其他读者预约，不能续借，请在${loan.dueOn}前归还` };
  const renewed = addDays(opts.today, RENEW_DAYS);
  return { ok: true, newDueOn: renewed > loan.dueOn ? renewed : loan.dueOn };
}

// ——— catalogue ———

type BookRow = {
  id: number;
  isbn: string;
  title: string;
  author: string;
  publisher: string;
  publishedYear: number;
  callNumber: string;
  category: string;
  copies: number;
  available: number;
};

const bookColumns = {
  id: cultureBook.id,
  isbn: cultureBook.isbn,
  title: cultureBook.title,
  author: cultureBook.author,
  publisher: cultureBook.publisher,
  publishedYear: cultureBook.publishedYear,
  callNumber: cultureBook.callNumber,
  category: cultureBook.category,
  copies: cultureBook.copies,
  available: cultureBook.available,
};

/**
 * The catalogue snapshot (titles and authors with their pinyin). Availability changes with every
 * loan, so pages read it from the database by id; the snapshot only ranks.
 */
const catalogue = snapshotCache<{ rows: BookRow[]; index: SearchIndex<BookRow> }>({
  stamp: async (db) => {
    const [r] = await db.select({ n: count(), max: sql<number>`max(${cultureBook.id})` }).from(cultureBook);
    return `${r?.n ?? 0}@${r?.max ?? 0}`;
  },
  load: async (db) => {
    const rows = await db.select(bookColumns).from(cultureBook).orderBy(asc(cultureBook.id));
    return {
      rows,
      index: buildSearchIndex(
        rows.map((r) => ({
          payload: r,
          title: r.title,
          names: [r.title],
          keywords: r.author.split(/[，,、\s]+/).filter(Boolean),
          summary: r.publisher,
        })),
      ),
    };
  },
});

export const ZBookQuery = z.object({
  q: z.string().trim().max(100, "检索词不超过100字").optional(),
  category: z.string().trim().max(30).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

/** Catalogue search by title or author; without a query, the catalogue in call-number order of seeding. */
export async function searchBooks(db: DB, raw: z.input<typeof ZBookQuery> = {}) {
  const query = parseInput(ZBookQuery, raw);
  const { rows, index } = await catalogue.get(db);
  const keep = (r: BookRow) => !query.category || r.category === query.category;
  const hits = query.q
    ? searchIndex(index, query.q, { limit: rows.length, filter: keep })
    : rows.filter(keep).map((payload) => ({ payload, match: undefined }));
  const start = (query.page - 1) * query.pageSize;
  const ids = hits.slice(start, start + query.pageSize).map((h) => h.payload.id);
  // current availability from the database
  const live = ids.length
    ? await db.select({ id: cultureBook.id, available: cultureBook.available }).from(cultureBook).where(inArray(cultureBook.id, ids))
    : [];
  const available = new Map(live.map((l) => [l.id, l.available]));
  return {
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    items: hits
      .slice(start, start + query.pageSize)
      .map((h) => ({ ...h.payload, available: available.get(h.payload.id) ?? h.payload.available, match: h.match })),
  };
}

/** The categories of the catalogue with counts (a filter on the search page). */
export async function bookCategories(db: DB) {
  return db
    .select({ category: cultureBook.category, count: count() })
    .from(cultureBook)
    .groupBy(cultureBook.category)
    .orderBy(asc(cultureBook.category));
}

export async function getBook(db: DB, id: number) {
  const [row] = await db
    .select({ ...bookColumns, summary: cultureBook.summary })
    .from(cultureBook)
    .where(eq(cultureBook.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到这本书");
  const [waiting] = await db
    .select({ n: count() })
    .from(cultureBookReservation)
    .where(and(eq(cultureBookReservation.bookId, id), eq(cultureBookReservation.status, "waiting")));
  return { ...row, waitingReservations: waiting?.n ?? 0 };
}

// ——— loans ———

async function reservedByOthers(db: DB, bookId: number, userId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: cultureBookReservation.id })
    .from(cultureBookReservation)
    .where(
      and(
        eq(cultureBookReservation.bookId, bookId),
        eq(cultureBookReservation.status, "waiting"),
        ne(cultureBookReservation.userId, userId),
      ),
    )
    .limit(1);
  return Boolean(r);
}

const loanColumns = {
  id: cultureLoan.id,
  bookId: cultureLoan.bookId,
  title: cultureBook.title,
  author: cultureBook.author,
  callNumber: cultureBook.callNumber,
  branch: cultureLoan.branch,
  borrowedOn: cultureLoan.borrowedOn,
  dueOn: cultureLoan.dueOn,
  renewals: cultureLoan.renewals,
  returnedAt: cultureLoan.returnedAt,
};

/**
 * The citizen's current loans (soonest due first), each with whether it is overdue, the days left
 * and whether it can be renewed (or why not); with `history`, the last 50 returned loans too.
 */
export async function myLoans(ctx: ServiceCtx, user: SessionUser, opts: { now?: Date; history?: boolean } = {}) {
  const today = shanghaiDate(opts.now ?? new Date());
  const current = await ctx.db
    .select(loanColumns)
    .from(cultureLoan)
    .innerJoin(cultureBook, eq(cultureBook.id, cultureLoan.bookId))
    .where(and(eq(cultureLoan.userId, user.id), isNull(cultureLoan.returnedAt)))
    .orderBy(asc(cultureLoan.dueOn), asc(cultureLoan.id));
  const loans = [];
  for (const l of current) {
    const check = renewalCheck(
      { dueOn: l.dueOn, renewals: l.renewals, returned: false },
      { today, reservedByOthers: await reservedByOthers(ctx.db, l.bookId, user.id) },
    );
    loans.push({
      ...l,
      overdue: l.dueOn < today,
      daysLeft: daysBetween(today, l.dueOn),
      canRenew: check.ok,
      renewBlockedBecause: check.ok ? null : check.message,
    });
  }
  const history = opts.history
    ? await ctx.db
        .select(loanColumns)
        .from(cultureLoan)
        .innerJoin(cultureBook, eq(cultureBook.id, cultureLoan.bookId))
        .where(and(eq(cultureLoan.userId, user.id), isNotNull(cultureLoan.returnedAt)))
        .orderBy(desc(cultureLoan.returnedAt))
        .limit(50)
    : [];
  return { today, loans, history, maxRenewals: MAX_RENEWALS, renewDays: RENEW_DAYS };
}

/**
 * Renews one of the citizen's loans. The rules are checked inside the UPDATE (not returned, not
 * overdue, renewals left, nobody else waiting), so concurrent renewals cannot exceed the limit;
 * when nothing is updated the loan is read again to say which rule stopped it.
 */
export async function renewLoan(ctx: ServiceCtx, user: SessionUser, loanId: number, now = new Date()) {
  const { db } = ctx;
  const today = shanghaiDate(now);
  const [loan] = await db
    .select({ bookId: cultureLoan.bookId, dueOn: cultureLoan.dueOn, renewals: cultureLoan.renewals, returnedAt: cultureLoan.returnedAt })
    .from(cultureLoan)
    .where(and(eq(cultureLoan.id, loanId), eq(cultureLoan.userId, user.id)))
    .limit(1);
  if (!loan) throw new AppError("NOT_FOUND", LOAN_NOT_FOUND);
  const check = renewalCheck(
    { dueOn: loan.dueOn, renewals: loan.renewals, returned: loan.returnedAt !== null },
    { today, reservedByOthers: await reservedByOthers(db, loan.bookId, user.id) },
  );
  if (!check.ok) throw new AppError("CONFLICT", check.message);
  const [updated] = await db
    .update(cultureLoan)
    .set({ dueOn: check.newDueOn, renewals: sql`${cultureLoan.renewals} + 1`, lastRenewedAt: now })
    .where(
      and(
        eq(cultureLoan.id, loanId),
        eq(cultureLoan.userId, user.id),
        isNull(cultureLoan.returnedAt),
        sql`${cultureLoan.renewals} < ${MAX_RENEWALS}`,
        sql`${cultureLoan.dueOn} >= ${today}`,
        // (values, not column references: inside the subquery an unqualified book_id would be the hold's own)
        sql`not exists (select 1 from ${cultureBookReservation} r where r.book_id = ${loan.bookId} and r.status = 'waiting' and r.user_id <> ${user.id})`,
      ),
    )
    .returning({ dueOn: cultureLoan.dueOn, renewals: cultureLoan.renewals });
  if (!updated) {
    // something changed between the read and the update (another renewal, a new hold): say what
    const [again] = await db
      .select({ dueOn: cultureLoan.dueOn, renewals: cultureLoan.renewals, returnedAt: cultureLoan.returnedAt })
      .from(cultureLoan)
      .where(eq(cultureLoan.id, loanId))
      .limit(1);
    const recheck = again
      ? renewalCheck(
          { dueOn: again.dueOn, renewals: again.renewals, returned: again.returnedAt !== null },
          { today, reservedByOthers: await reservedByOthers(db, loan.bookId, user.id) },
        )
      : null;
    throw new AppError("CONFLICT", recheck && !recheck.ok ? recheck.message : "续借未成功，请刷新后重试");
  }
  return { loanId, dueOn: updated.dueOn, renewals: updated.renewals };
}

/** Search documents for the global search: every book of the catalogue. */
export async function bookSearchDocuments(db: DB): Promise<SearchDocument[]> {
  const rows = await db
    .select({
      id: cultureBook.id,
      title: cultureBook.title,
      author: cultureBook.author,
      publisher: cultureBook.publisher,
      category: cultureBook.category,
      summary: cultureBook.summary,
    })
    .from(cultureBook);
  return rows.map((r) => ({
    kind: "culture.book",
    id: String(r.id),
    title: `${r.title}（${r.author}）`,
    url: bookUrl(r.id),
    body: excerpt(`${r.publisher} · ${r.summary}`),
    keywords: [r.author, r.category, "图书馆", "馆藏"],
  }));
}
