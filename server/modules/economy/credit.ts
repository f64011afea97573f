import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { economyCreditEnterprise, economyCreditListEntry } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseInput } from "@/server/lib/parse-input";
import { snapshotCache } from "@/server/lib/snapshot";
import { buildSearchIndex, searchIndex, type SearchIndex } from "@/server/lib/text-search";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { usccCheckChar } from "@/server/lib/uscc";
import { industryLabel } from "./reference";
import { CREDIT_LISTS, ZCreditListQuery, ZCreditQuery, type CreditList } from "./validation";

/**
 * 信用南通: look an enterprise up by name (Chinese, pinyin, initials) or by its 统一社会信用代码, and
 * the 红黑榜 by category. A code is checked against GB 32100 before the lookup, and a wrong code gets a
 * message that names the character to look at.
 */

export const creditEnterpriseUrl = (id: number) => `/economy/credit/${id}`;
export const CREDIT_ENTERPRISE_NOT_FOUND = "找不到该企业";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** Letters people type for a digit or another letter that GB 32100 leaves out. */
const LOOKALIKE: Record<string, string> = { I: "1", O: "0", S: "5", V: "U", Z: "2" };

export type UsccCheck = { ok: true; normalized: string } | { ok: false; message: string; position?: number; expected?: string };

/**
 * GB 32100-2015 check with a message that says which character to look at: the length, the first
 * character outside the code's 31 characters (with the likely intended one), a letter in the
 * six-digit division code (positions 3–8), or the check character (position 18) with the one the
 * first 17 characters call for. Only the check character can be named with certainty: if it was
 * typed correctly, one of the first 17 is wrong, and the message says so.
 */
