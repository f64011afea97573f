import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { governanceArticle } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/parse-input";
import { richTextToPlain, sanitizeRichText } from "@/server/lib/rich-text";
import { snapshotCache } from "@/server/lib/snapshot";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { hasPermission } from "@/server/auth/roles";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import {
  ARTICLE_KINDS,
  ARTICLE_STATUSES,
  ZAdminArticleQuery,
  ZArticleInput,
  ZArticleListQuery,
  type ArticleKind,
  type ArticleStatus,
  type TArticleInput,
} from "./validation";

/**
 * 政务公开: news, notices, policy documents and their interpretations. Admins write drafts and
 * publish them; the body is sanitised (server/lib/rich-text.ts) before it is stored, so what pages
 * render is always the allow-listed HTML. Every admin change is version-checked (a stale form gets
 * CONFLICT) and audited. The public sees published articles only.
 */

export const articleUrl = (id: number) => `/governance/open/${id}`;
export const ARTICLE_NOT_FOUND = "找不到该文章";
export const ARTICLE_CONFLICT = "该文章已被他人修改，请刷新后在最新版本上修改";
export const ADMIN_PAGE_SIZE = 20;

const summaryColumns = {
  id: governanceArticle.id,
  kind: governanceArticle.kind,
  title: governanceArticle.title,
  summary: governanceArticle.summary,
  docNumber: governanceArticle.docNumber,
  publisher: governanceArticle.publisher,
  interpretsId: governanceArticle.interpretsId,
  publishedAt: governanceArticle.publishedAt,
  sample: governanceArticle.sample,
};
type ArticleSummary = {
  id: number;
  kind: string;
  title: string;
  summary: string;
  docNumber: string | null;
  publisher: string;
  interpretsId: number | null;
  publishedAt: Date | null;
  sample: boolean;
};
const withKindName = <T extends { kind: string }>(a: T) => ({ ...a, kindName: ARTICLE_KINDS[a.kind as ArticleKind] ?? a.kind });

function requirePublisher(user: SessionUser) {
  if (!hasPermission(user.role, "governance.publish")) throw new AppError("FORBIDDEN", "您没有发布政务公开信息的权限");
}

// ——— public ———

const published = snapshotCache<{ rows: ArticleSummary[]; index: SearchIndex<ArticleSummary> }>({
  stamp: async (db) => {
    const [r] = await db
      .select({ n: count(), at: sql<string>`max(${governanceArticle.updatedAt})::text` })
      .from(governanceArticle)
      .where(eq(governanceArticle.status, "published"));
    return `${r?.n ?? 0}@${r?.at ?? ""}`;
  },
  load: async (db) => {
    const rows = await db
      .select(summaryColumns)
      .from(governanceArticle)
      .where(eq(governanceArticle.status, "published"))
      .orderBy(desc(governanceArticle.publishedAt), desc(governanceArticle.id));
    return {
      rows,
      index: buildSearchIndex(
        rows.map((r) => ({
          payload: r,
          title: r.title,
          names: [r.title],
          keywords: [r.publisher, ...(r.docNumber ? [r.docNumber] : [])],
          summary: r.summary,
        })),
      ),
    };
  },
});

/** Published articles, newest first, of one kind or all, optionally matching a search. */
export async function listPublishedArticles(db: DB, raw: { kind?: string; q?: string; page?: number; pageSize?: number } = {}) {
  const query = parseInput(ZArticleListQuery, raw);
  const { rows, index } = await published.get(db);
  const keep = (r: ArticleSummary) => !query.kind || r.kind === query.kind;
  const hits = query.q ? searchIndex(index, query.q, { limit: rows.length, filter: keep }).map((h) => h.payload) : rows.filter(keep);
  const start = (query.page - 1) * query.pageSize;
  return {
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.slice(start, start + query.pageSize).map(withKindName),
  };
}

/**
 * One published article with its links: a policy document lists its published interpretations; an
 * interpretation names the document it interprets. Drafts and withdrawn articles are "not found".
 */
