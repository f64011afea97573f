import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DB } from "@/server/db";
import { accountUser, hotlineCategory, hotlineKbArticle, hotlineKbProposal } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/validation";
import { hasPermission } from "@/server/auth/roles";
import { suggestByText } from "./kb-suggest";
import { buildSearchIndex, normalizeQuery, searchIndex, type SearchIndex, type SearchMatch } from "@/server/lib/text-search";
import type { SessionUser } from "@/server/modules/account/service";
import { catalogueItemLinks } from "@/server/modules/catalogue/service";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
import { type ServiceCtx } from "./service";
import { PROPOSAL_STATUSES, ZDecisionNote, ZProposal } from "./validation";

/**
 * 12345 knowledge base. Agents search it during a call (Chinese words, full pinyin, pinyin initials —
 * the same in-memory index as the catalogue search) and propose new articles or edits; admins
 * (hotline.admin) publish or reject proposals. Publishing an edit is version-checked: if the article
 * changed after the proposal was written, publishing is a CONFLICT and the admin sees both texts.
 */

export const ARTICLE_NOT_FOUND = "找不到该知识库文章";
export const PROPOSAL_STALE_MESSAGE = "该文章在此提议之后已被修改，不能直接发布。请驳回此提议，并请提议人在最新版本上重新修改。";

export type ProposalInput = z.input<typeof ZProposal>;

function requireReader(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.knowledge")) throw new AppError("FORBIDDEN", "您没有使用12345知识库的权限");
}

function requireKbAdmin(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.admin")) throw new AppError("FORBIDDEN", "您没有发布知识库文章的权限");
}