export function checkUscc(input: string): UsccCheck {
  const code = input.trim().replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为18位，您输入了${code.length}位，请核对是否漏输或多输了字符` };
  for (let i = 0; i < 18; i++) {
    const ch = code[i]!;
    if (!CHARSET.includes(ch)) {
      const hint = LOOKALIKE[ch] ? `，可能应为“${LOOKALIKE[ch]}”` : "";
      return {
        ok: false,
        position: i + 1,
        message: `第${i + 1}位“${ch}”不是统一社会信用代码使用的字符（只有数字和除I、O、S、V、Z以外的大写字母）${hint}`,
      };
    }
  }
  for (let i = 2; i < 8; i++) {
    if (!/\d/.test(code[i]!))
      return { ok: false, position: i + 1, message: `第3至8位是登记机关的行政区划码，应全为数字，第${i + 1}位却是“${code[i]}”` };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code[17])
    return {
      ok: false,
      position: 18,
      expected,
      message: `校验位不符：按前17位计算，第18位应为“${expected}”，您输入的是“${code[17]}”。请先核对第18位；如果第18位无误，则是前17位中有字符输错`,
    };
  return { ok: true, normalized: code };
}

/** Whether a query is meant as a code (it has digits and is only letters and digits, ≥ 15 long) rather than a name. */
export function looksLikeUscc(q: string): boolean {
  const s = q.trim().replace(/[\s-]/g, "");
  return s.length >= 15 && /^[0-9A-Za-z]+$/.test(s) && /\d/.test(s);
}

const enterpriseColumns = {
  id: economyCreditEnterprise.id,
  uscc: economyCreditEnterprise.uscc,
  name: economyCreditEnterprise.name,
  legalRepresentative: economyCreditEnterprise.legalRepresentative,
  registeredCapitalFen: economyCreditEnterprise.registeredCapitalFen,
  foundedOn: economyCreditEnterprise.foundedOn,
  district: economyCreditEnterprise.district,
  address: economyCreditEnterprise.address,
  industryCode: economyCreditEnterprise.industryCode,
  registrationStatus: economyCreditEnterprise.registrationStatus,
  taxCreditLevel: economyCreditEnterprise.taxCreditLevel,
  sample: economyCreditEnterprise.sample,
};
type EnterpriseRow = {
  id: number;
  uscc: string;
  name: string;
  district: string;
  industryCode: string;
  registrationStatus: string;
  sample: boolean;
};

/**
 * Name search reads a per-instance snapshot of the register (names and codes only). The sample
 * register is small; at the size of the real one (≈ 700,000 market entities in Nantong) name search
 * belongs in PostgreSQL (pg_trgm, plus a pinyin column), and lookups by code already are.
 */
const register = snapshotCache<SearchIndex<EnterpriseRow>>({
  stamp: async (db) => {
    const [r] = await db.select({ n: count(), max: sql<number>`max(${economyCreditEnterprise.id})` }).from(economyCreditEnterprise);
    return `${r?.n ?? 0}@${r?.max ?? 0}`;
  },
  load: async (db) => {
    const rows = await db
      .select({
        id: economyCreditEnterprise.id,
        uscc: economyCreditEnterprise.uscc,
        name: economyCreditEnterprise.name,
        district: economyCreditEnterprise.district,
        industryCode: economyCreditEnterprise.industryCode,
        registrationStatus: economyCreditEnterprise.registrationStatus,
        sample: economyCreditEnterprise.sample,
      })
      .from(economyCreditEnterprise)
      .orderBy(asc(economyCreditEnterprise.id));
    // the name without "（示例）" and the company-form suffix is what people type
    return buildSearchIndex(
      rows.map((r) => ({ payload: r, title: r.name, names: [r.name.replace(/（示例）$/, "")], keywords: [r.district] })),
    );
  },
});

export type CreditQueryResult =
  | { kind: "code"; uscc: string; items: (EnterpriseRow & { industryLabel: string })[] }
  | { kind: "name"; items: (EnterpriseRow & { industryLabel: string })[] };

/**
 * 信用查询: a code (checked first; a wrong one is BAD_REQUEST with the message of `checkUscc` on field
 * `q`) finds at most one enterprise; anything else is a name search, best matches first (≤ 20).
 */
export async function queryCredit(db: DB, raw: { q: string }): Promise<CreditQueryResult> {
  const { q } = parseInput(ZCreditQuery, raw);
  const label = <T extends { industryCode: string }>(r: T) => ({ ...r, industryLabel: industryLabel(r.industryCode) });
  if (looksLikeUscc(q)) {
    const check = checkUscc(q);
    if (!check.ok) throw new AppError("BAD_REQUEST", check.message, { q: [check.message] });
    const rows = await db
      .select({
        id: economyCreditEnterprise.id,
        uscc: economyCreditEnterprise.uscc,
        name: economyCreditEnterprise.name,
        district: economyCreditEnterprise.district,
        industryCode: economyCreditEnterprise.industryCode,
        registrationStatus: economyCreditEnterprise.registrationStatus,
        sample: economyCreditEnterprise.sample,
      })
      .from(economyCreditEnterprise)
      .where(eq(economyCreditEnterprise.uscc, check.normalized))
      .limit(1);
    return { kind: "code", uscc: check.normalized, items: rows.map(label) };
  }
  const index = await register.get(db);
  return { kind: "name", items: searchIndex(index, q, { limit: 20 }).map((h) => label(h.payload)) };
}

/** One enterprise's credit file: registration facts and its 红黑榜 entries, newest first. */
export async function getCreditEnterprise(db: DB, id: number) {
  const [row] = await db.select(enterpriseColumns).from(economyCreditEnterprise).where(eq(economyCreditEnterprise.id, id)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", CREDIT_ENTERPRISE_NOT_FOUND);
  const entries = await db
    .select(listEntryColumns)
    .from(economyCreditListEntry)
    .where(eq(economyCreditListEntry.uscc, row.uscc))
    .orderBy(desc(economyCreditListEntry.publishedOn), desc(economyCreditListEntry.id));
  return { ...row, industryLabel: industryLabel(row.industryCode), listEntries: entries.map(withListName) };
}

const listEntryColumns = {
  id: economyCreditListEntry.id,
  list: economyCreditListEntry.list,
  category: economyCreditListEntry.category,
  subjectName: economyCreditListEntry.subjectName,
  uscc: economyCreditListEntry.uscc,
  reason: economyCreditListEntry.reason,
  decisionNo: economyCreditListEntry.decisionNo,
  publisher: economyCreditListEntry.publisher,
  publishedOn: economyCreditListEntry.publishedOn,
  validUntil: economyCreditListEntry.validUntil,
  sample: economyCreditListEntry.sample,
};
const withListName = <T extends { list: string }>(r: T) => ({ ...r, listName: CREDIT_LISTS[r.list as CreditList] ?? r.list });

/** The categories of one list with their entry counts (the tabs of the 红黑榜 page). */
export async function creditListCategories(db: DB, list: CreditList) {
  return db
    .select({ category: economyCreditListEntry.category, count: count() })
    .from(economyCreditListEntry)
    .where(eq(economyCreditListEntry.list, list))
    .groupBy(economyCreditListEntry.category)
    .orderBy(asc(economyCreditListEntry.category));
}

/** 红黑榜: one list, optionally one category, newest publication first (economy_credit_list_entry_list_idx). */
export async function listCreditEntries(db: DB, raw: { list: string; category?: string; page?: number; pageSize?: number }) {
  const query = parseInput(ZCreditListQuery, raw);
  const where = and(
    eq(economyCreditListEntry.list, query.list),
    query.category ? eq(economyCreditListEntry.category, query.category) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(economyCreditListEntry).where(where);
  const rows = await db
    .select(listEntryColumns)
    .from(economyCreditListEntry)
    .where(where)
    .orderBy(desc(economyCreditListEntry.publishedOn), desc(economyCreditListEntry.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    list: query.list,
    listName: CREDIT_LISTS[query.list],
    category: query.category ?? null,
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
    items: rows.map(withListName),
  };
}

/** Search documents for the global search: the 红黑榜 categories (not individual enterprises). */
export async function creditSearchDocuments(db: DB): Promise<SearchDocument[]> {
  const rows = await db
    .select({
      list: economyCreditListEntry.list,
      category: economyCreditListEntry.category,
      n: count(),
      latest: sql<string>`max(${economyCreditListEntry.publishedOn})::text`,
    })
    .from(economyCreditListEntry)
    .groupBy(economyCreditListEntry.list, economyCreditListEntry.category);
  return rows.map((r) => ({
    kind: "economy.creditList",
    id: `${r.list}:${r.category}`,
    title: `${CREDIT_LISTS[r.list as CreditList] ?? r.list}：${r.category}`,
    url: `/economy/credit/lists?list=${r.list}&category=${encodeURIComponent(r.category)}`,
    body: excerpt(`信用南通${CREDIT_LISTS[r.list as CreditList] ?? ""}“${r.category}”共${r.n}条，最近发布于${r.latest}。`),
    keywords: ["信用南通", "红黑榜", r.list === "red" ? "守信" : "失信", r.category],
    date: r.latest,
  }));
}
