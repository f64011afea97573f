import { describe, expect, it } from "vitest";
import { validateUscc } from "@/server/lib/uscc";
import { ZPolicyEligibility } from "@/server/modules/economy/validation";
import { SEED_POLICIES, policyBody } from "./economy/policies";
import { SEED_CREDIT_ENTERPRISES, SEED_CREDIT_LIST } from "./economy/credit";
import { SEED_INDICATORS, SEED_INDICATOR_VALUES } from "./economy/indicators";
import { SEED_BOOKS, isbn13 } from "./culture/books";
import { SEED_ARTICLES } from "./governance";
import { SAMPLE_USCC } from "./demo-accounts";

describe("智慧经济 / 人文 / 治理 seed data", () => {
  it("has at least 30 policies, each with valid structured eligibility, unique codes and a full text", () => {
    expect(SEED_POLICIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SEED_POLICIES.map((p) => p.code)).size).toBe(SEED_POLICIES.length);
    for (const p of SEED_POLICIES) {
      expect(() => ZPolicyEligibility.parse(p.eligibility), p.code).not.toThrow();
      const body = policyBody(p);
      expect(body).toContain("示例");
      expect(body).toContain(p.benefit);
    }
  });

  it("gives every sample enterprise a valid, unique 统一社会信用代码 and a name marked 示例", () => {
    expect(SEED_CREDIT_ENTERPRISES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(SEED_CREDIT_ENTERPRISES.map((e) => e.uscc)).size).toBe(SEED_CREDIT_ENTERPRISES.length);
    for (const e of SEED_CREDIT_ENTERPRISES) {
      expect(validateUscc(e.uscc), e.uscc).toEqual({ ok: true, normalized: e.uscc });
      expect(e.name).toMatch(/（示例）$/);
    }
  });

  it("lists only sample enterprises on the 红黑榜, never the demo enterprise on the black list", () => {
    const known = new Set(SEED_CREDIT_ENTERPRISES.map((e) => e.uscc));
    for (const e of SEED_CREDIT_LIST) expect(known.has(e.uscc), e.code).toBe(true);
    expect(SEED_CREDIT_LIST.some((e) => e.list === "black" && e.uscc === SAMPLE_USCC)).toBe(false);
    expect(new Set(SEED_CREDIT_LIST.map((e) => e.code)).size).toBe(SEED_CREDIT_LIST.length);
  });

  it("has GDP 2013 = 5,020 亿元 from the seed papers and a source or a sample mark on every value", () => {
    const gdp2013 = SEED_INDICATOR_VALUES.find((v) => v.indicator === "gdp" && v.year === 2013);
    expect(gdp2013).toMatchObject({ value: 5020, sample: false });
    const codes = new Set(SEED_INDICATORS.map((i) => i.code));
    for (const v of SEED_INDICATOR_VALUES) {
      expect(codes.has(v.indicator)).toBe(true);
      if (v.sample) expect(v.source).toContain("示例");
      else expect(v.source.length).toBeGreaterThan(3);
    }
    const keys = SEED_INDICATOR_VALUES.map((v) => `${v.indicator}:${v.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has at least 200 books with unique, valid ISBN-13s", () => {
    expect(SEED_BOOKS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SEED_BOOKS.map((b) => b.isbn)).size).toBe(SEED_BOOKS.length);
    for (const b of SEED_BOOKS) expect(isbn13(b.isbn.slice(0, 12))).toBe(b.isbn);
  });

  it("has at least 30 政务公开 articles, every interpretation linked to a policy document", () => {
    expect(SEED_ARTICLES.length).toBeGreaterThanOrEqual(30);
    const policies = new Set(SEED_ARTICLES.filter((a) => a.kind === "policy").map((a) => a.code));
    for (const a of SEED_ARTICLES) {
      if (a.kind === "interpretation") expect(policies.has(a.interprets ?? "")).toBe(true);
      expect(a.title).toContain("示例");
    }
  });
});
