import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import {
  accountUser,
  economyJobApplication,
  economyJobFair,
  economyJobPosting,
  economyResume,
  type ResumeSnapshot,
} from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/parse-input";
import { snapshotCache } from "@/server/lib/snapshot";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { shanghaiDate } from "@/server/lib/working-days";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { ZJobQuery, ZResume, type TResume, type TResumeInput } from "./validation";

/**
 * 乐业南通: job postings and fairs, the citizen's résumé (prefilled from the account) and
 * applications — at most one per posting and person (a unique index; a repeat returns the first).
 */

export const jobPostingUrl = (id: number) => `/economy/jobs/${id}`;
export const jobFairUrl = (id: number) => `/economy/jobs/fairs/${id}`;
export const JOB_NOT_FOUND = "找不到该职位";

const postingColumns = {
  id: economyJobPosting.id,
  code: economyJobPosting.code,
  title: economyJobPosting.title,
  employer: economyJobPosting.employer,
  industryCode: economyJobPosting.industryCode,
  district: economyJobPosting.district,
  address: economyJobPosting.address,
  salaryMinFen: economyJobPosting.salaryMinFen,
  salaryMaxFen: economyJobPosting.salaryMaxFen,
  education: economyJobPosting.education,
  experience: economyJobPosting.experience,
  headcount: economyJobPosting.headcount,
  benefits: economyJobPosting.benefits,
  publishedOn: economyJobPosting.publishedOn,
  closesOn: economyJobPosting.closesOn,
  status: economyJobPosting.status,
  fairId: economyJobPosting.fairId,
};
type PostingRow = {
  id: number;
  code: string;
  title: string;
  employer: string;
  industryCode: string;
  district: string;
  address: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  education: string;
  experience: string;
  headcount: number;
  benefits: string[];
  publishedOn: string;
  closesOn: string;
  status: string;
  fairId: number | null;
};

/** Whether a posting takes applications on `today` ("YYYY-MM-DD"). */
export function postingOpen(p: { status: string; closesOn: string }, today: string): boolean {
  return p.status === "open" && p.closesOn >= today;
}

/** "6000–9000元/月" from fen. */
export function salaryText(minFen: number, maxFen: number): string {
  const yuan = (f: number) => Math.round(f / 100);
  return minFen === maxFen ? `${yuan(minFen)}元/月` : `${yuan(minFen)}–${yuan(maxFen)}元/月`;
}

const postings = snapshotCache<{ rows: PostingRow[]; index: SearchIndex<PostingRow> }>({
  stamp: async (db) => {
    const [r] = await db
      .select({
        n: count(),
        open: sql<number>`count(*) filter (where ${economyJobPosting.status} = 'open')::int`,
        max: sql<number>`max(${economyJobPosting.id})`,
      })
      .from(economyJobPosting);
    return `${r?.n}:${r?.open}:${r?.max}`;
  },
  load: async (db) => {
    const rows = await db
      .select(postingColumns)
      .from(economyJobPosting)
      .orderBy(desc(economyJobPosting.publishedOn), desc(economyJobPosting.id));
    return {
      rows,
      index: buildSearchIndex(
        rows.map((r) => ({ payload: r, title: r.title, names: [r.title], keywords: [r.employer.replace(/（示例）$/, ""), r.district] })),
      ),
    };
  },
});

/** Open postings (not closed, not past their closing date), newest first or ranked by a search. */
export async function listJobPostings(
  db: DB,
  raw: { q?: string; district?: string; fairId?: number; page?: number; pageSize?: number } = {},
  now = new Date(),
) {
  const query = parseInput(ZJobQuery, raw);
  const today = shanghaiDate(now);
  const { rows, index } = await postings.get(db);
  const keep = (r: PostingRow) =>
    postingOpen(r, today) && (!query.district || r.district === query.district) && (!query.fairId || r.fairId === query.fairId);
  const hits = query.q ? searchIndex(index, query.q, { limit: rows.length, filter: keep }).map((h) => h.payload) : rows.filter(keep);
  const start = (query.page - 1) * query.pageSize;
  return {
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.slice(start, start + query.pageSize).map((r) => ({ ...r, salaryText: salaryText(r.salaryMinFen, r.salaryMaxFen) })),
  };
}

