import { z } from "zod";
import { createTRPCRouter, permissionProcedure, publicProcedure } from "@/server/trpc";
import { ZId } from "@/server/lib/validation";
import { ZIdempotencyKey } from "@/server/modules/booking/validation";
import * as courses from "./courses";
import * as library from "./library";
import * as events from "./events";
import * as booking from "./booking";

const ZMatch = z.object({ field: z.enum(["title", "summary"]), start: z.number(), end: z.number() }).optional();
const ZProgress = z.object({ completed: z.number(), total: z.number(), percent: z.number() });

/** 学在南通: courses, chapters and the learner's progress. */
export const coursesRouter = createTRPCRouter({
  list: publicProcedure
    .input(courses.ZCourseQuery.default({}))
    .output(
      z.array(
        z.object({
          id: z.number(),
          code: z.string(),
          title: z.string(),
          provider: z.string(),
          category: z.string(),
          level: z.string(),
          summary: z.string(),
          chapters: z.number(),
          minutes: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) => courses.listCourses(ctx.db, input)),

  get: publicProcedure
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        code: z.string(),
        title: z.string(),
        provider: z.string(),
        category: z.string(),
        level: z.string(),
        summary: z.string(),
        description: z.string(),
        chapters: z.array(
          z.object({ id: z.number(), position: z.number(), title: z.string(), durationMinutes: z.number(), completed: z.boolean() }),
        ),
        progress: ZProgress.nullable(),
        nextChapterId: z.number().nullable(),
      }),
    )
    .query(({ ctx, input }) => courses.getCourse(ctx.db, input.id, ctx.user)),

  chapter: publicProcedure
    .input(z.object({ id: ZId }))
    .output(
      z.object({
        id: z.number(),
        courseId: z.number(),
        courseTitle: z.string(),
        position: z.number(),
        title: z.string(),
        durationMinutes: z.number(),
        content: z.string(),
        previousId: z.number().nullable(),
        nextId: z.number().nullable(),
        total: z.number(),
      }),
    )
    .query(({ ctx, input }) => courses.getChapter(ctx.db, input.id)),

  setCompleted: permissionProcedure("account.self")
    .input(z.object({ chapterId: ZId, completed: z.boolean() }))
    .output(z.object({ courseId: z.number(), chapterId: z.number(), completed: z.boolean(), progress: ZProgress }))
    .mutation(({ ctx, input }) => courses.setChapterCompleted(ctx, ctx.user, input.chapterId, input.completed)),

  mine: permissionProcedure("account.self")
    .output(
      z.array(
        z.object({
          courseId: z.number(),
          title: z.string(),
          provider: z.string(),
          enrolledAt: z.date(),
          lastStudiedAt: z.date(),
          total: z.number(),
          done: z.number(),
          percent: z.number(),
        }),
      ),
    )
    .query(({ ctx }) => courses.myCourses(ctx, ctx.user)),
});

const ZBookOut = z.object({
  id: z.number(),
  isbn: z.string(),
  title: z.string(),
  author: z.string(),
  publisher: z.string(),
  publishedYear: z.number(),
  callNumber: z.string(),
  category: z.string(),
  copies: z.number(),
  available: z.number(),
});
const ZLoanOut = z.object({
  id: z.number(),
  bookId: z.number(),
  title: z.string(),
  author: z.string(),
  callNumber: z.string(),
  branch: z.string(),
  borrowedOn: z.string(),
  dueOn: z.string(),
  renewals: z.number(),
  returnedAt: z.date().nullable(),
});

/** The library: catalogue search (pinyin too), a book, the citizen's loans (through the 市民卡) and renewal. */
export const libraryRouter = createTRPCRouter({
  search: publicProcedure
    .input(library.ZBookQuery.default({ page: 1, pageSize: 20 }))
    .output(z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(ZBookOut.extend({ match: ZMatch })) }))
    .query(({ ctx, input }) => library.searchBooks(ctx.db, input)),

  categories: publicProcedure
    .output(z.array(z.object({ category: z.string(), count: z.number() })))
    .query(({ ctx }) => library.bookCategories(ctx.db)),

  book: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZBookOut.extend({ summary: z.string(), waitingReservations: z.number() }))
    .query(({ ctx, input }) => library.getBook(ctx.db, input.id)),

  myLoans: permissionProcedure("account.self")
    .input(z.object({ history: z.boolean().default(false) }).default({ history: false }))
    .output(
      z.object({
        today: z.string(),
        loans: z.array(
          ZLoanOut.extend({
            overdue: z.boolean(),
            daysLeft: z.number(),
            canRenew: z.boolean(),
            renewBlockedBecause: z.string().nullable(),
          }),
        ),
        history: z.array(ZLoanOut),
        maxRenewals: z.number(),
        renewDays: z.number(),
      }),
    )
    .query(({ ctx, input }) => library.myLoans(ctx, ctx.user, input)),

  renew: permissionProcedure("account.self")
    .input(z.object({ loanId: ZId }))
    .output(z.object({ loanId: z.number(), dueOn: z.string(), renewals: z.number() }))
    .mutation(({ ctx, input }) => library.renewLoan(ctx, ctx.user, input.loanId)),
});

