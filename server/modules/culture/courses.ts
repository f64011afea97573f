import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { DB } from "@/server/db";
import { cultureChapterProgress, cultureCourse, cultureCourseChapter, cultureCourseEnrollment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/parse-input";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";

/**
 * 学在南通: lifelong-learning courses with chapters, and each learner's progress — chapters marked
 * done (idempotent) and the course percent, completed chapters ÷ chapters, rounded down so 100 %
 * means every chapter is done.
 */

export const courseUrl = (id: number) => `/culture/courses/${id}`;
export const COURSE_NOT_FOUND = "找不到该课程";

/** Percent of a course done: ⌊done × 100 ÷ total⌋ (0 for a course without chapters). */
export function coursePercent(done: number, total: number): number {
  return total <= 0 ? 0 : Math.floor((Math.min(done, total) * 100) / total);
}

export const ZCourseQuery = z.object({
  category: z.string().trim().max(30).optional(),
  q: z.string().trim().max(100, "关键词不超过100字").optional(),
});

/** Chapters and minutes per course. */
async function chapterTotals(db: DB, courseIds: number[]) {
  if (!courseIds.length) return new Map<number, { chapters: number; minutes: number }>();
  const rows = await db
    .select({
      courseId: cultureCourseChapter.courseId,
      chapters: sql<number>`count(*)::int`,
      minutes: sql<number>`coalesce(sum(${cultureCourseChapter.durationMinutes}), 0)::int`,
    })
    .from(cultureCourseChapter)
    .where(inArray(cultureCourseChapter.courseId, courseIds))
    .groupBy(cultureCourseChapter.courseId);
  return new Map(rows.map((r) => [r.courseId, { chapters: r.chapters, minutes: r.minutes }]));
}

/** Published courses with their chapter count and length, optionally one category or containing a word. */
export async function listCourses(db: DB, raw: z.input<typeof ZCourseQuery> = {}) {
  const query = parseInput(ZCourseQuery, raw);
  const courses = await db
    .select({
      id: cultureCourse.id,
      code: cultureCourse.code,
      title: cultureCourse.title,
      provider: cultureCourse.provider,
      category: cultureCourse.category,
      level: cultureCourse.level,
      summary: cultureCourse.summary,
    })
    .from(cultureCourse)
    .where(and(eq(cultureCourse.published, true), query.category ? eq(cultureCourse.category, query.category) : undefined))
    .orderBy(asc(cultureCourse.id));
  const sizes = await chapterTotals(
    db,
    courses.map((c) => c.id),
  );
  const rows = courses.map((c) => ({ ...c, chapters: sizes.get(c.id)?.chapters ?? 0, minutes: sizes.get(c.id)?.minutes ?? 0 }));
  const q = query.q?.toLowerCase();
  return q ? rows.filter((r) => `${r.title}${r.summary}${r.provider}`.toLowerCase().includes(q)) : rows;
}

async function progressOf(db: DB, userId: string, courseIds: number[]) {
  if (!courseIds.length) return new Map<number, Set<number>>();
  const rows = await db
    .select({ courseId: cultureChapterProgress.courseId, chapterId: cultureChapterProgress.chapterId })
    .from(cultureChapterProgress)
    .where(and(eq(cultureChapterProgress.userId, userId), inArray(cultureChapterProgress.courseId, courseIds)));
  const out = new Map<number, Set<number>>();
  for (const r of rows) {
    const set = out.get(r.courseId) ?? new Set<number>();
    set.add(r.chapterId);
    out.set(r.courseId, set);
  }
  return out;
}

/** A course with its chapters; for a signed-in learner, which chapters are done and the percent. */
export async function getCourse(db: DB, id: number, user: SessionUser | null) {
  const [course] = await db
    .select({
      id: cultureCourse.id,
      code: cultureCourse.code,
      title: cultureCourse.title,
      provider: cultureCourse.provider,
      category: cultureCourse.category,
      level: cultureCourse.level,
      summary: cultureCourse.summary,
      description: cultureCourse.description,
    })
    .from(cultureCourse)
    .where(and(eq(cultureCourse.id, id), eq(cultureCourse.published, true)))
    .limit(1);
  if (!course) throw new AppError("NOT_FOUND", COURSE_NOT_FOUND);
  const chapters = await db
    .select({
      id: cultureCourseChapter.id,
      position: cultureCourseChapter.position,
      title: cultureCourseChapter.title,
      durationMinutes: cultureCourseChapter.durationMinutes,
    })
    .from(cultureCourseChapter)
    .where(eq(cultureCourseChapter.courseId, id))
    .orderBy(asc(cultureCourseChapter.position));
  const done = user ? ((await progressOf(db, user.id, [id])).get(id) ?? new Set<number>()) : new Set<number>();
  const completed = chapters.filter((c) => done.has(c.id)).length;
  return {
    ...course,
    chapters: chapters.map((c) => ({ ...c, completed: done.has(c.id) })),
    progress: user ? { completed, total: chapters.length, percent: coursePercent(completed, chapters.length) } : null,
    nextChapterId: user ? (chapters.find((c) => !done.has(c.id))?.id ?? null) : (chapters[0]?.id ?? null),
  };
}

/** One chapter to study (its text), with the previous and next chapter of the course. */
export async function getChapter(db: DB, chapterId: number) {
  const [chapter] = await db
    .select({
      id: cultureCourseChapter.id,
      courseId: cultureCourseChapter.courseId,
      courseTitle: cultureCourse.title,
      position: cultureCourseChapter.position,
      title: cultureCourseChapter.title,
      durationMinutes: cultureCourseChapter.durationMinutes,
      content: cultureCourseChapter.content,
    })
    .from(cultureCourseChapter)
    .innerJoin(cultureCourse, eq(cultureCourse.id, cultureCourseChapter.courseId))
    .where(and(eq(cultureCourseChapter.id, chapterId), eq(cultureCourse.published, true)))
    .limit(1);
  if (!chapter) throw new AppError("NOT_FOUND", "找不到该章节");
  const siblings = await db
    .select({ id: cultureCourseChapter.id, position: cultureCourseChapter.position })
    .from(cultureCourseChapter)
    .where(eq(cultureCourseChapter.courseId, chapter.courseId))
    .orderBy(asc(cultureCourseChapter.position));
  const at = siblings.findIndex((s) => s.id === chapterId);
  return { ...chapter, previousId: siblings[at - 1]?.id ?? null, nextId: siblings[at + 1]?.id ?? null, total: siblings.length };
}

/**
 * Marks a chapter done (or not done) for the learner and returns the course's progress. Marking
 * twice changes nothing; the learner is enrolled in the course on the way.
 */
export async function setChapterCompleted(ctx: ServiceCtx, user: SessionUser, chapterId: number, completed: boolean, now = new Date()) {
  const { db } = ctx;
  const [chapter] = await db
    .select({ courseId: cultureCourseChapter.courseId })
    .from(cultureCourseChapter)
    .innerJoin(cultureCourse, eq(cultureCourse.id, cultureCourseChapter.courseId))
    .where(and(eq(cultureCourseChapter.id, chapterId), eq(cultureCourse.published, true)))
    .limit(1);
  if (!chapter) throw new AppError("NOT_FOUND", "找不到该章节");
  const courseId = chapter.courseId;
  await db.transaction(async (tx) => {
    await tx
      .insert(cultureCourseEnrollment)
      .values({ userId: user.id, courseId, enrolledAt: now, lastStudiedAt: now })
      .onConflictDoUpdate({ target: [cultureCourseEnrollment.userId, cultureCourseEnrollment.courseId], set: { lastStudiedAt: now } });
    if (completed)
      await tx
        .insert(cultureChapterProgress)
        .values({ userId: user.id, chapterId, courseId, completedAt: now })
        .onConflictDoNothing({ target: [cultureChapterProgress.userId, cultureChapterProgress.chapterId] });
    else
      await tx
        .delete(cultureChapterProgress)
        .where(and(eq(cultureChapterProgress.userId, user.id), eq(cultureChapterProgress.chapterId, chapterId)));
  });
  const total = (await chapterTotals(db, [courseId])).get(courseId)?.chapters ?? 0;
  const done = (await progressOf(db, user.id, [courseId])).get(courseId)?.size ?? 0;
  return { courseId, chapterId, completed, progress: { completed: done, total, percent: coursePercent(done, total) } };
}

/** The learner's courses, most recently studied first, with progress. */
export async function myCourses(ctx: ServiceCtx, user: SessionUser) {
  const enrolled = await ctx.db
    .select({
      courseId: cultureCourse.id,
      title: cultureCourse.title,
      provider: cultureCourse.provider,
      enrolledAt: cultureCourseEnrollment.enrolledAt,
      lastStudiedAt: cultureCourseEnrollment.lastStudiedAt,
    })
    .from(cultureCourseEnrollment)
    .innerJoin(cultureCourse, eq(cultureCourse.id, cultureCourseEnrollment.courseId))
    .where(eq(cultureCourseEnrollment.userId, user.id))
    .orderBy(desc(cultureCourseEnrollment.lastStudiedAt));
  const ids = enrolled.map((e) => e.courseId);
  const sizes = await chapterTotals(ctx.db, ids);
  const done = await progressOf(ctx.db, user.id, ids);
  const rows = enrolled.map((e) => ({ ...e, total: sizes.get(e.courseId)?.chapters ?? 0, done: done.get(e.courseId)?.size ?? 0 }));
  return rows.map((r) => ({ ...r, percent: coursePercent(r.done, r.total) }));
}

/** Search documents for the global search: every published course. */
export async function courseSearchDocuments(db: DB): Promise<SearchDocument[]> {
  const rows = await db
    .select({
      id: cultureCourse.id,
      title: cultureCourse.title,
      summary: cultureCourse.summary,
      provider: cultureCourse.provider,
      category: cultureCourse.category,
    })
    .from(cultureCourse)
    .where(eq(cultureCourse.published, true));
  return rows.map((r) => ({
    kind: "culture.course",
    id: String(r.id),
    title: r.title,
    url: courseUrl(r.id),
    body: excerpt(r.summary),
    keywords: [r.provider, r.category, "学在南通", "课程"],
  }));
}
