import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { cultureBook, cultureLoan } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { getChapter, getCourse, listCourses, myCourses, setChapterCompleted } from "@/server/modules/culture/courses";
import { MAX_RENEWALS, bookCategories, getBook, myLoans, renewLoan, searchBooks } from "@/server/modules/culture/library";
import { getCultureEvent, groupEventsByDay, listCultureEvents, listCultureSpaces } from "@/server/modules/culture/events";
import { shanghaiDate } from "@/server/lib/working-days";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser } from "../helpers/fixtures";

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe.each(BACKENDS)("智慧人文 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let citizen: SessionUser;
  let other: SessionUser;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    citizen = await demoUser(db, DEMO.citizen);
    other = await demoUser(db, DEMO.enterprise);
  });
  afterAll(() => cleanup());

  describe("学在南通", () => {
    it("lists courses with their chapters and length; a guest sees no progress", async () => {
      const courses = await listCourses(db);
      expect(courses.length).toBeGreaterThanOrEqual(8);
      const history = courses.find((c) => c.title === "南通历史文化十讲")!;
      expect(history.chapters).toBe(8);
      expect(history.minutes).toBeGreaterThan(100);
      const guest = await getCourse(db, history.id, null);
      expect(guest.progress).toBeNull();
      expect(guest.chapters.every((c) => !c.completed)).toBe(true);
      expect((await listCourses(db, { category: "职业技能" })).every((c) => c.category === "职业技能")).toBe(true);
    });

    it("records per-chapter completion and the course percent, rounded down, idempotently", async () => {
      const course = (await listCourses(db)).find((c) => c.title === "Python 编程零基础")!; // 6 chapters
      const { chapters } = await getCourse(db, course.id, citizen);
      expect(chapters).toHaveLength(6);

      const one = await setChapterCompleted({ db }, citizen, chapters[0]!.id, true);
      expect(one.progress).toEqual({ completed: 1, total: 6, percent: 16 });
      const twice = await setChapterCompleted({ db }, citizen, chapters[0]!.id, true);
      expect(twice.progress).toEqual({ completed: 1, total: 6, percent: 16 });
      await setChapterCompleted({ db }, citizen, chapters[1]!.id, true);
      const three = await setChapterCompleted({ db }, citizen, chapters[3]!.id, true);
      expect(three.progress).toEqual({ completed: 3, total: 6, percent: 50 });

      const view = await getCourse(db, course.id, citizen);
      expect(view.chapters.map((c) => c.completed)).toEqual([true, true, false, true, false, false]);
      expect(view.nextChapterId).toBe(chapters[2]!.id);
      expect(view.progress).toEqual({ completed: 3, total: 6, percent: 50 });

      const undone = await setChapterCompleted({ db }, citizen, chapters[3]!.id, false);
      expect(undone.progress.percent).toBe(33);

      for (const c of chapters) await setChapterCompleted({ db }, citizen, c.id, true);
      expect((await getCourse(db, course.id, citizen)).progress).toEqual({ completed: 6, total: 6, percent: 100 });
    });

    it("keeps each learner's progress to themselves and lists their courses, latest first", async () => {
      const courses = await listCourses(db);
      const python = courses.find((c) => c.title === "Python 编程零基础")!;
      expect((await getCourse(db, python.id, other)).progress).toEqual({ completed: 0, total: 6, percent: 0 });
      const firstAid = courses.find((c) => c.title === "家庭急救常识")!;
      const { chapters } = await getCourse(db, firstAid.id, citizen);
      await setChapterCompleted({ db }, citizen, chapters[0]!.id, true, new Date(Date.now() + 60_000));
      const mine = await myCourses({ db }, citizen);
      expect(mine.map((m) => m.title).slice(0, 2)).toEqual(["家庭急救常识", "Python 编程零基础"]);
      expect(mine[0]).toMatchObject({ done: 1, total: 4, percent: 25 });
      expect(await myCourses({ db }, other)).toEqual([]);
    });

    it("serves a chapter with its neighbours; unknown chapters are not found", async () => {
      const course = (await listCourses(db)).find((c) => c.title === "家庭急救常识")!;
      const { chapters } = await getCourse(db, course.id, null);
      const ch = await getChapter(db, chapters[1]!.id);
      expect(ch).toMatchObject({ previousId: chapters[0]!.id, nextId: chapters[2]!.id, total: 4, courseTitle: "家庭急救常识" });
      expect(ch.content).toContain("示例");
      expect((await rejection(setChapterCompleted({ db }, citizen, 999_999, true))).code).toBe("NOT_FOUND");
      expect((await rejection(getCourse(db, 999_999, null))).code).toBe("NOT_FOUND");
    });
  });

  describe("图书馆", () => {
    it("has at least 200 books, searchable by title, author and pinyin", async () => {
      const all = await searchBooks(db, { pageSize: 10 });
      expect(all.total).toBeGreaterThanOrEqual(200);
      expect((await searchBooks(db, { q: "红楼梦" })).items[0]?.title).toBe("红楼梦");
      expect((await searchBooks(db, { q: "hongloumeng" })).items[0]?.title).toBe("红楼梦");
      const santi = await searchBooks(db, { q: "st" });
      expect(santi.items.map((b) => b.title)).toContain("三体");
      const lx = await searchBooks(db, { q: "鲁迅" });
      expect(lx.items.map((b) => b.title).sort()).toEqual(["呐喊", "彷徨", "故事新编", "朝花夕拾"].sort());
      const byPinyinAuthor = await searchBooks(db, { q: "liucixin" });
      expect(byPinyinAuthor.items.length).toBeGreaterThanOrEqual(4);
      expect(byPinyinAuthor.items.every((b) => b.author === "刘慈欣")).toBe(true);
      const kids = await searchBooks(db, { category: "少儿", pageSize: 50 });
      expect(kids.items.every((b) => b.category === "少儿")).toBe(true);
      expect((await bookCategories(db)).length).toBeGreaterThanOrEqual(8);
    });

    it("shows the seeded loans with overdue state and why a renewal is not possible", async () => {
      const { loans, today } = await myLoans({ db }, citizen);
      expect(today).toBe(shanghaiDate(new Date()));
      const by = Object.fromEntries(loans.map((l) => [l.title, l]));
      expect(Object.keys(by).sort()).toEqual(["三体", "乡土中国", "活着", "红楼梦"].sort());
      expect(by["红楼梦"]).toMatchObject({ overdue: false, canRenew: true, renewBlockedBecause: null, daysLeft: 18 });
      expect(by["三体"]).toMatchObject({ overdue: true, canRenew: false, daysLeft: -5 });
      expect(by["三体"]!.renewBlockedBecause).toContain("已超过应还日期");
      expect(by["活着"]!.renewBlockedBecause).toContain(`最多续借${MAX_RENEWALS}次`);
      expect(by["乡土中国"]!.renewBlockedBecause).toContain("其他读者预约");
      // soonest due first
      const due = loans.map((l) => l.dueOn);
      expect([...due].sort()).toEqual(due);
      expect((await myLoans({ db }, other)).loans).toEqual([]);
    });

    it("renews a loan once, then refuses; refuses overdue and reserved loans with the reason", async () => {
      const { loans } = await myLoans({ db }, citizen);
      const hlm = loans.find((l) => l.title === "红楼梦")!;
      const renewed = await renewLoan({ db }, citizen, hlm.id);
      expect(renewed.renewals).toBe(1);
      expect(renewed.dueOn > hlm.dueOn).toBe(true);
      const again = await rejection(renewLoan({ db }, citizen, hlm.id));
      expect(again).toMatchObject({ code: "CONFLICT", message: `每本书最多续借1次，这本书已续借过，请在${renewed.dueOn}前归还` });
      const overdue = loans.find((l) => l.title === "三体")!;
      expect((await rejection(renewLoan({ db }, citizen, overdue.id))).message).toContain("已超过应还日期");
      const reserved = loans.find((l) => l.title === "乡土中国")!;
      expect((await rejection(renewLoan({ db }, citizen, reserved.id))).message).toContain("其他读者预约");
      const [row] = await db
        .select({ renewals: cultureLoan.renewals, dueOn: cultureLoan.dueOn })
        .from(cultureLoan)
        .where(eq(cultureLoan.id, reserved.id));
      expect(row).toEqual({ renewals: 0, dueOn: reserved.dueOn });
    });

    it("does not let one reader renew another's loan", async () => {
      const { loans } = await myLoans({ db }, citizen);
      expect((await rejection(renewLoan({ db }, other, loans[0]!.id))).code).toBe("NOT_FOUND");
    });

    it("lets only one of two simultaneous renewals through", async () => {
      const [book] = await db.select({ id: cultureBook.id }).from(cultureBook).where(eq(cultureBook.title, "围城"));
      const today = shanghaiDate(new Date());
      const [loan] = await db
        .insert(cultureLoan)
        .values({ bookId: book!.id, userId: citizen.id, branch: "南通市图书馆总馆", borrowedOn: today, dueOn: today, renewals: 0 })
        .returning({ id: cultureLoan.id });
      const results = await Promise.allSettled([
        renewLoan({ db }, citizen, loan!.id),
        renewLoan({ db }, citizen, loan!.id),
        renewLoan({ db }, citizen, loan!.id),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [row] = await db
        .select({ renewals: cultureLoan.renewals })
        .from(cultureLoan)
        .where(and(eq(cultureLoan.id, loan!.id)));
      expect(row?.renewals).toBe(1);
    });

    it("shows a book with its availability and waiting holds", async () => {
      const [xiangtu] = await db.select({ id: cultureBook.id }).from(cultureBook).where(eq(cultureBook.title, "乡土中国"));
      const book = await getBook(db, xiangtu!.id);
      expect(book.waitingReservations).toBe(1);
      expect(book.available).toBe(book.copies - 1);
    });
  });

  describe("文化活动与创新空间（目录）", () => {
    it("lists upcoming events by day with capacity, and the spaces with their slot settings", async () => {
      const events = await listCultureEvents(db);
      expect(events.length).toBeGreaterThanOrEqual(10);
      expect(events.every((e) => e.capacity > 0 && e.endsAt >= new Date(Date.now() - 60_000))).toBe(true);
      const days = groupEventsByDay(events);
      expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
      expect((await getCultureEvent(db, events[0]!.id)).description.length).toBeGreaterThan(5);
      const spaces = await listCultureSpaces(db);
      const fablab = spaces.find((s) => s.kind === "fablab")!;
      expect(fablab).toMatchObject({ kindName: "Fab Lab 数字制造实验室" });
      expect(fablab.capacityPerSlot).toBeGreaterThan(0);
    });
  });
});