/** Keywords are stored as one string; commas (full or half width), 、 and spaces separate them. */
export function splitKeywords(s: string): string[] {
  return s
    .split(/[,，、;；\s]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

export type ArticleHit = { id: number; title: string; snippet: string; keywords: string[]; updatedAt: Date; match?: SearchMatch };
type Doc = { id: number; title: string; body: string; keywords: string[]; updatedAt: Date };
type Snapshot = { stamp: string; docs: Doc[]; index: SearchIndex<Doc> };

/**
 * Published articles with their pinyin index, per database. The knowledge base is small (hundreds
 * of articles) and changes rarely; a cheap stamp (count, newest update, highest id) decides whether
 * the index must be rebuilt, so a publish on any instance shows up in the next search.
 */
const snapshots = new WeakMap<DB, Promise<Snapshot>>();

async function kbStamp(db: DB): Promise<string> {
  const [row] = await db
    .select({ n: count(), at: sql<string>`max(${hotlineKbArticle.updatedAt})::text`, id: max(hotlineKbArticle.id) })
    .from(hotlineKbArticle)
    .where(eq(hotlineKbArticle.status, "published"));
  return `${row?.n ?? 0}@${row?.at ?? ""}#${row?.id ?? 0}`;
}

async function loadSnapshot(db: DB, stamp: string): Promise<Snapshot> {
  const rows = await db
    .select({
      id: hotlineKbArticle.id,
      title: hotlineKbArticle.title,
      body: hotlineKbArticle.body,
      keywords: hotlineKbArticle.keywords,
      updatedAt: hotlineKbArticle.updatedAt,
    })
    .from(hotlineKbArticle)
    .where(eq(hotlineKbArticle.status, "published"))
    .orderBy(desc(hotlineKbArticle.updatedAt), desc(hotlineKbArticle.id));
  const docs = rows.map((r) => ({ ...r, keywords: splitKeywords(r.keywords) }));
  const index = buildSearchIndex(
    docs.map((d) => ({ payload: d, title: d.title, names: [d.title], keywords: d.keywords, summary: d.body })),
  );
  return { stamp, docs, index };
}

async function snapshot(db: DB): Promise<Snapshot> {
  const stamp = await kbStamp(db);
  const current = snapshots.get(db);
  if (current) {
    const s = await current.catch(() => null);
    if (s && s.stamp === stamp) return s;
  }
  const p = loadSnapshot(db, stamp);
  snapshots.set(db, p);
  p.catch(() => snapshots.delete(db));
  return p;
}

function snippetOf(body: string, match?: SearchMatch): string {
  const flat = body.replace(/\s+/g, " ");
  if (match?.field === "summary") {
    const start = Math.max(0, match.start - 30);
    return `${start > 0 ? "…" : ""}${flat.slice(start, start + 120)}${start + 120 < flat.length ? "…" : ""}`;
  }
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/** Search published articles; an empty query lists the most recently updated ones. */
export async function searchArticles(ctx: ServiceCtx, user: SessionUser, rawQuery: string, opts: { limit?: number } = {}) {
  requireReader(user);
  const q = normalizeQuery(rawQuery ?? "");
  const limit = Math.min(opts.limit ?? 20, 50);
  const snap = await snapshot(ctx.db);
  const hits: { payload: Doc; match?: SearchMatch }[] = q
    ? searchIndex(snap.index, q, { limit })
    : snap.docs.slice(0, limit).map((payload) => ({ payload, match: undefined }));
  // A sentence as the caller said it (the call page searches as the agent types the description) rarely
  // matches word for word: articles whose keywords occur in the text follow the word matches.
  if (q && hits.length < limit) {
    const found = new Set(hits.map((h) => h.payload.id));
    for (const d of suggestByText(snap.docs, q, limit)) {
      if (hits.length >= limit) break;
      if (!found.has(d.id)) hits.push({ payload: d, match: undefined });
    }
  }
  return {
    query: q,
    total: snap.docs.length,
    items: hits.map(({ payload: d, match }): ArticleHit => ({
      id: d.id,
      title: d.title,
      snippet: snippetOf(d.body, match),
      keywords: d.keywords,
      updatedAt: d.updatedAt,
      ...(match?.field === "title" ? { match } : {}),
    })),
  };
}

/** A published article (admins also see archived ones) with its linked 一网通办 items. */
export async function getArticle(ctx: ServiceCtx, user: SessionUser, id: number) {
  requireReader(user);
  const { db } = ctx;
  const [a] = await db
    .select({
      id: hotlineKbArticle.id,
      title: hotlineKbArticle.title,
      body: hotlineKbArticle.body,
      keywords: hotlineKbArticle.keywords,
      catalogueItemIds: hotlineKbArticle.catalogueItemIds,
      categoryId: hotlineKbArticle.categoryId,
      categoryName: hotlineCategory.name,
      status: hotlineKbArticle.status,
      version: hotlineKbArticle.version,
      createdAt: hotlineKbArticle.createdAt,
      updatedAt: hotlineKbArticle.updatedAt,
    })
    .from(hotlineKbArticle)
    .leftJoin(hotlineCategory, eq(hotlineCategory.id, hotlineKbArticle.categoryId))
    .where(eq(hotlineKbArticle.id, id))
    .limit(1);
  if (!a || (a.status !== "published" && !hasPermission(user.role, "hotline.admin"))) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  const [links, [pending]] = await Promise.all([
    catalogueItemLinks(db, a.catalogueItemIds),
    db
      .select({ n: count() })
      .from(hotlineKbProposal)
      .where(and(eq(hotlineKbProposal.articleId, id), eq(hotlineKbProposal.status, "pending"))),
  ]);
  return { ...a, keywordList: splitKeywords(a.keywords), catalogueItems: links, pendingProposals: Number(pending?.n ?? 0) };
}

/** Lines of an article meant for agents only (how to answer the caller): left out of what citizens read. */
const AGENT_ONLY_LINE = /^\s*答复要点[:：]/;

/** An article's text as citizens read it: the agent-only 答复要点 lines removed. */
export function publicBody(body: string): string {
  return body
    .split("\n")
    .filter((line) => !AGENT_ONLY_LINE.test(line))
    .join("\n")
    .trim();
}

/**
 * A published article as citizens read it (/12345/knowledge/[id], found through the global search): no
 * drafts or archived articles (NOT_FOUND, the same answer as a missing id), no agent-only lines, no
 * proposal or version details.
 */
export async function publicArticle(db: DB, id: number) {
  const [a] = await db
    .select({
      id: hotlineKbArticle.id,
      title: hotlineKbArticle.title,
      body: hotlineKbArticle.body,
      keywords: hotlineKbArticle.keywords,
      catalogueItemIds: hotlineKbArticle.catalogueItemIds,
      categoryName: hotlineCategory.name,
      updatedAt: hotlineKbArticle.updatedAt,
    })
    .from(hotlineKbArticle)
    .leftJoin(hotlineCategory, eq(hotlineCategory.id, hotlineKbArticle.categoryId))
    .where(and(eq(hotlineKbArticle.id, id), eq(hotlineKbArticle.status, "published")))
    .limit(1);
  if (!a) throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
  return {
    id: a.id,
    title: a.title,
    body: publicBody(a.body),
    keywordList: splitKeywords(a.keywords),
    categoryName: a.categoryName,
    updatedAt: a.updatedAt,
    catalogueItems: await catalogueItemLinks(db, a.catalogueItemIds),
  };
}

/** What the knowledge base gives the global /search: every published article, leading to its public page. */
export async function knowledgeSearchDocuments(db: DB): Promise<SearchFeedDocument[]> {
  const rows = await db
    .select({ id: hotlineKbArticle.id, title: hotlineKbArticle.title, body: hotlineKbArticle.body, keywords: hotlineKbArticle.keywords })
    .from(hotlineKbArticle)
    .where(eq(hotlineKbArticle.status, "published"))
    .orderBy(asc(hotlineKbArticle.id));
  return rows.map((r) => {
    const text = publicBody(r.body).replace(/\s+/g, " ");
    return {
      id: `hotline:kb:${r.id}`,
      kind: "12345知识库",
      title: r.title,
      url: `/12345/knowledge/${r.id}`,
      keywords: splitKeywords(r.keywords),
      summary: text.length > 120 ? `${text.slice(0, 120)}…` : text,
    };
  });
}

async function validCatalogueIds(db: DB, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  const found = new Set((await catalogueItemLinks(db, unique)).map((i) => i.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length)
    throw new AppError("BAD_REQUEST", `找不到编号为 ${missing.join("、")} 的一网通办事项`, {
      catalogueItemIds: [`找不到编号为 ${missing.join("、")} 的一网通办事项`],
    });
  return unique;
}

/**
 * An agent's proposal: a new article (no articleId) or an edit of one, based on the version the
 * agent was reading. Editing an article that has changed since is refused at once (CONFLICT).
 */
export async function proposeArticle(ctx: ServiceCtx, user: SessionUser, raw: ProposalInput, now = new Date()) {
  requireReader(user);
  const input = parseInput(ZProposal, raw);
  const { db } = ctx;
  let baseVersion: number | null = null;
  if (input.articleId !== undefined) {
    const [a] = await db
      .select({ version: hotlineKbArticle.version, status: hotlineKbArticle.status })
      .from(hotlineKbArticle)
      .where(eq(hotlineKbArticle.id, input.articleId))
      .limit(1);
    if (!a || a.status !== "published") throw new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
    if (input.baseVersion === undefined) throw new AppError("BAD_REQUEST", "缺少文章版本，请从文章页面重新进入“提议修改”");
    if (input.baseVersion !== a.version)
      throw new AppError("CONFLICT", "该文章已被更新，您看到的不是最新版本。请重新打开文章，在最新版本上修改。");
    baseVersion = a.version;
  }
  if (input.categoryId) {
    const [c] = await db.select({ id: hotlineCategory.id }).from(hotlineCategory).where(eq(hotlineCategory.id, input.categoryId)).limit(1);
    if (!c) throw new AppError("BAD_REQUEST", "请选择有效的诉求分类", { categoryId: ["请选择有效的诉求分类"] });
  }
  const catalogueItemIds = await validCatalogueIds(db, input.catalogueItemIds);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hotlineKbProposal)
      .values({
        articleId: input.articleId ?? null,
        baseVersion,
        title: input.title,
        // Browsers submit textarea line breaks as CRLF; articles keep LF so the diff compares lines.
        body: input.body.replace(/\r\n?/g, "\n"),
        keywords: splitKeywords(input.keywords).join("，"),
        catalogueItemIds,
        categoryId: input.categoryId ?? null,
        proposedById: user.id,
        status: "pending",
        createdAt: now,
      })
      .returning({ id: hotlineKbProposal.id });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "hotline.kb.propose",
      outcome: "success",
      targetType: "hotline_kb_proposal",
      targetId: String(row!.id),
      detail: { articleId: input.articleId ?? null },
    });
    return { id: row!.id };
  });
}

