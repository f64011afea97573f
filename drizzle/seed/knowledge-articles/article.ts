import { DEPARTMENTS } from "../departments";

/**
 * Shape of a 12345 knowledge-base seed article. It is a superset of the shape `seedKnowledge` in
 * ../knowledge.ts stores (title, keywords, category, items, body): `paragraphs`, `department` and
 * `basis` stay available to tests and to anyone who wants to render them separately, and are also
 * folded into `body` so the agent sees them in the stored article.
 */
export type KbArticleSeed = {
  /** The question as a citizen would ask it. */
  title: string;
  /** Search words, separated by "，" (the knowledge search splits on commas, 、 and spaces). */
  keywords: string;
  /** Code of a 12345 leaf category in ../hotline.ts (HOTLINE_CATEGORIES), when one fits. */
  category?: string;
  /** Exact names of related items in the 一网通办 catalogue seed (../catalogue); linked by id when seeded. */
  items: string[];
  /** Who handles it, in words an agent can say on the phone. */
  department: string;
  /** Laws and regulations the national facts in the article come from (name, and article where sure). */
  basis: string[];
  /** 3–8 short paragraphs or steps. Anything Nantong-specific that could not be sourced says （示例）. */
  paragraphs: string[];
  /** What is stored: the paragraphs, then 依据 and 承办部门 lines. */
  body: string;
};

type Draft = Omit<KbArticleSeed, "body">;

/** Builds an article; the body is the paragraphs, one per line, then the legal basis and the department. */
export function article(a: Draft): KbArticleSeed {
  const lines = [...a.paragraphs];
  if (a.basis.length > 0) lines.push(`依据：${a.basis.join("；")}。`);
  lines.push(`承办部门：${a.department}`);
  return { ...a, body: lines.join("\n") };
}

/** The seven county-level divisions, as they prefix district catalogue items (崇川区最低生活保障申请 …). */
export const DIVISIONS = DEPARTMENTS.filter((d) => d.kind === "district").map((d) => d.shortName);

/** The per-division catalogue items of one district-level service, e.g. inDivisions("临时救助申请"). */
export function inDivisions(suffix: string): string[] {
  return DIVISIONS.map((d) => `${d}${suffix}`);
}