const ZAvailability = z.object({
  slotId: z.number(),
  startsAt: z.date(),
  endsAt: z.date(),
  opensAt: z.date(),
  closesAt: z.date(),
  capacity: z.number(),
  state: z.enum(["open", "full", "closed", "not_open", "withdrawn"]),
  remaining: z.number(),
});
const ZEventOut = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  category: z.string(),
  venue: z.string(),
  address: z.string(),
  district: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  capacity: z.number(),
  priceFen: z.number(),
  organiser: z.string(),
  audience: z.string().nullable(),
  registration: ZAvailability.nullable(),
});
const ZBooked = z.object({ id: z.number(), confirmationNo: z.string(), startsAt: z.date(), created: z.boolean() });
const ZSpaceOut = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  kindName: z.string(),
  address: z.string(),
  district: z.string(),
  description: z.string(),
  equipment: z.array(z.string()),
  openingHours: z.string(),
  slotMinutes: z.number(),
  capacityPerSlot: z.number(),
  rules: z.string(),
});

/** The events calendar with registration, and innovation spaces (Fab Lab) with slot booking — both through the booking module. */
export const eventsRouter = createTRPCRouter({
  list: publicProcedure
    .input(z.object({ category: z.string().trim().max(30).optional() }).default({}))
    .output(z.array(ZEventOut))
    .query(async ({ ctx, input }) => {
      const list = await events.listCultureEvents(ctx.db, input);
      const places = await booking.eventAvailability(
        ctx.db,
        list.map((e) => e.id),
      );
      return list.map((e) => ({ ...e, registration: places.get(e.id) ?? null }));
    }),

  get: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZEventOut.extend({ description: z.string() }))
    .query(async ({ ctx, input }) => {
      const e = await events.getCultureEvent(ctx.db, input.id);
      return { ...e, registration: (await booking.eventAvailability(ctx.db, [e.id])).get(e.id) ?? null };
    }),

  register: permissionProcedure("account.self")
    .input(z.object({ eventId: ZId, familyMemberId: ZId.nullish(), idempotencyKey: ZIdempotencyKey }))
    .output(ZBooked)
    .mutation(({ ctx, input }) => {
      const { eventId, ...rest } = input;
      return booking.registerForEvent(ctx, ctx.user, eventId, rest);
    }),

  spaces: publicProcedure.output(z.array(ZSpaceOut)).query(({ ctx }) => events.listCultureSpaces(ctx.db)),

  space: publicProcedure
    .input(z.object({ id: ZId }))
    .output(ZSpaceOut.extend({ days: z.array(z.object({ date: z.string(), slots: z.array(ZAvailability) })) }))
    .query(async ({ ctx, input }) => {
      const s = await events.getCultureSpace(ctx.db, input.id);
      return { ...s, days: await booking.spaceSlots(ctx.db, s.id) };
    }),

  bookSpace: permissionProcedure("account.self")
    .input(z.object({ slotId: ZId, familyMemberId: ZId.nullish(), idempotencyKey: ZIdempotencyKey }))
    .output(ZBooked)
    .mutation(({ ctx, input }) => booking.bookSpaceSlot(ctx, ctx.user, input)),

  cancel: permissionProcedure("account.self")
    .input(z.object({ kind: z.enum(["event", "space"], { error: "预约类型无效" }), bookingId: ZId }))
    .output(z.object({ id: z.number(), status: z.string() }))
    .mutation(({ ctx, input }) => booking.cancelCultureBooking(ctx, ctx.user, input.kind, input.bookingId)),

  mine: permissionProcedure("account.self")
    .output(
      z.array(
        z.object({
          id: z.number(),
          kind: z.enum(["event", "space"]),
          confirmationNo: z.string(),
          status: z.string(),
          title: z.string(),
          url: z.string(),
          startsAt: z.date(),
          endsAt: z.date(),
          canCancel: z.boolean(),
        }),
      ),
    )
    .query(({ ctx }) => booking.myCultureBookings(ctx, ctx.user)),
});

/** 智慧人文 (`culture.courses.get`, `culture.library.renew`, `culture.events.register` …). */
export const cultureRouter = createTRPCRouter({
  courses: coursesRouter,
  library: libraryRouter,
  events: eventsRouter,
});