/** The proposing agent's own proposals, newest first. */
export async function listOwnProposals(ctx: ServiceCtx, user: SessionUser) {
  requireReader(user);
  return ctx.db
    .select({
      id: hotlineKbProposal.id,
      articleId: hotlineKbProposal.articleId,
      title: hotlineKbProposal.title,
      status: hotlineKbProposal.status,
      decisionNote: hotlineKbProposal.decisionNote,
      createdAt: hotlineKbProposal.createdAt,
      decidedAt: hotlineKbProposal.decidedAt,
    })
    .from(hotlineKbProposal)
    .where(eq(hotlineKbProposal.proposedById, user.id))
    .orderBy(desc(hotlineKbProposal.createdAt), desc(hotlineKbProposal.id))
    .limit(20);
}

export { PROPOSAL_STATUSES };
export const PROPOSAL_STATUS_NAMES: Record<(typeof PROPOSAL_STATUSES)[number], string> = {
  pending: "待审核",
  published: "已发布",
  rejected: "已驳回",
};

/** Admin queue: proposals by status (pending oldest first), each with the current article for the comparison. */
export async function listProposals(
  ctx: ServiceCtx,
  user: SessionUser,
  opts: { status?: (typeof PROPOSAL_STATUSES)[number]; limit?: number } = {},
) {
  requireKbAdmin(user);
  const { db } = ctx;
  const status = opts.status ?? "pending";
  const rows = await db
    .select({
      id: hotlineKbProposal.id,
      articleId: hotlineKbProposal.articleId,
      baseVersion: hotlineKbProposal.baseVersion,
      title: hotlineKbProposal.title,
      body: hotlineKbProposal.body,
      keywords: hotlineKbProposal.keywords,
      catalogueItemIds: hotlineKbProposal.catalogueItemIds,
      status: hotlineKbProposal.status,
      decisionNote: hotlineKbProposal.decisionNote,
      createdAt: hotlineKbProposal.createdAt,
      decidedAt: hotlineKbProposal.decidedAt,
      proposedByName: accountUser.nickname,
    })
    .from(hotlineKbProposal)
    .leftJoin(accountUser, eq(accountUser.id, hotlineKbProposal.proposedById))
    .where(eq(hotlineKbProposal.status, status))
    .orderBy(status === "pending" ? asc(hotlineKbProposal.createdAt) : desc(hotlineKbProposal.decidedAt), asc(hotlineKbProposal.id))
    .limit(Math.min(opts.limit ?? 50, 100));
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((id): id is number => id !== null))];
  const articles = articleIds.length
    ? await db
        .select({
          id: hotlineKbArticle.id,
          title: hotlineKbArticle.title,
          body: hotlineKbArticle.body,
          keywords: hotlineKbArticle.keywords,
          catalogueItemIds: hotlineKbArticle.catalogueItemIds,
          version: hotlineKbArticle.version,
          status: hotlineKbArticle.status,
        })
        .from(hotlineKbArticle)
        .where(inArray(hotlineKbArticle.id, articleIds))
    : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const allItemIds = [...new Set([...rows.flatMap((r) => r.catalogueItemIds), ...articles.flatMap((a) => a.catalogueItemIds)])];
  const items = new Map((await catalogueItemLinks(db, allItemIds)).map((i) => [i.id, i]));
  const names = (ids: number[]) => ids.map((id) => items.get(id)?.name ?? `事项 ${id}`);
  return rows.map((r) => {
    const current = r.articleId !== null ? (byId.get(r.articleId) ?? null) : null;
    return {
      ...r,
      catalogueItemNames: names(r.catalogueItemIds),
      current: current ? { ...current, catalogueItemNames: names(current.catalogueItemIds) } : null,
      stale: current !== null && current.version !== r.baseVersion,
    };
  });
}

