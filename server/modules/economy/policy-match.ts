import type { PolicyEligibility } from "@/drizzle/schema";
import { ENTERPRISE_FLAGS, ENTERPRISE_SIZES, INDUSTRIES, industryCovers, type EnterpriseSize } from "./reference";

/**
 * Policy matching, pure: each restriction a policy sets becomes one criterion, evaluated against an
 * enterprise profile, with a sentence saying why it is met or not. A policy matches when every
 * criterion is met; a policy without restrictions applies to every enterprise.
 */

export type MatchProfile = {
  industryCode: string;
  size: EnterpriseSize;
  district: string;
  foundedOn: string;
  flags: readonly string[];
};

export type CriterionKey =
  "industry" | "excludedIndustry" | "size" | "district" | "age" | `flag:${string}` | `notFlag:${string}` | "anyFlag";

export type Criterion = {
  key: CriterionKey;
  /** what the policy asks, e.g. "企业规模：小型、微型" */
  label: string;
  met: boolean;
  /** why, about this enterprise, e.g. "贵企业为中型企业，本政策面向小型、微型企业" */
  detail: string;
};

/** Full years from `from` to `to` (both "YYYY-MM-DD"): 2020-06-15 → 2026-06-14 is 5, → 2026-06-15 is 6. */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years--;
  return Math.max(0, years);
}

const industryName = (code: string) => {
  const name = (INDUSTRIES as Record<string, string>)[code];
  return name ? `${name}（${code}）` : code;
};
const flagName = (flag: string) => (ENTERPRISE_FLAGS as Record<string, string>)[flag] ?? flag;
const sizeName = (size: string) => (ENTERPRISE_SIZES as Record<string, string>)[size] ?? size;

function ageLabel(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return min === 0 ? `成立年限：不超过${max}年` : `成立年限：满${min}年且不超过${max}年`;
  if (min !== undefined) return `成立年限：满${min}年`;
  return `成立年限：不超过${max}年`;
}

/** Evaluates every restriction of `e` for profile `p` on day `today` ("YYYY-MM-DD", China time). */
export function evaluateEligibility(e: PolicyEligibility, p: MatchProfile, today: string): Criterion[] {
  const out: Criterion[] = [];
  const mine = industryName(p.industryCode);

  if (e.industries?.length) {
    const names = e.industries.map(industryName).join("、");
    const met = e.industries.some((code) => industryCovers(code, p.industryCode));
    out.push({
      key: "industry",
      label: `适用行业：${names}`,
      met,
      detail: met ? `贵企业属于${mine}，在适用行业内` : `本政策适用于${names}，贵企业属于${mine}`,
    });
  }
  if (e.excludedIndustries?.length) {
    const hit = e.excludedIndustries.find((code) => industryCovers(code, p.industryCode));
    out.push({
      key: "excludedIndustry",
      label: `不适用行业：${e.excludedIndustries.map(industryName).join("、")}`,
      met: !hit,
      detail: hit ? `贵企业属于${mine}，本政策不适用于${industryName(hit)}` : `贵企业属于${mine}，不在不适用行业之列`,
    });
  }
  if (e.sizes?.length) {
    const names = e.sizes.map(sizeName).join("、");
    const met = e.sizes.includes(p.size);
    out.push({
      key: "size",
      label: `企业规模：${names}`,
      met,
      detail: met ? `贵企业为${sizeName(p.size)}企业，符合要求` : `本政策面向${names}企业，贵企业为${sizeName(p.size)}企业`,
    });
  }
  if (e.districts?.length) {
    const names = e.districts.join("、");
    const met = e.districts.includes(p.district);
    out.push({
      key: "district",
      label: `所在地区：${names}`,
      met,
      detail: met ? `贵企业在${p.district}，符合要求` : `本政策仅适用于${names}的企业，贵企业在${p.district}`,
    });
  }
  if (e.minYears !== undefined || e.maxYears !== undefined) {
    const age = fullYearsBetween(p.foundedOn, today);
    const tooYoung = e.minYears !== undefined && age < e.minYears;
    const tooOld = e.maxYears !== undefined && age > e.maxYears;
    const ageText = age === 0 ? "成立不满1年" : `成立${age}年`;
    out.push({
      key: "age",
      label: ageLabel(e.minYears, e.maxYears),
      met: !tooYoung && !tooOld,
      detail: tooYoung
        ? `本政策要求成立满${e.minYears}年，贵企业${ageText}`
        : tooOld
          ? `本政策面向成立不超过${e.maxYears}年的企业，贵企业${ageText}`
          : `贵企业${ageText}，符合要求`,
    });
  }
  for (const flag of e.requiredFlags ?? []) {
    const met = p.flags.includes(flag);
    out.push({
      key: `flag:${flag}`,
      label: `须为：${flagName(flag)}`,
      met,
      detail: met ? `贵企业为${flagName(flag)}` : `本政策要求企业为${flagName(flag)}，贵企业未选择此项`,
    });
  }
  if (e.anyFlags?.length) {
    const names = e.anyFlags.map(flagName).join("、");
    const have = e.anyFlags.filter((f) => p.flags.includes(f));
    out.push({
      key: "anyFlag",
      label: `须为以下之一：${names}`,
      met: have.length > 0,
      detail: have.length ? `贵企业为${have.map(flagName).join("、")}` : `本政策要求企业为${names}之一，贵企业均未选择`,
    });
  }
  for (const flag of e.excludedFlags ?? []) {
    const has = p.flags.includes(flag);
    out.push({
      key: `notFlag:${flag}`,
      label: `不适用于：${flagName(flag)}`,
      met: !has,
      detail: has ? `贵企业为${flagName(flag)}，本政策不适用` : `贵企业不是${flagName(flag)}，符合要求`,
    });
  }
  return out;
}

export type PolicyVerdict = { matched: boolean; criteria: Criterion[]; met: Criterion[]; unmet: Criterion[] };

export function judgePolicy(e: PolicyEligibility, p: MatchProfile, today: string): PolicyVerdict {
  const criteria = evaluateEligibility(e, p, today);
  const met = criteria.filter((c) => c.met);
  const unmet = criteria.filter((c) => !c.met);
  return { matched: unmet.length === 0, criteria, met, unmet };
}