/** One posting with its description and requirements; closed ones still show (marked not open). */
export async function getJobPosting(db: DB, id: number, now = new Date()) {
  const [row] = await db
    .select({
      ...postingColumns,
      description: economyJobPosting.description,
      requirements: economyJobPosting.requirements,
      fairTitle: economyJobFair.title,
    })
    .from(economyJobPosting)
    .leftJoin(economyJobFair, eq(economyJobFair.id, economyJobPosting.fairId))
    .where(eq(economyJobPosting.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", JOB_NOT_FOUND);
  return { ...row, salaryText: salaryText(row.salaryMinFen, row.salaryMaxFen), open: postingOpen(row, shanghaiDate(now)) };
}

const fairColumns = {
  id: economyJobFair.id,
  code: economyJobFair.code,
  title: economyJobFair.title,
  kind: economyJobFair.kind,
  venue: economyJobFair.venue,
  district: economyJobFair.district,
  startsAt: economyJobFair.startsAt,
  endsAt: economyJobFair.endsAt,
  organiser: economyJobFair.organiser,
  description: economyJobFair.description,
  boothCount: economyJobFair.boothCount,
};

/** Job fairs: upcoming and running ones first (soonest first), then past ones (latest first). */
export async function listJobFairs(db: DB, now = new Date()) {
  const rows = await db.select(fairColumns).from(economyJobFair).orderBy(asc(economyJobFair.startsAt));
  const upcoming = rows.filter((f) => f.endsAt >= now);
  const past = rows.filter((f) => f.endsAt < now).reverse();
  return { upcoming, past };
}

export async function getJobFair(db: DB, id: number, now = new Date()) {
  const [fair] = await db.select(fairColumns).from(economyJobFair).where(eq(economyJobFair.id, id)).limit(1);
  if (!fair) throw new AppError("NOT_FOUND", "找不到该招聘会");
  const list = await listJobPostings(db, { fairId: id, pageSize: 50 }, now);
  return { ...fair, ended: fair.endsAt < now, postings: list.items };
}

// ——— résumé and applications ———

function requireJobSeeker(user: SessionUser) {
  if (user.role !== "citizen") throw new AppError("FORBIDDEN", "简历和求职投递请使用个人账号");
}

/**
 * The citizen's résumé for editing: the saved one, or a draft from the account (the verified real
 * name, else empty; the phone number).
 */
export async function getResumeForEditing(
  ctx: ServiceCtx,
  user: SessionUser,
): Promise<{ saved: boolean; resume: Partial<TResume> & { fullName: string; phone: string } }> {
  requireJobSeeker(user);
  const [row] = await ctx.db
    .select({
      fullName: economyResume.fullName,
      phone: economyResume.phone,
      education: economyResume.education,
      major: economyResume.major,
      experienceYears: economyResume.experienceYears,
      intendedPosition: economyResume.intendedPosition,
      intendedDistrict: economyResume.intendedDistrict,
      skills: economyResume.skills,
      selfIntro: economyResume.selfIntro,
      workHistory: economyResume.workHistory,
    })
    .from(economyResume)
    .where(eq(economyResume.userId, user.id))
    .limit(1);
  if (row) {
    const resume = ZResume.parse({ ...row, major: row.major ?? undefined, intendedDistrict: row.intendedDistrict ?? undefined });
    return { saved: true, resume };
  }
  const [account] = await ctx.db
    .select({ phone: accountUser.phone, realName: accountUser.realName, verifiedAt: accountUser.realNameVerifiedAt })
    .from(accountUser)
    .where(eq(accountUser.id, user.id))
    .limit(1);
  if (!account) throw new AppError("UNAUTHORIZED", "请先登录");
  return {
    saved: false,
    resume: { fullName: account.verifiedAt && account.realName ? account.realName : "", phone: account.phone, workHistory: [] },
  };
}

/** Saves (creates or replaces) the citizen's résumé. */
export async function saveResume(ctx: ServiceCtx, user: SessionUser, raw: TResumeInput, now = new Date()): Promise<TResume> {
  requireJobSeeker(user);
  const r = parseInput(ZResume, raw);
  const values = {
    fullName: r.fullName,
    phone: r.phone,
    education: r.education,
    major: r.major ?? null,
    experienceYears: r.experienceYears,
    intendedPosition: r.intendedPosition,
    intendedDistrict: r.intendedDistrict ?? null,
    skills: r.skills,
    selfIntro: r.selfIntro,
    workHistory: r.workHistory,
    updatedAt: now,
  };
  await ctx.db
    .insert(economyResume)
    .values({ userId: user.id, ...values })
    .onConflictDoUpdate({ target: economyResume.userId, set: values });
  return r;
}

/**
 * Applies to a posting with the saved résumé (a copy is kept with the application, so later edits
 * do not change what the employer received). Once per posting and person: a repeat — even a
 * concurrent one — returns the first application with `created: false`.
 */
export async function applyToJob(ctx: ServiceCtx, user: SessionUser, postingId: number, now = new Date()) {
  requireJobSeeker(user);
  const { db } = ctx;
  const posting = await getJobPosting(db, postingId, now);
  const existing = async () => {
    const [row] = await db
      .select({ id: economyJobApplication.id, createdAt: economyJobApplication.createdAt })
      .from(economyJobApplication)
      .where(and(eq(economyJobApplication.postingId, postingId), eq(economyJobApplication.userId, user.id)))
      .limit(1);
    return row;
  };
  const prior = await existing();
  if (prior) return { id: prior.id, created: false, appliedAt: prior.createdAt };
  if (!posting.open) throw new AppError("CONFLICT", "该职位已停止招聘，不能再投递");
  const { saved, resume } = await getResumeForEditing(ctx, user);
  if (!saved) throw new AppError("BAD_REQUEST", "请先填写并保存简历，再投递职位");
  const snapshot: ResumeSnapshot = {
    fullName: resume.fullName,
    phone: resume.phone,
    education: resume.education ?? "",
    major: resume.major ?? null,
    experienceYears: resume.experienceYears ?? 0,
    intendedPosition: resume.intendedPosition ?? "",
    skills: resume.skills ?? "",
    selfIntro: resume.selfIntro ?? "",
    workHistory: resume.workHistory ?? [],
  };
  const [row] = await db
    .insert(economyJobApplication)
    .values({ postingId, userId: user.id, resume: snapshot, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: [economyJobApplication.postingId, economyJobApplication.userId] })
    .returning({ id: economyJobApplication.id, createdAt: economyJobApplication.createdAt });
  if (row) return { id: row.id, created: true, appliedAt: row.createdAt };
  const winner = await existing();
  if (!winner) throw new AppError("INTERNAL", "投递未成功，请稍后重试");
  return { id: winner.id, created: false, appliedAt: winner.createdAt };
}

export const JOB_APPLICATION_STATUSES = { submitted: "已投递", viewed: "企业已查看", interview: "邀请面试", rejected: "不合适" } as const;

/** The citizen's applications, newest first. */
export async function listMyJobApplications(ctx: ServiceCtx, user: SessionUser) {
  requireJobSeeker(user);
  const rows = await ctx.db
    .select({
      id: economyJobApplication.id,
      postingId: economyJobApplication.postingId,
      title: economyJobPosting.title,
      employer: economyJobPosting.employer,
      status: economyJobApplication.status,
      createdAt: economyJobApplication.createdAt,
    })
    .from(economyJobApplication)
    .innerJoin(economyJobPosting, eq(economyJobPosting.id, economyJobApplication.postingId))
    .where(eq(economyJobApplication.userId, user.id))
    .orderBy(desc(economyJobApplication.createdAt), desc(economyJobApplication.id))
    .limit(100);
  return rows.map((r) => ({ ...r, statusName: JOB_APPLICATION_STATUSES[r.status as keyof typeof JOB_APPLICATION_STATUSES] ?? r.status }));
}

/** Search documents for the global search: open postings and job fairs. */
export async function jobSearchDocuments(db: DB, now = new Date()): Promise<SearchDocument[]> {
  const today = shanghaiDate(now);
  const { rows } = await postings.get(db);
  const fairs = await db.select(fairColumns).from(economyJobFair);
  return [
    ...rows
      .filter((r) => postingOpen(r, today))
      .map((r) => ({
        kind: "economy.job",
        id: String(r.id),
        title: `${r.title}（${r.employer}）`,
        url: jobPostingUrl(r.id),
        body: excerpt(`${r.district} · ${salaryText(r.salaryMinFen, r.salaryMaxFen)} · ${r.education} · ${r.experience}`),
        keywords: [r.employer, r.district, "招聘", "乐业南通"],
        date: r.publishedOn,
      })),
    ...fairs.map((f) => ({
      kind: "economy.jobFair",
      id: String(f.id),
      title: f.title,
      url: jobFairUrl(f.id),
      body: excerpt(f.description),
      keywords: [f.venue, f.district, "招聘会", "乐业南通"],
      date: shanghaiDate(f.startsAt),
    })),
  ];
}