export async function getPublishedArticle(db: DB, id: number) {
  const [row] = await db
    .select({ ...summaryColumns, bodyHtml: governanceArticle.bodyHtml, updatedAt: governanceArticle.updatedAt })
    .from(governanceArticle)
    .where(and(eq(governanceArticle.id, id), eq(governanceArticle.status, "published")))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  const interpretations =
    row.kind === "policy"
      ? await db
          .select({ id: governanceArticle.id, title: governanceArticle.title, publishedAt: governanceArticle.publishedAt })
          .from(governanceArticle)
          .where(and(eq(governanceArticle.interpretsId, id), eq(governanceArticle.status, "published")))
          .orderBy(asc(governanceArticle.publishedAt))
      : [];
  const [interprets] =
    row.interpretsId !== null
      ? await db
          .select({ id: governanceArticle.id, title: governanceArticle.title, docNumber: governanceArticle.docNumber })
          .from(governanceArticle)
          .where(and(eq(governanceArticle.id, row.interpretsId), eq(governanceArticle.status, "published")))
          .limit(1)
      : [];
  return { ...withKindName(row), interpretations, interprets: interprets ?? null };
}

/** Search documents for the global search: every published article. */
export async function articleSearchDocuments(db: DB): Promise<SearchDocument[]> {
  const { rows } = await published.get(db);
  return rows.map((r) => ({
    kind: `governance.${r.kind}`,
    id: String(r.id),
    title: r.title,
    url: articleUrl(r.id),
    body: excerpt(r.summary),
    keywords: [r.publisher, ARTICLE_KINDS[r.kind as ArticleKind] ?? r.kind, "政务公开", ...(r.docNumber ? [r.docNumber] : [])],
    date: r.publishedAt?.toISOString().slice(0, 10),
  }));
}

// ——— admin ———

const adminColumns = {
  ...summaryColumns,
  status: governanceArticle.status,
  version: governanceArticle.version,
  createdAt: governanceArticle.createdAt,
  updatedAt: governanceArticle.updatedAt,
};

/** Every article for the admin list (drafts first by default order of last change), one page. */
export async function listArticlesForAdmin(
  ctx: ServiceCtx,
  user: SessionUser,
  raw: { status?: string; kind?: string; page?: number } = {},
) {
  requirePublisher(user);
  const query = parseInput(ZAdminArticleQuery, raw);
  const where = and(
    query.status ? eq(governanceArticle.status, query.status) : undefined,
    query.kind ? eq(governanceArticle.kind, query.kind) : undefined,
  );
  const [total] = await ctx.db.select({ n: count() }).from(governanceArticle).where(where);
  const rows = await ctx.db
    .select(adminColumns)
    .from(governanceArticle)
    .where(where)
    .orderBy(desc(governanceArticle.updatedAt), desc(governanceArticle.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((query.page - 1) * ADMIN_PAGE_SIZE);
  return {
    total: total?.n ?? 0,
    page: query.page,
    pageSize: ADMIN_PAGE_SIZE,
    items: rows.map((r) => ({ ...withKindName(r), statusName: ARTICLE_STATUSES[r.status as ArticleStatus] ?? r.status })),
  };
}

/** One article in any state, for editing. */
export async function getArticleForAdmin(ctx: ServiceCtx, user: SessionUser, id: number) {
  requirePublisher(user);
  const [row] = await ctx.db
    .select({ ...adminColumns, bodyHtml: governanceArticle.bodyHtml })
    .from(governanceArticle)
    .where(eq(governanceArticle.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  return { ...withKindName(row), statusName: ARTICLE_STATUSES[row.status as ArticleStatus] ?? row.status };
}

/** The policy documents an interpretation can link to (any state: a draft interpretation may precede its document). */
export async function policyDocumentOptions(ctx: ServiceCtx, user: SessionUser) {
  requirePublisher(user);
  return ctx.db
    .select({
      id: governanceArticle.id,
      title: governanceArticle.title,
      docNumber: governanceArticle.docNumber,
      status: governanceArticle.status,
    })
    .from(governanceArticle)
    .where(eq(governanceArticle.kind, "policy"))
    .orderBy(desc(governanceArticle.updatedAt))
    .limit(200);
}

/** Validates, sanitises and checks the link of an article; returns the columns to store. */
async function prepare(db: DB, raw: TArticleInput, selfId?: number) {
  const a = parseInput(ZArticleInput, raw);
  const bodyHtml = sanitizeRichText(a.bodyHtml);
  const plain = richTextToPlain(bodyHtml);
  if (!plain)
    throw new AppError("BAD_REQUEST", "请填写正文（不安全的内容已被移除，剩下的正文为空）", {
      bodyHtml: ["请填写正文（不安全的内容已被移除，剩下的正文为空）"],
    });
  if (a.interpretsId !== undefined) {
    if (a.interpretsId === selfId) throw new AppError("BAD_REQUEST", "政策解读不能关联自己", { interpretsId: ["政策解读不能关联自己"] });
    const [doc] = await db
      .select({ kind: governanceArticle.kind })
      .from(governanceArticle)
      .where(eq(governanceArticle.id, a.interpretsId))
      .limit(1);
    if (doc?.kind !== "policy")
      throw new AppError("BAD_REQUEST", "请选择一份政策文件作为解读对象", { interpretsId: ["请选择一份政策文件作为解读对象"] });
  }
  return {
    kind: a.kind,
    title: a.title,
    summary: a.summary || excerpt(plain.replace(/\n+/g, " "), 120),
    bodyHtml,
    docNumber: a.docNumber || null,
    publisher: a.publisher,
    interpretsId: a.interpretsId ?? null,
  };
}

/** A new draft. */
export async function createArticleDraft(ctx: ServiceCtx, user: SessionUser, raw: TArticleInput, now = new Date()) {
  requirePublisher(user);
  const values = await prepare(ctx.db, raw);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(governanceArticle)
      .values({ ...values, status: "draft", createdById: user.id, updatedById: user.id, createdAt: now, updatedAt: now })
      .returning({ id: governanceArticle.id, version: governanceArticle.version });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "governance.article.create",
      outcome: "success",
      targetType: "governance_article",
      targetId: String(row!.id),
      detail: { kind: values.kind },
    });
    return { id: row!.id, version: row!.version, status: "draft" as const };
  });
}

