import { and, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  cultureBook,
  cultureBookReservation,
  cultureCourse,
  cultureCourseChapter,
  cultureEvent,
  cultureLoan,
  cultureSpace,
} from "@/drizzle/schema";
import { shanghaiDate } from "@/server/lib/working-days";
import { LOAN_DAYS, RENEW_DAYS, addDays } from "@/server/modules/culture/library";
import { generateCultureSlots } from "@/server/modules/culture/booking";
import { SEED_BOOKS } from "./books";
import { DEMO_LOANS, SEED_COURSES, SEED_CULTURE_EVENTS, SEED_CULTURE_SPACES } from "./catalogues";

const CITIZEN_DEMO_PHONE = "13800000001";
/** The reader who holds a reservation on one of the demo citizen's books (the demo agent, as a reader). */
const OTHER_READER_PHONE = "13800000003";
const DAY = 86_400_000;

/**
 * 智慧人文 seed (idempotent): courses, books, events and spaces are inserted once by code/ISBN; the
 * demo citizen gets four loans (renewable, overdue, already renewed, reserved by another reader) the
 * first time, dated relative to the seeding day.
 */
export async function seedCulture(db: DB, now = new Date()): Promise<void> {
  for (const c of SEED_COURSES) {
    const { chapters, ...course } = c;
    const [row] = await db
      .insert(cultureCourse)
      .values(course)
      .onConflictDoNothing({ target: cultureCourse.code })
      .returning({ id: cultureCourse.id });
    if (!row) continue;
    await db
      .insert(cultureCourseChapter)
      .values(
        chapters.map((ch, i) => ({ courseId: row.id, position: i + 1, title: ch.title, durationMinutes: ch.minutes, content: ch.content })),
      );
  }

  for (let i = 0; i < SEED_BOOKS.length; i += 100) {
    await db
      .insert(cultureBook)
      .values(SEED_BOOKS.slice(i, i + 100).map((b) => ({ ...b, available: b.copies })))
      .onConflictDoNothing({ target: cultureBook.isbn });
  }

  const today = shanghaiDate(now);
  await db
    .insert(cultureEvent)
    .values(
      SEED_CULTURE_EVENTS.map(({ day, start, end, priceYuan, ...e }) => {
        const date = shanghaiDate(new Date(now.getTime() + day * DAY));
        return {
          ...e,
          priceFen: priceYuan * 100,
          startsAt: new Date(`${date}T${start}:00+08:00`),
          endsAt: new Date(`${date}T${end}:00+08:00`),
        };
      }),
    )
    .onConflictDoNothing({ target: cultureEvent.code });

  await db.insert(cultureSpace).values(SEED_CULTURE_SPACES).onConflictDoNothing({ target: cultureSpace.code });
  // event registration and space slots (the shared booking mechanism)
  await generateCultureSlots(db, now);

  const users = await db
    .select({ id: accountUser.id, phone: accountUser.phone })
    .from(accountUser)
    .where(inArray(accountUser.phone, [CITIZEN_DEMO_PHONE, OTHER_READER_PHONE]));
  const citizen = users.find((u) => u.phone === CITIZEN_DEMO_PHONE);
  const other = users.find((u) => u.phone === OTHER_READER_PHONE);
  if (!citizen) return;
  const [hasLoans] = await db.select({ id: cultureLoan.id }).from(cultureLoan).where(eq(cultureLoan.userId, citizen.id)).limit(1);
  if (hasLoans) return;
  const books = await db
    .select({ id: cultureBook.id, title: cultureBook.title })
    .from(cultureBook)
    .where(
      inArray(
        cultureBook.title,
        DEMO_LOANS.map((l) => l.title),
      ),
    );
  await db.transaction(async (tx) => {
    for (const l of DEMO_LOANS) {
      const book = books.find((b) => b.title === l.title);
      if (!book) continue;
      const borrowedOn = addDays(today, -l.borrowedDaysAgo);
      // renewed loans were renewed five days before their first due date
      const dueOn = l.renewals > 0 ? addDays(borrowedOn, LOAN_DAYS - 5 + RENEW_DAYS) : addDays(borrowedOn, LOAN_DAYS);
      await tx
        .insert(cultureLoan)
        .values({ bookId: book.id, userId: citizen.id, branch: "南通市图书馆总馆", borrowedOn, dueOn, renewals: l.renewals });
      await tx
        .update(cultureBook)
        .set({ available: sql`greatest(${cultureBook.available} - 1, 0)` })
        .where(eq(cultureBook.id, book.id));
      if (l.reservedByOther && other) {
        const [held] = await tx
          .select({ id: cultureBookReservation.id })
          .from(cultureBookReservation)
          .where(and(eq(cultureBookReservation.bookId, book.id), eq(cultureBookReservation.userId, other.id)))
          .limit(1);
        if (!held) await tx.insert(cultureBookReservation).values({ bookId: book.id, userId: other.id, status: "waiting" });
      }
    }
  });
}