/**
 * 发布: a new article is inserted; an edit updates the article only if it is still at the version
 * the proposal was based on (UPDATE … WHERE version = base) — otherwise CONFLICT and nothing changes.
 */
export async function publishProposal(ctx: ServiceCtx, user: SessionUser, proposalId: number, now = new Date()) {
  requireKbAdmin(user);
  return ctx.db.transaction(async (tx) => {
    const [p] = await tx.select().from(hotlineKbProposal).where(eq(hotlineKbProposal.id, proposalId)).limit(1);
    if (!p) throw new AppError("NOT_FOUND", "找不到该提议");
    if (p.status !== "pending") throw new AppError("CONFLICT", `该提议已${p.status === "published" ? "发布" : "驳回"}，请刷新后查看`);
    const fields = {
      title: p.title,
      body: p.body,
      keywords: p.keywords,
      catalogueItemIds: p.catalogueItemIds,
      categoryId: p.categoryId,
      publishedById: user.id,
      updatedAt: now,
    };
    let articleId: number;
    let version: number;
    if (p.articleId !== null) {
      const [updated] = await tx
        .update(hotlineKbArticle)
        .set({ ...fields, version: sql`${hotlineKbArticle.version} + 1` })
        .where(
          and(
            eq(hotlineKbArticle.id, p.articleId),
            eq(hotlineKbArticle.version, p.baseVersion ?? -1),
            eq(hotlineKbArticle.status, "published"),
          ),
        )
        .returning({ id: hotlineKbArticle.id, version: hotlineKbArticle.version });
      if (!updated) throw new AppError("CONFLICT", PROPOSAL_STALE_MESSAGE);
      articleId = updated.id;
      version = updated.version;
    } else {
      const [created] = await tx
        .insert(hotlineKbArticle)
        .values({ ...fields, status: "published", version: 1, createdAt: now })
        .returning({ id: hotlineKbArticle.id, version: hotlineKbArticle.version });
      articleId = created!.id;
      version = created!.version;
    }
    const [marked] = await tx
      .update(hotlineKbProposal)
      .set({ status: "published", decidedById: user.id, decidedAt: now, articleId })
      .where(and(eq(hotlineKbProposal.id, proposalId), eq(hotlineKbProposal.status, "pending")))
      .returning({ id: hotlineKbProposal.id });
    if (!marked) throw new AppError("CONFLICT", "该提议已被处理，请刷新后查看");
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "hotline.kb.publish",
      outcome: "success",
      targetType: "hotline_kb_article",
      targetId: String(articleId),
      detail: { proposalId, version },
    });
    return { articleId, version };
  });
}

