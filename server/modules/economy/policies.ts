import { count, desc, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, economyEnterpriseProfile, economyPolicy } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { snapshotCache } from "@/server/lib/snapshot";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { shanghaiDate } from "@/server/lib/working-days";
import { hasPermission } from "@/server/auth/roles";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { judgePolicy, type Criterion } from "./policy-match";
import { industryLabel, type EnterpriseSize } from "./reference";
import { ZEnterpriseProfile, ZPolicyListQuery, type TEnterpriseProfile, type TEnterpriseProfileInput } from "./validation";
import { parseInput } from "@/server/lib/parse-input";

/**
 * 惠企政策: the policy library, an enterprise's profile (企业画像) and matching. Matching reads the
 * policies from a per-instance snapshot (a few dozen rows) and evaluates each policy's structured
 * eligibility with policy-match.ts; every match says which criteria it met, every non-match why not.
 */

export const POLICY_NOT_FOUND = "找不到该政策";
export const policyUrl = (id: number) => `/economy/policies/${id}`;

export type PolicySummary = {
  id: number;
  code: string;
  title: string;
  docNumber: string | null;
  issuer: string;
  issuedOn: string;
  validUntil: string | null;
  summary: string;
  benefit: string;
  maxAwardFen: number | null;
  keywords: string[];
  sample: boolean;
};
type PolicyRow = PolicySummary & { eligibility: typeof economyPolicy.$inferSelect.eligibility };

const summaryColumns = {
  id: economyPolicy.id,
  code: economyPolicy.code,
  title: economyPolicy.title,
  docNumber: economyPolicy.docNumber,
  issuer: economyPolicy.issuer,
  issuedOn: economyPolicy.issuedOn,
  validUntil: economyPolicy.validUntil,
  summary: economyPolicy.summary,
  benefit: economyPolicy.benefit,
  maxAwardFen: economyPolicy.maxAwardFen,
  keywords: economyPolicy.keywords,
  sample: economyPolicy.sample,
};

const policies = snapshotCache<{ rows: PolicyRow[]; index: SearchIndex<PolicyRow> }>({
  stamp: async (db) => {
    const [r] = await db.select({ n: count(), at: sql<string>`max(${economyPolicy.updatedAt})::text` }).from(economyPolicy);
    return `${r?.n ?? 0}@${r?.at ?? ""}`;
  },
  load: async (db) => {
    const rows = await db
      .select({ ...summaryColumns, eligibility: economyPolicy.eligibility })
      .from(economyPolicy)
      .orderBy(desc(economyPolicy.issuedOn), desc(economyPolicy.id));
    const index = buildSearchIndex(
      rows.map((r) => ({
        payload: r,
        title: r.title,
        names: [r.title],
        keywords: [...r.keywords, r.issuer],
        summary: `${r.summary} ${r.benefit}`,
      })),
    );
    return { rows, index };
  },
});

/** Drops the policy snapshot of this instance (after seeding or an edit). */
export function invalidatePolicies(db: DB): void {
  policies.invalidate(db);
}

function toSummary({ eligibility: _e, ...r }: PolicyRow): PolicySummary {
  return r;
}

/** Whether a policy is still in force on `today`. */
export function policyInForce(p: { validUntil: string | null }, today: string): boolean {
  return p.validUntil === null || p.validUntil >= today;
}

/** The policy library, newest first, or ranked by a search (Chinese, pinyin, initials). */
export async function listPolicies(db: DB, raw: { q?: string; page?: number; pageSize?: number } = {}, now = new Date()) {
  const query = parseInput(ZPolicyListQuery, raw);
  const { rows, index } = await policies.get(db);
  const hits = query.q ? searchIndex(index, query.q, { limit: rows.length }).map((h) => h.payload) : rows;
  const today = shanghaiDate(now);
  const start = (query.page - 1) * query.pageSize;
  return {
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.slice(start, start + query.pageSize).map((r) => ({ ...toSummary(r), inForce: policyInForce(r, today) })),
  };
}

