import { describe, expect, it } from "vitest";
import { DEPARTMENTS } from "../departments";
import { BANK_PATTERN, ENTERPRISE_THEMES, ID_PATTERN, PERSONAL_THEMES, PHONE_PATTERN, PLATE_PATTERN, USCC_PATTERN } from "./helpers";
import { CATALOGUE_ITEMS } from "./items";
import type { CatalogueItemSeed, FormField, SectionSlug } from "./types";

const items = CATALOGUE_ITEMS;
const online = items.filter((i) => i.online);
const fieldsOf = (i: CatalogueItemSeed): FormField[] => (i.form ?? []).flatMap((p) => p.fields);
const dupes = (xs: string[]) => xs.filter((x, k) => xs.indexOf(x) !== k);
const byName = (part: string) => items.filter((i) => i.name.includes(part));
const KINDS = ["行政许可", "行政确认", "行政给付", "行政裁决", "行政奖励", "其他行政权力", "公共服务"];
const SECTIONS: SectionSlug[] = ["economy", "culture", "governance", "transport", "environment", "life"];

describe("CATALOGUE_ITEMS", () => {
  it("has exactly 649 items with unique codes and names", () => {
    expect(items).toHaveLength(649);
    expect(dupes(items.map((i) => i.code))).toEqual([]);
    expect(dupes(items.map((i) => i.name))).toEqual([]);
  });

  it("uses NT-<DEPT>-<4 digits> codes of existing departments", () => {
    const known = new Set(DEPARTMENTS.map((d) => d.code));
    for (const i of items) {
      expect(known.has(i.departmentCode), `${i.name}: ${i.departmentCode}`).toBe(true);
      expect(i.code, i.name).toMatch(new RegExp(`^NT-${i.departmentCode.toUpperCase()}-\\d{4}$`));
    }
  });

  it("spreads over the six sections, 智慧生活 and 智慧治理 largest, each at least 40", () => {
    const count = (s: SectionSlug) => items.filter((i) => i.section === s).length;
    for (const s of SECTIONS) expect(count(s), s).toBeGreaterThanOrEqual(40);
    const ranked = [...SECTIONS].sort((a, b) => count(b) - count(a));
    expect(ranked.slice(0, 2).sort()).toEqual(["governance", "life"]);
  });

  it("has a personal share between 50% and 70% and an online share between 30% and 50%", () => {
    const personal = items.filter((i) => i.audience === "personal").length / items.length;
    expect(personal).toBeGreaterThanOrEqual(0.5);
    expect(personal).toBeLessThanOrEqual(0.7);
    const share = online.length / items.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.5);
  });

  it("fills every descriptive field", () => {
    for (const i of items) {
      expect(KINDS, i.name).toContain(i.kind);
      expect((i.audience === "personal" ? PERSONAL_THEMES : ENTERPRISE_THEMES) as readonly string[], `${i.name}: ${i.theme}`).toContain(
        i.theme,
      );
      expect(i.summary.length, i.name).toBeGreaterThan(5);
      expect(i.conditions.length, i.name).toBeGreaterThan(0);
      expect(i.materials.length, i.name).toBeGreaterThan(0);
      for (const m of i.materials) expect(m.copies, `${i.name}: ${m.name}`).toBeGreaterThanOrEqual(1);
      expect(i.steps.length, i.name).toBeGreaterThanOrEqual(3);
      expect(i.fees, i.name).not.toBe("");
      expect(
        i.legalBasis.some((l) => l.includes("《")),
        i.name,
      ).toBe(true);
      expect(i.keywords.length, i.name).toBeGreaterThan(0);
      expect(i.phone, i.name).toMatch(/^0513-\d{5}$/);
    }
  });

  it("keeps time limits and visits consistent", () => {
    for (const i of items) {
      expect(Number.isInteger(i.legalDays) && i.legalDays >= 1, i.name).toBe(true);
      expect(Number.isInteger(i.promisedDays) && i.promisedDays >= 0, i.name).toBe(true);
      expect(i.promisedDays, i.name).toBeLessThanOrEqual(i.legalDays);
      expect([0, 1, 2], i.name).toContain(i.visits);
      if (i.online) expect(i.visits, i.name).toBe(0);
      else {
        expect(i.visits, i.name).toBeGreaterThan(0);
        expect(i.place, i.name).toBeTruthy();
      }
      if (i.visits === 0) expect(i.place, i.name).toBeUndefined();
    }
  });

  it("has a form exactly when the item is fully online", () => {
    for (const i of items) {
      if (i.online) expect(i.form?.length ?? 0, i.name).toBeGreaterThanOrEqual(1);
      else expect("form" in i, i.name).toBe(false);
    }
  });

  it("builds valid forms: unique ids and names, 1–4 fields per page, options, file types", () => {
    for (const i of online) {
      const pages = i.form!;
      expect(dupes(pages.map((p) => p.id)), i.name).toEqual([]);
      for (const p of pages) {
        expect(p.fields.length, `${i.name} / ${p.title}`).toBeGreaterThanOrEqual(1);
        expect(p.fields.length, `${i.name} / ${p.title}`).toBeLessThanOrEqual(4);
      }
      const fields = fieldsOf(i);
      expect(dupes(fields.map((f) => f.name)), i.name).toEqual([]);
      for (const f of fields) {
        const where = `${i.name} / ${f.name}`;
        expect(f.name, where).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(f.label, where).not.toBe("");
        if (f.type === "select" || f.type === "radio" || f.type === "checkbox") {
          expect(f.options?.length ?? 0, where).toBeGreaterThan(0);
          expect(dupes(f.options!.map((o) => o.value)), where).toEqual([]);
        } else expect(f.options, where).toBeUndefined();
        if (f.type === "file") {
          expect(f.accept?.length ?? 0, where).toBeGreaterThan(0);
          for (const a of f.accept!) expect(["pdf", "jpg", "png"], where).toContain(a);
        } else expect(f.accept, where).toBeUndefined();
        const v = f.validation;
        if (v?.min !== undefined && v.max !== undefined) expect(v.min, where).toBeLessThanOrEqual(v.max);
        if (v?.minLength !== undefined && v.maxLength !== undefined) expect(v.minLength, where).toBeLessThanOrEqual(v.maxLength);
      }
    }
  });

  it("uses patterns that compile (also as HTML pattern attributes, v flag) and carry a message", () => {
    const patterns = online.flatMap(fieldsOf).filter((f) => f.validation?.pattern);
    expect(patterns.length).toBeGreaterThan(0);
    for (const f of patterns) {
      const p = f.validation!.pattern!;
      expect(() => new RegExp(p), p).not.toThrow();
      expect(() => new RegExp(p, "v"), p).not.toThrow();
      expect(f.validation!.patternMessage, f.name).toBeTruthy();
    }
  });

  it("has patterns that accept real values and reject wrong ones", () => {
    const ok = (p: string, s: string) => new RegExp(p).test(s);
    expect(ok(PHONE_PATTERN, "13912345678")).toBe(true);
    expect(ok(PHONE_PATTERN, "0513-12345")).toBe(false);
    expect(ok(ID_PATTERN, "32060219900101123X")).toBe(true);
    expect(ok(ID_PATTERN, "3206021990010112")).toBe(false);
    expect(ok(USCC_PATTERN, "91320602MA1T2Y3K4B")).toBe(true);
    expect(ok(USCC_PATTERN, "91320602MA1T2Y3K4O")).toBe(false);
    expect(ok(BANK_PATTERN, "6222021234567890")).toBe(true);
    expect(ok(BANK_PATTERN, "62220212345")).toBe(false);
    expect(ok(PLATE_PATTERN, "苏F12345")).toBe(true);
    expect(ok(PLATE_PATTERN, "SF12345")).toBe(false);
  });

  it("ends every online form with the required 声明 checkbox", () => {
    for (const i of online) {
      const last = i.form![i.form!.length - 1];
      const f = last.fields[last.fields.length - 1];
      expect(f.type, i.name).toBe("checkbox");
      expect(f.required, i.name).toBe(true);
      expect(
        f.options?.map((o) => o.label),
        i.name,
      ).toContain("本人承诺所填信息真实有效");
    }
  });

  it("asks for the applicant first (personal: name, ID, phone; enterprise: 统一社会信用代码)", () => {
    for (const i of online) {
      const names = i.form![0].fields.map((f) => f.name);
      if (i.audience === "personal")
        expect(names, i.name).toEqual(expect.arrayContaining(["applicantName", "applicantIdCard", "applicantPhone"]));
      else expect(names, i.name).toEqual(expect.arrayContaining(["companyName", "creditCode", "contactPhone"]));
    }
  });

  it("contains the items the search tests rely on", () => {
    const sb = items.find((i) => i.name === "社会保险参保缴费记录查询");
    expect(sb).toMatchObject({ online: true, audience: "personal", departmentCode: "rsj" });
    expect(sb!.keywords).toContain("社保查询");

    const proof = byName("住房公积金缴存证明");
    expect(proof.length).toBeGreaterThan(0);
    expect(proof.every((i) => i.online)).toBe(true);

    const rent = items.find((i) => i.name === "住房公积金提取（租房）");
    expect(rent?.online).toBe(true);
    const rentFields = fieldsOf(rent!);
    expect(rentFields.find((f) => f.name === "monthlyRent")).toMatchObject({ type: "number", validation: { min: 0 } });
    expect(rentFields.find((f) => f.name === "bankCardNo")?.validation).toMatchObject({
      pattern: "^\\d{12,19}$",
      patternMessage: "请输入12到19位银行卡号",
    });

    for (const part of ["出生医学证明", "居住证", "异地就医备案", "企业设立登记", "食品经营许可", "不动产登记", "婚姻登记"]) {
      expect(byName(part).length, part).toBeGreaterThan(0);
    }
  });

  it("has items at every district government", () => {
    for (const d of DEPARTMENTS.filter((x) => x.kind === "district")) {
      const own = items.filter((i) => i.departmentCode === d.code);
      expect(own.length, d.code).toBeGreaterThanOrEqual(10);
      expect(
        own.every((i) => i.name.startsWith(d.shortName)),
        d.code,
      ).toBe(true);
    }
  });
});