async function changeArticle(
  ctx: ServiceCtx,
  user: SessionUser,
  id: number,
  version: number,
  set: Partial<typeof governanceArticle.$inferInsert>,
  action: string,
  now: Date,
) {
  const result = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(governanceArticle)
      .set({ ...set, updatedById: user.id, updatedAt: now, version: sql`${governanceArticle.version} + 1` })
      .where(and(eq(governanceArticle.id, id), eq(governanceArticle.version, version)))
      .returning({ version: governanceArticle.version, status: governanceArticle.status });
    if (!row) throw new AppError("CONFLICT", ARTICLE_CONFLICT);
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: `governance.article.${action}`,
      outcome: "success",
      targetType: "governance_article",
      targetId: String(id),
    });
    return row;
  });
  // this instance sees the change at once; other instances within the snapshot's TTL
  published.invalidate(ctx.db);
  return result;
}

/** Saves an edit (of a draft or of a published article, which stays published), version-checked. */
export async function updateArticle(ctx: ServiceCtx, user: SessionUser, id: number, version: number, raw: TArticleInput, now = new Date()) {
  const current = await getArticleForAdmin(ctx, user, id);
  if (current.version !== version) throw new AppError("CONFLICT", ARTICLE_CONFLICT);
  const values = await prepare(ctx.db, raw, id);
  if (current.kind === "policy" && values.kind !== "policy") {
    const [linked] = await ctx.db.select({ n: count() }).from(governanceArticle).where(eq(governanceArticle.interpretsId, id));
    if ((linked?.n ?? 0) > 0)
      throw new AppError("BAD_REQUEST", "这份政策文件已有解读，不能改为其他栏目", { kind: ["这份政策文件已有解读，不能改为其他栏目"] });
  }
  return changeArticle(ctx, user, id, version, values, "update", now);
}

/**
 * Publishes a draft or withdrawn article (the first publication sets the date). An interpretation
 * can be published only after the document it interprets.
 */
export async function publishArticle(ctx: ServiceCtx, user: SessionUser, id: number, version: number, now = new Date()) {
  const current = await getArticleForAdmin(ctx, user, id);
  if (current.version !== version) throw new AppError("CONFLICT", ARTICLE_CONFLICT);
  if (current.status === "published") throw new AppError("CONFLICT", "该文章已发布");
  if (current.interpretsId !== null) {
    const [doc] = await ctx.db
      .select({ status: governanceArticle.status })
      .from(governanceArticle)
      .where(eq(governanceArticle.id, current.interpretsId))
      .limit(1);
    if (doc?.status !== "published") throw new AppError("CONFLICT", "请先发布被解读的政策文件，再发布解读");
  }
  return changeArticle(ctx, user, id, version, { status: "published", publishedAt: current.publishedAt ?? now }, "publish", now);
}

/** Takes a published article off the public site (it can be published again). */
export async function withdrawArticle(ctx: ServiceCtx, user: SessionUser, id: number, version: number, now = new Date()) {
  const current = await getArticleForAdmin(ctx, user, id);
  if (current.version !== version) throw new AppError("CONFLICT", ARTICLE_CONFLICT);
  if (current.status !== "published") throw new AppError("CONFLICT", "只有已发布的文章可以撤回");
  return changeArticle(ctx, user, id, version, { status: "withdrawn" }, "withdraw", now);
}