/** One policy with its full text and its eligibility as readable criteria labels. */
export async function getPolicy(db: DB, id: number, now = new Date()) {
  const [row] = await db
    .select({ ...summaryColumns, body: economyPolicy.body, eligibility: economyPolicy.eligibility })
    .from(economyPolicy)
    .where(eq(economyPolicy.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", POLICY_NOT_FOUND);
  // The labels of the criteria do not depend on the enterprise: evaluate against a neutral profile.
  const neutral = { industryCode: "", size: "micro" as EnterpriseSize, district: "", foundedOn: shanghaiDate(now), flags: [] };
  const conditions = judgePolicy(row.eligibility, neutral, shanghaiDate(now)).criteria.map((c) => c.label);
  return { ...row, conditions, inForce: policyInForce(row, shanghaiDate(now)) };
}

// ——— 企业画像 ———

function requireEnterprise(user: SessionUser) {
  if (!hasPermission(user.role, "enterprise.act")) throw new AppError("FORBIDDEN", "只有企业账号可以使用企业画像，请用企业账号登录");
}

export type EnterpriseProfile = TEnterpriseProfile & {
  enterpriseName: string | null;
  enterpriseUscc: string | null;
  industryLabel: string;
  updatedAt: Date;
};

/** The signed-in enterprise's profile, or null when it has not filled one in yet. */
export async function getEnterpriseProfile(ctx: ServiceCtx, user: SessionUser): Promise<EnterpriseProfile | null> {
  requireEnterprise(user);
  const [row] = await ctx.db
    .select({
      industryCode: economyEnterpriseProfile.industryCode,
      size: economyEnterpriseProfile.size,
      district: economyEnterpriseProfile.district,
      foundedOn: economyEnterpriseProfile.foundedOn,
      flags: economyEnterpriseProfile.flags,
      employees: economyEnterpriseProfile.employees,
      updatedAt: economyEnterpriseProfile.updatedAt,
      enterpriseName: accountUser.enterpriseName,
      enterpriseUscc: accountUser.enterpriseUscc,
    })
    .from(economyEnterpriseProfile)
    .innerJoin(accountUser, eq(accountUser.id, economyEnterpriseProfile.userId))
    .where(eq(economyEnterpriseProfile.userId, user.id))
    .limit(1);
  if (!row) return null;
  // Stored rows were validated on save; parse again so the type is the schema's (and old rows that
  // no longer fit a changed list fail loudly rather than silently).
  const profile = ZEnterpriseProfile.parse({ ...row, employees: row.employees ?? undefined });
  return {
    ...profile,
    enterpriseName: row.enterpriseName,
    enterpriseUscc: row.enterpriseUscc,
    industryLabel: industryLabel(profile.industryCode),
    updatedAt: row.updatedAt,
  };
}

function checkFoundedOn(profile: TEnterpriseProfile, now: Date) {
  if (profile.foundedOn > shanghaiDate(now))
    throw new AppError("BAD_REQUEST", "成立日期不能晚于今天", { foundedOn: ["成立日期不能晚于今天"] });
}

/** Creates or replaces the enterprise's profile. */
export async function saveEnterpriseProfile(ctx: ServiceCtx, user: SessionUser, raw: TEnterpriseProfileInput, now = new Date()) {
  requireEnterprise(user);
  const p = parseInput(ZEnterpriseProfile, raw);
  checkFoundedOn(p, now);
  const values = {
    industryCode: p.industryCode,
    size: p.size,
    district: p.district,
    foundedOn: p.foundedOn,
    flags: p.flags,
    employees: p.employees ?? null,
    updatedAt: now,
  };
  await ctx.db
    .insert(economyEnterpriseProfile)
    .values({ userId: user.id, ...values })
    .onConflictDoUpdate({ target: economyEnterpriseProfile.userId, set: values });
  return p;
}

// ——— matching ———

export type PolicyMatch = { policy: PolicySummary; met: Criterion[]; unmet: Criterion[] };
export type MatchResult = { today: string; matched: PolicyMatch[]; unmatched: PolicyMatch[] };

/**
 * The policies in force that fit a profile (saved or answered in the questionnaire): each with the
 * criteria it met, the most specific first (more criteria met), then the newest. With
 * `includeUnmatched`, the others too, each with the criteria it did not meet.
 */
export async function matchPolicies(
  db: DB,
  raw: TEnterpriseProfileInput,
  opts: { now?: Date; includeUnmatched?: boolean } = {},
): Promise<MatchResult> {
  const now = opts.now ?? new Date();
  const profile = parseInput(ZEnterpriseProfile, raw);
  checkFoundedOn(profile, now);
  const today = shanghaiDate(now);
  const { rows } = await policies.get(db);
  const matched: PolicyMatch[] = [];
  const unmatched: PolicyMatch[] = [];
  for (const row of rows) {
    if (!policyInForce(row, today)) continue;
    const verdict = judgePolicy(row.eligibility, profile, today);
    const m = { policy: toSummary(row), met: verdict.met, unmet: verdict.unmet };
    if (verdict.matched) matched.push(m);
    else if (opts.includeUnmatched) unmatched.push(m);
  }
  // rows are newest first; a stable sort keeps that order within the same number of criteria
  matched.sort((a, b) => b.met.length - a.met.length);
  unmatched.sort((a, b) => a.unmet.length - b.unmet.length);
  return { today, matched, unmatched };
}

/** Matching for the signed-in enterprise's saved profile; NOT_FOUND when it has none yet. */
export async function matchMyPolicies(ctx: ServiceCtx, user: SessionUser, opts: { now?: Date; includeUnmatched?: boolean } = {}) {
  const profile = await getEnterpriseProfile(ctx, user);
  if (!profile) throw new AppError("NOT_FOUND", "贵企业还没有填写企业画像：请先填写画像，或回答几个问题查看适用政策");
  return { profile, ...(await matchPolicies(ctx.db, profile, opts)) };
}

/** Search documents for the global search: every policy. */
export async function policySearchDocuments(db: DB): Promise<SearchDocument[]> {
  const rows = await db
    .select({
      id: economyPolicy.id,
      title: economyPolicy.title,
      summary: economyPolicy.summary,
      benefit: economyPolicy.benefit,
      issuer: economyPolicy.issuer,
      keywords: economyPolicy.keywords,
      issuedOn: economyPolicy.issuedOn,
    })
    .from(economyPolicy)
    .orderBy(desc(economyPolicy.issuedOn));
  return rows.map((r) => ({
    kind: "economy.policy",
    id: String(r.id),
    title: r.title,
    url: policyUrl(r.id),
    body: excerpt(`${r.summary} ${r.benefit}`),
    keywords: [...r.keywords, r.issuer, "惠企政策"],
    date: r.issuedOn,
  }));
}
