import { asc, avg, count, eq, inArray, ne, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { applicationCase, applicationRating, catalogueItem, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchMatch } from "@/server/lib/text-search";
import { SECTION_SLUGS, ZSection, type TCatalogueQuery } from "./validation";

export type CatalogueSummary = {
  id: number;
  code: string;
  name: string;
  section: (typeof SECTION_SLUGS)[number];
  departmentCode: string;
  departmentName: string;
  audience: "personal" | "enterprise";
  theme: string;
  kind: string;
  summary: string;
  online: boolean;
  promisedDays: number;
  legalDays: number;
  visits: number;
  requiresRealName: boolean;
};

type Snapshot = {
  loadedAt: number;
  stamp: string;
  items: CatalogueSummary[];
  index: SearchIndex<CatalogueSummary>;
  byId: Map<number, CatalogueSummary>;
  /** Submitted applications per item (drafts not counted): the unfiltered list puts the most used first. */
  uses: Map<number, number>;
  usesAt: number;
};

/**
 * The catalogue is small (649 items) and read on every search, so each instance keeps a derived
 * in-memory snapshot with its pinyin index. It is rebuilt at once after an edit on this instance;
 * other instances compare a cheap stamp (count + newest update) every SNAPSHOT_TTL_MS and rebuild
 * only when it changed. PostgreSQL stays the source of truth.
 */
const SNAPSHOT_TTL_MS = 30_000;
/** How often the use counts are recounted (a scan of application_case: cheap enough every few minutes). */
const USES_TTL_MS = 5 * 60_000;

async function loadUses(db: DB): Promise<Map<number, number>> {
  const rows = await db
    .select({ itemId: applicationCase.itemId, n: count() })
    .from(applicationCase)
    .where(ne(applicationCase.status, "draft"))
    .groupBy(applicationCase.itemId);
  return new Map(rows.map((r) => [r.itemId, Number(r.n)]));
}

async function catalogueStamp(db: DB): Promise<string> {
  const [row] = await db.select({ n: count(), at: sql<string>`max(${catalogueItem.updatedAt})::text` }).from(catalogueItem);
  return `${row?.n ?? 0}@${row?.at ?? ""}`;
}
const snapshots = new WeakMap<DB, Promise<Snapshot>>();

async function loadSnapshot(db: DB): Promise<Snapshot> {
  const stamp = await catalogueStamp(db);
  const rows = await db
    .select({
      id: catalogueItem.id,
      code: catalogueItem.code,
      name: catalogueItem.name,
      section: catalogueItem.section,
      departmentCode: orgDepartment.code,
      departmentName: orgDepartment.name,
      audience: catalogueItem.audience,
      theme: catalogueItem.theme,
      kind: catalogueItem.kind,
      summary: catalogueItem.summary,
      online: catalogueItem.online,
      promisedDays: catalogueItem.promisedDays,
      legalDays: catalogueItem.legalDays,
      visits: catalogueItem.visits,
      requiresRealName: catalogueItem.requiresRealName,
      keywords: catalogueItem.keywords,
    })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .orderBy(asc(catalogueItem.id));
  const items: CatalogueSummary[] = rows.map(({ keywords: _k, ...r }) => ({
    ...r,
    section: ZSection.parse(r.section),
    audience: r.audience === "enterprise" ? "enterprise" : "personal",
  }));
  const index = buildSearchIndex(
    rows.map((r, i) => ({
      payload: items[i]!,
      title: r.name,
      names: [r.name],
      keywords: [...r.keywords, r.departmentName.replace(/^南通市/, "")],
      summary: r.summary,
    })),
  );
  return {
    loadedAt: Date.now(),
    stamp,
    items,
    index,
    byId: new Map(items.map((i) => [i.id, i])),
    uses: await loadUses(db),
    usesAt: Date.now(),
  };
}

/** The current snapshot (loads on first use, refreshes after the TTL). */
export async function catalogueSnapshot(db: DB): Promise<Snapshot> {
  let p = snapshots.get(db);
  if (p) {
    const s = await p;
    if (Date.now() - s.usesAt >= USES_TTL_MS) {
      s.usesAt = Date.now(); // one recount at a time; a failed one keeps the old counts
      s.uses = await loadUses(db).catch(() => s.uses);
    }
    if (Date.now() - s.loadedAt < SNAPSHOT_TTL_MS) return s;
    if ((await catalogueStamp(db)) === s.stamp) {
      s.loadedAt = Date.now();
      return s;
    }
  }
  p = loadSnapshot(db);
  snapshots.set(db, p);
  p.catch(() => snapshots.delete(db));
  return p;
}

export function invalidateCatalogue(db: DB): void {
  snapshots.delete(db);
}

export type CatalogueHit = CatalogueSummary & { match?: SearchMatch };
export type CatalogueSearchResult = {
  total: number;
  page: number;
  pageSize: number;
  items: CatalogueHit[];
  facets: {
    sections: Record<string, number>;
    audiences: Record<string, number>;
    themes: { theme: string; count: number }[];
    online: number;
  };
  suggestions: CatalogueSummary[];
};

const SECTION_ORDER = new Map<string, number>(SECTION_SLUGS.map((s, i) => [s, i]));

/** Pure part of the search, on a snapshot (what bench/catalogue-search measures). */
export function searchSnapshot(snap: Snapshot, query: TCatalogueQuery): CatalogueSearchResult {
  const filter = (i: CatalogueSummary) =>
    (!query.section || i.section === query.section) &&
    (!query.department || i.departmentCode === query.department) &&
    (!query.audience || i.audience === query.audience) &&
    (!query.theme || i.theme === query.theme) &&
    (query.online === undefined || i.online === query.online);

  let hits: CatalogueHit[];
  if (query.q) {
    hits = searchIndex(snap.index, query.q, { limit: 1000, filter }).map((r) => (r.match ? { ...r.payload, match: r.match } : r.payload));
  } else {
    // By use: the items most applied for first, then by section and code.
    const uses = (i: CatalogueSummary) => snap.uses.get(i.id) ?? 0;
    hits = snap.items
      .filter(filter)
      .sort((a, b) => uses(b) - uses(a) || SECTION_ORDER.get(a.section)! - SECTION_ORDER.get(b.section)! || a.code.localeCompare(b.code));
  }
  const facets: CatalogueSearchResult["facets"] = { sections: {}, audiences: {}, themes: [], online: 0 };
  const themes = new Map<string, number>();
  for (const h of hits) {
    facets.sections[h.section] = (facets.sections[h.section] ?? 0) + 1;
    facets.audiences[h.audience] = (facets.audiences[h.audience] ?? 0) + 1;
    themes.set(h.theme, (themes.get(h.theme) ?? 0) + 1);
    if (h.online) facets.online++;
  }
  facets.themes = [...themes].map(([theme, n]) => ({ theme, count: n })).sort((a, b) => b.count - a.count);
  const start = (query.page - 1) * query.pageSize;
  return {
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.slice(start, start + query.pageSize),
    facets,
    suggestions: hits.length === 0 ? suggestAlternatives(snap, query.q ?? "") : [],
  };
}

const POPULAR = ["社会保险参保缴费记录查询", "住房公积金提取（租房）", "居住证", "出生医学证明", "异地就医备案", "企业设立登记"];

/** For an empty result: items sharing the most characters with the query, else popular items. */
function suggestAlternatives(snap: Snapshot, q: string): CatalogueSummary[] {
  const chars = new Set(Array.from(q).filter((c) => /[\u4e00-\u9fff]/.test(c)));
  if (chars.size > 0) {
    const scored = snap.items
      .map((i) => ({ i, n: Array.from(new Set(i.name)).filter((c) => chars.has(c)).length }))
      .filter((s) => s.n >= Math.min(2, chars.size))
      .sort((a, b) => b.n - a.n || a.i.name.length - b.i.name.length);
    if (scored.length) return scored.slice(0, 5).map((s) => s.i);
  }
  return POPULAR.map((name) => snap.items.find((i) => i.name.includes(name)))
    .filter((i): i is CatalogueSummary => Boolean(i))
    .slice(0, 5);
}

/** Search and browse the catalogue (Chinese words, pinyin, initials; filters; pagination). */
export async function searchCatalogue(db: DB, query: TCatalogueQuery): Promise<CatalogueSearchResult> {
  return searchSnapshot(await catalogueSnapshot(db), query);
}

/** The full guide of one item, with its online form and satisfaction figures. */
export async function getCatalogueItem(db: DB, id: number) {
  const [row] = await db
    .select({
      item: catalogueItem,
      departmentCode: orgDepartment.code,
      departmentName: orgDepartment.name,
    })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .where(eq(catalogueItem.id, id))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该服务事项");
  const [rating] = await db
    .select({
      n: count(),
      avg: avg(applicationRating.score),
      satisfied: sql<number>`count(*) filter (where ${applicationRating.score} >= 4)`,
    })
    .from(applicationRating)
    .where(eq(applicationRating.itemId, id));
  const n = Number(rating?.n ?? 0);
  return {
    ...row.item,
    departmentCode: row.departmentCode,
    departmentName: row.departmentName,
    satisfaction: n > 0 ? { ratings: n, satisfiedRate: Number(rating?.satisfied ?? 0) / n } : null,
  };
}

/** Departments that own at least one item, for the browse filter. */
export async function listDepartmentsWithItems(db: DB) {
  const snap = await catalogueSnapshot(db);
  const counts = new Map<string, { code: string; shortName: string; count: number }>();
  for (const i of snap.items) {
    const c = counts.get(i.departmentCode) ?? { code: i.departmentCode, shortName: i.departmentName.replace(/^南通市/, ""), count: 0 };
    c.count++;
    counts.set(i.departmentCode, c);
  }
  return [...counts.values()];
}

/**
 * Items by id with their department's short name, in the order asked; unknown ids are left out.
 * Other modules (the 12345 knowledge base) link to items through this.
 */
export async function catalogueItemLinks(db: DB, ids: readonly number[]): Promise<{ id: number; name: string; departmentName: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({ id: catalogueItem.id, name: catalogueItem.name, departmentName: orgDepartment.shortName })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .where(inArray(catalogueItem.id, unique));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}
