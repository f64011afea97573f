import type { DB } from "@/server/db";
import { parseInput } from "@/server/lib/validation";
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchMatch } from "@/server/lib/text-search";
import { snapshotCache } from "@/server/lib/snapshot";
import type { SearchDocument } from "@/server/lib/search-document";
import type { SearchFeedDocument } from "@/server/lib/search-feed";
import { catalogueSnapshot } from "@/server/modules/catalogue/service";
import { cloudSearchDocuments, creditSearchDocuments, jobSearchDocuments, policySearchDocuments } from "@/server/modules/economy";
import { bookSearchDocuments, courseSearchDocuments, cultureEventSearchDocuments } from "@/server/modules/culture";
import { articleSearchDocuments } from "@/server/modules/governance";
import { datasetSearchDocuments } from "@/server/modules/open-data/service";
import { transportSearchDocuments } from "@/server/modules/transport";
import { environmentSearchDocuments } from "@/server/modules/environment";
import { lifeSearchDocuments } from "@/server/modules/life";
import { knowledgeSearchDocuments } from "@/server/modules/hotline";
import { ZGlobalSearch, type TGlobalSearch } from "./validation";
import { buildPostings, candidateIndex, type Postings } from "./postings";

/**
 * The global search (/search): one pinyin-aware index (server/lib/text-search.ts) over what every
 * module publishes — 一网通办 items, 12345 knowledge-base articles, policies, 政务公开, datasets, courses, books, events, jobs, 红黑榜
 * categories, and the transport, environment and life feeds. Built per instance from the modules'
 * search-document functions and rebuilt every REBUILD_MS (their data changes rarely; an edit shows
 * within that time). Ranking is the catalogue's: name, keyword, pinyin, initials, summary.
 */

export type SectionKey = "services" | "economy" | "culture" | "governance" | "transport" | "environment" | "life";
export const SECTION_NAMES: Record<SectionKey, string> = {
  services: "一网通办",
  economy: "智慧经济",
  culture: "智慧人文",
  governance: "智慧治理",
  transport: "智慧交通",
  environment: "智慧环保",
  life: "智慧生活",
};

export type GlobalDoc = {
  id: string;
  /** shown as a tag: 办事服务, 惠企政策, 公交站 … */
  kind: string;
  section: SectionKey;
  title: string;
  url: string;
  summary: string;
  keywords: string[];
  date?: string;
};

const KIND_NAMES: Record<string, string> = {
  "economy.policy": "惠企政策",
  "economy.cloud": "云服务",
  "economy.creditList": "红黑榜",
  "economy.job": "招聘岗位",
  "economy.jobFair": "招聘会",
  "culture.course": "课程",
  "culture.book": "图书",
  "culture.event": "文化活动",
  "culture.space": "创新空间",
  "governance.news": "政务要闻",
  "governance.notice": "通知公告",
  "governance.policy": "政策文件",
  "governance.interpretation": "政策解读",
  "openData.dataset": "开放数据",
};
const LIFE_KIND_NAMES = { hospital: "医院", department: "科室", scenic_spot: "景区", wifi_place: "免费Wi-Fi" } as const;

function fromModule(d: SearchDocument): GlobalDoc {
  const prefix = d.kind.split(".")[0]!;
  const section: SectionKey = prefix === "openData" ? "governance" : (prefix as SectionKey);
  return {
    id: `${d.kind}:${d.id}`,
    kind: KIND_NAMES[d.kind] ?? d.kind,
    section,
    title: d.title,
    url: d.url,
    summary: d.body,
    keywords: d.keywords,
    date: d.date,
  };
}
const fromFeed =
  (section: SectionKey) =>
  (d: SearchFeedDocument): GlobalDoc => ({
    id: d.id,
    kind: d.kind,
    section,
    title: d.title,
    url: d.url,
    summary: d.summary ?? "",
    keywords: d.keywords,
  });