/** 驳回 with a reason the proposing agent sees. */
export async function rejectProposal(ctx: ServiceCtx, user: SessionUser, proposalId: number, reason: string, now = new Date()) {
  requireKbAdmin(user);
  const note = parseInput(ZDecisionNote, reason);
  return ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .update(hotlineKbProposal)
      .set({ status: "rejected", decidedById: user.id, decidedAt: now, decisionNote: note })
      .where(and(eq(hotlineKbProposal.id, proposalId), eq(hotlineKbProposal.status, "pending")))
      .returning({ id: hotlineKbProposal.id });
    if (!p) {
      const [exists] = await tx
        .select({ id: hotlineKbProposal.id })
        .from(hotlineKbProposal)
        .where(eq(hotlineKbProposal.id, proposalId))
        .limit(1);
      throw exists ? new AppError("CONFLICT", "该提议已被处理，请刷新后查看") : new AppError("NOT_FOUND", "找不到该提议");
    }
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "hotline.kb.reject",
      outcome: "success",
      targetType: "hotline_kb_proposal",
      targetId: String(proposalId),
    });
    return { ok: true as const };
  });
}

/** 下架: the article leaves search; version-checked like any other edit. */
export async function archiveArticle(ctx: ServiceCtx, user: SessionUser, id: number, version: number, now = new Date()) {
  requireKbAdmin(user);
  return ctx.db.transaction(async (tx) => {
    const [a] = await tx
      .update(hotlineKbArticle)
      .set({ status: "archived", version: sql`${hotlineKbArticle.version} + 1`, updatedAt: now })
      .where(and(eq(hotlineKbArticle.id, id), eq(hotlineKbArticle.version, version), eq(hotlineKbArticle.status, "published")))
      .returning({ id: hotlineKbArticle.id, version: hotlineKbArticle.version });
    if (!a) {
      const [exists] = await tx.select({ id: hotlineKbArticle.id }).from(hotlineKbArticle).where(eq(hotlineKbArticle.id, id)).limit(1);
      throw exists ? new AppError("CONFLICT", "该文章已被修改或已下架，请刷新后查看") : new AppError("NOT_FOUND", ARTICLE_NOT_FOUND);
    }
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "hotline.kb.archive",
      outcome: "success",
      targetType: "hotline_kb_article",
      targetId: String(id),
    });
    return a;
  });
}

/** Categories for the proposal form's optional 分类 select (leaves only). */
export async function kbCategories(db: DB) {
  return db
    .select({ id: hotlineCategory.id, name: hotlineCategory.name, parentId: hotlineCategory.parentId })
    .from(hotlineCategory)
    .orderBy(asc(hotlineCategory.sortOrder), asc(hotlineCategory.id));
}
