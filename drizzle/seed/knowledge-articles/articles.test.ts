import { describe, expect, it } from "vitest";
import { ZProposal, splitKeywords } from "@/server/modules/hotline/knowledge";
import { CATALOGUE_ITEMS } from "../catalogue/items";
import { HOTLINE_CATEGORIES } from "../hotline";
import { KB_ARTICLES, SAMPLE_NOTE } from "../knowledge";
import { DIVISIONS, inDivisions } from "./article";
import { KB_TOPICS, TOPIC_KB_ARTICLES } from "./index";

const catalogueNames = new Set(CATALOGUE_ITEMS.map((i) => i.name));
const categoryCodes = new Set(HOTLINE_CATEGORIES.flatMap((g) => g.children.map((c) => c.code)));
const dupes = (xs: string[]) => xs.filter((x, k) => xs.indexOf(x) !== k);

describe("12345 knowledge base seed", () => {
  it("has at least 80 articles in all, at least 70 of them on the frequent topics, titles unique", () => {
    expect(TOPIC_KB_ARTICLES.length).toBeGreaterThanOrEqual(70);
    expect(KB_ARTICLES.length).toBeGreaterThanOrEqual(80);
    expect(KB_ARTICLES.length).toBe(TOPIC_KB_ARTICLES.length + 13);
    expect(dupes(KB_ARTICLES.map((a) => a.title))).toEqual([]);
  });

  it("covers the topics the hotline hears most", () => {
    const text = TOPIC_KB_ARTICLES.map((a) => `${a.title} ${a.keywords}`).join(" ");
    for (const topic of [
      "低保",
      "特困",
      "临时救助",
      "养老保险",
      "资格认证",
      "退休",
      "异地",
      "慢特病",
      "生育",
      "医保电子凭证",
      "公积金提取",
      "公积金贷款",
      "落户",
      "身份证",
      "居住证",
      "过户",
      "物业",
      "维修资金",
      "噪声",
      "占道",
      "违建",
      "路灯",
      "窨井盖",
      "垃圾",
      "停水",
      "停电",
      "燃气",
      "公交",
      "出租车",
      "网约车",
      "停车",
      "欠薪",
      "劳动仲裁",
      "创业担保贷款",
      "入学",
      "校外培训",
      "食品安全",
      "12315",
      "医疗投诉",
      "疫苗",
      "尊老金",
      "残疾人",
      "退役军人",
      "结婚登记",
      "出生",
      "殡葬",
      "个税",
      "营业执照",
      "环境污染",
      "群租",
      "拆迁",
      "农民工",
      "法律援助",
      "信访",
    ]) {
      expect(text, topic).toContain(topic);
    }
    expect(KB_TOPICS.every((t) => t.articles.length >= 4)).toBe(true);
  });

  it.each(TOPIC_KB_ARTICLES.map((a) => [a.title, a] as const))("%s: 3–8 paragraphs, department, basis, keywords", (_title, a) => {
    expect(a.title.length).toBeGreaterThanOrEqual(4);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(a.paragraphs.length).toBeLessThanOrEqual(8);
    for (const p of a.paragraphs) {
      expect(p.trim().length, p).toBeGreaterThan(10);
      expect(p, "one paragraph per line").not.toContain("\n");
      expect(p, "the 依据 and 承办部门 lines are added by article()").not.toMatch(/^(依据|承办部门)：/);
    }
    expect(a.department.trim().length).toBeGreaterThan(2);
    expect(a.basis.length).toBeGreaterThanOrEqual(1);
    expect(splitKeywords(a.keywords).length).toBeGreaterThanOrEqual(4);
    expect(dupes(splitKeywords(a.keywords))).toEqual([]);
    // the stored body is what agents read: every paragraph, then 依据 and 承办部门
    const lines = a.body.split("\n");
    expect(lines.slice(0, a.paragraphs.length)).toEqual(a.paragraphs);
    expect(lines.at(-1)).toBe(`承办部门：${a.department}`);
    expect(lines.at(-2)).toMatch(/^依据：/);
    if (a.category) expect(categoryCodes.has(a.category), `category ${a.category}`).toBe(true);
  });

  it("links only to catalogue items that exist in the catalogue seed, each once", () => {
    for (const a of KB_ARTICLES) {
      expect(dupes(a.items), a.title).toEqual([]);
      for (const name of a.items) expect(catalogueNames.has(name), `${a.title} → ${name}`).toBe(true);
    }
    // most topic articles point the agent at something the citizen can apply for
    const linked = TOPIC_KB_ARTICLES.filter((a) => a.items.length > 0).length;
    expect(linked / TOPIC_KB_ARTICLES.length).toBeGreaterThan(0.7);
  });

  it("every article is a valid knowledge-base proposal, so agents can propose edits to it as seeded", () => {
    for (const a of KB_ARTICLES) {
      const r = ZProposal.safeParse({
        title: a.title,
        body: `${a.body}\n${SAMPLE_NOTE}`,
        keywords: a.keywords,
        catalogueItemIds: a.items.map((_, k) => k + 1),
      });
      expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`), a.title).toEqual([]);
    }
  });

  it("every body has at least three lines (paragraphs or steps)", () => {
    for (const a of KB_ARTICLES) expect(a.body.split("\n").filter((l) => l.trim()).length, a.title).toBeGreaterThanOrEqual(3);
  });

  it("expands a district service into the seven divisions' catalogue items", () => {
    expect(DIVISIONS).toEqual(["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"]);
    expect(inDivisions("临时救助申请")).toContain("如东县临时救助申请");
  });
});