/** Every document of every module, in a stable order (services first). */
export async function collectDocuments(db: DB): Promise<GlobalDoc[]> {
  const [catalogue, policies, cloud, credit, jobs, courses, books, events, articles, transport, environment, life, knowledge] =
    await Promise.all([
      catalogueSnapshot(db),
      policySearchDocuments(db),
      cloudSearchDocuments(db),
      creditSearchDocuments(db),
      jobSearchDocuments(db),
      courseSearchDocuments(db),
      bookSearchDocuments(db),
      cultureEventSearchDocuments(db),
      articleSearchDocuments(db),
      transportSearchDocuments(db),
      environmentSearchDocuments(db),
      lifeSearchDocuments(db),
      knowledgeSearchDocuments(db),
    ]);
  return [
    ...catalogue.items.map((i): GlobalDoc => ({
      id: `services:${i.id}`,
      kind: "办事服务",
      section: "services",
      title: i.name,
      url: `/services/${i.id}`,
      summary: i.summary,
      keywords: [i.departmentName.replace(/^南通市/, ""), i.theme, i.online ? "全程网办" : "办事"],
    })),
    ...[...policies, ...cloud, ...credit, ...jobs, ...courses, ...events, ...articles, ...datasetSearchDocuments(), ...books].map(
      fromModule,
    ),
    // 12345 knowledge-base articles answer "how do I …" questions: filed with 一网通办, whose items they link to.
    ...knowledge.map(fromFeed("services")),
    ...transport.map(fromFeed("transport")),
    ...environment.map(fromFeed("environment")),
    ...life.map((d): GlobalDoc => ({
      id: `life:${d.kind}:${d.id}`,
      kind: LIFE_KIND_NAMES[d.kind],
      section: "life",
      title: d.title,
      url: d.url,
      summary: d.summary,
      keywords: d.keywords,
    })),
  ];
}

type GlobalIndex = SearchIndex<GlobalDoc> & { postings: Postings };

/**
 * The index of a list of documents (exported for the benchmark), with posting lists by character,
 * character pair, pinyin pair and initials pair (./postings.ts): a query scores only the entries that
 * can match it, never all of them.
 */
export function buildGlobalIndex(docs: GlobalDoc[]): GlobalIndex {
  const index = buildSearchIndex(
    docs.map((d) => ({ payload: d, title: d.title, names: [d.title], keywords: d.keywords, summary: d.summary })),
  );
  return { ...index, postings: buildPostings(index) };
}

/** Rebuilt at most this often per instance. */
export const REBUILD_MS = 5 * 60_000;
const index = snapshotCache<{ docs: number; index: GlobalIndex }>({
  // a time bucket: the feeds span many tables; their changes show within REBUILD_MS
  stamp: async () => String(Math.floor(Date.now() / REBUILD_MS)),
  load: async (db) => {
    const docs = await collectDocuments(db);
    return { docs: docs.length, index: buildGlobalIndex(docs) };
  },
  ttlMs: REBUILD_MS,
});

export type GlobalHit = GlobalDoc & { sectionName: string; match?: SearchMatch };

/** Searches the index: every hit (best first), one page of them, and how many per section. */
export function searchGlobalIndex(idx: GlobalIndex, query: TGlobalSearch) {
  const all = searchIndex(candidateIndex(idx, idx.postings, query.q), query.q, { limit: 1000 });
  const counts: Partial<Record<SectionKey, number>> = {};
  for (const h of all) counts[h.payload.section] = (counts[h.payload.section] ?? 0) + 1;
  const hits = query.section ? all.filter((h) => h.payload.section === query.section) : all;
  const start = (query.page - 1) * query.pageSize;
  return {
    q: query.q,
    total: hits.length,
    page: query.page,
    pageSize: query.pageSize,
    sections: (Object.keys(SECTION_NAMES) as SectionKey[])
      .filter((s) => counts[s])
      .map((s) => ({ section: s, name: SECTION_NAMES[s], count: counts[s]! })),
    items: hits
      .slice(start, start + query.pageSize)
      .map((h): GlobalHit => ({ ...h.payload, sectionName: SECTION_NAMES[h.payload.section], match: h.match })),
  };
}

/** /search: services, policies, articles, datasets, courses, books, events, jobs, lines, stops, hospitals, spots … */
export async function globalSearch(db: DB, raw: TGlobalSearch | Record<string, unknown>) {
  const query = parseInput(ZGlobalSearch, raw);
  const { index: idx, docs } = await index.get(db);
  return { ...searchGlobalIndex(idx, query), indexed: docs };
}
