import { describe, expect, it } from "vitest";
import { evaluateEligibility, fullYearsBetween, judgePolicy, type MatchProfile } from "./policy-match";

const TODAY = "2026-12-01";
const profile: MatchProfile = {
  industryCode: "C39",
  size: "small",
  district: "崇川区",
  foundedOn: "2017-06-08",
  flags: ["hnte", "rd_expense"],
};

describe("fullYearsBetween", () => {
  it("counts completed years only", () => {
    expect(fullYearsBetween("2020-06-15", "2026-06-14")).toBe(5);
    expect(fullYearsBetween("2020-06-15", "2026-06-15")).toBe(6);
    expect(fullYearsBetween("2026-03-01", "2026-12-01")).toBe(0);
    expect(fullYearsBetween("2020-02-29", "2021-02-28")).toBe(0);
  });
});

describe("policy matching", () => {
  it("matches a policy without restrictions, with no criteria to list", () => {
    const v = judgePolicy({}, profile, TODAY);
    expect(v).toEqual({ matched: true, criteria: [], met: [], unmet: [] });
  });

  it("lists every criterion a matching policy set, each met, with the enterprise's fact", () => {
    const v = judgePolicy(
      { industries: ["C", "I65"], sizes: ["micro", "small"], districts: ["崇川区", "通州区"], minYears: 2, requiredFlags: ["hnte"] },
      profile,
      TODAY,
    );
    expect(v.matched).toBe(true);
    expect(v.met.map((c) => c.key)).toEqual(["industry", "size", "district", "age", "flag:hnte"]);
    expect(v.met.map((c) => c.label)).toEqual([
      "适用行业：制造业（C）、软件和信息技术服务业（I65）",
      "企业规模：微型、小型",
      "所在地区：崇川区、通州区",
      "成立年限：满2年",
      "须为：高新技术企业（有效期内）",
    ]);
    expect(v.met[0]!.detail).toBe("贵企业属于计算机、通信和其他电子设备制造业（C39），在适用行业内");
    expect(v.met[3]!.detail).toBe("贵企业成立9年，符合要求");
  });

  it("says why a policy does not match, criterion by criterion", () => {
    const v = judgePolicy(
      { industries: ["C17"], sizes: ["medium", "large"], districts: ["海门区"], maxYears: 3, requiredFlags: ["exporter"] },
      profile,
      TODAY,
    );
    expect(v.matched).toBe(false);
    expect(v.met).toEqual([]);
    expect(v.unmet.map((c) => c.detail)).toEqual([
      "本政策适用于纺织业（C17），贵企业属于计算机、通信和其他电子设备制造业（C39）",
      "本政策面向中型、大型企业，贵企业为小型企业",
      "本政策仅适用于海门区的企业，贵企业在崇川区",
      "本政策面向成立不超过3年的企业，贵企业成立9年",
      "本政策要求企业为有进出口经营实绩，贵企业未选择此项",
    ]);
  });

  it("separates met and unmet criteria of the same policy", () => {
    const v = judgePolicy({ sizes: ["small"], requiredFlags: ["hnte", "above_scale"] }, profile, TODAY);
    expect(v.matched).toBe(false);
    expect(v.met.map((c) => c.key)).toEqual(["size", "flag:hnte"]);
    expect(v.unmet.map((c) => c.key)).toEqual(["flag:above_scale"]);
  });

  it("covers a 大类 by its 门类 but not the other way round", () => {
    expect(judgePolicy({ industries: ["C"] }, profile, TODAY).matched).toBe(true);
    expect(judgePolicy({ industries: ["C39"] }, profile, TODAY).matched).toBe(true);
    expect(judgePolicy({ industries: ["C39"] }, { ...profile, industryCode: "C" }, TODAY).matched).toBe(false);
    expect(judgePolicy({ industries: ["I"] }, { ...profile, industryCode: "I65" }, TODAY).matched).toBe(true);
  });

  it("excludes industries (研发费用加计扣除 excludes 批发零售, 房地产 …)", () => {
    const e = { excludedIndustries: ["F", "K", "C16"] };
    const ok = judgePolicy(e, profile, TODAY);
    expect(ok.matched).toBe(true);
    expect(ok.met[0]!.detail).toBe("贵企业属于计算机、通信和其他电子设备制造业（C39），不在不适用行业之列");
    const tobacco = judgePolicy(e, { ...profile, industryCode: "C16" }, TODAY);
    expect(tobacco.matched).toBe(false);
    expect(tobacco.unmet[0]!.detail).toBe("贵企业属于烟草制品业（C16），本政策不适用于烟草制品业（C16）");
  });

  it("applies age bounds inclusively on the anniversary", () => {
    const young = { ...profile, foundedOn: "2023-12-01" };
    expect(judgePolicy({ maxYears: 3 }, young, TODAY).matched).toBe(true); // exactly 3 years
    expect(judgePolicy({ maxYears: 3 }, young, "2027-12-01").matched).toBe(false); // 4 years
    expect(judgePolicy({ minYears: 1 }, { ...profile, foundedOn: "2026-06-01" }, TODAY).unmet[0]!.detail).toBe(
      "本政策要求成立满1年，贵企业成立不满1年",
    );
  });

  it("needs one of anyFlags and none of excludedFlags", () => {
    const e = { anyFlags: ["tech_sme", "hnte"], excludedFlags: ["srdi"] };
    const v = judgePolicy(e, profile, TODAY);
    expect(v.matched).toBe(true);
    expect(v.met.map((c) => c.detail)).toEqual(["贵企业为高新技术企业（有效期内）", "贵企业不是省级专精特新中小企业，符合要求"]);
    const none = judgePolicy(e, { ...profile, flags: ["srdi"] }, TODAY);
    expect(none.unmet.map((c) => c.key)).toEqual(["anyFlag", "notFlag:srdi"]);
    expect(none.unmet[1]!.detail).toBe("贵企业为省级专精特新中小企业，本政策不适用");
  });

  it("evaluates criteria in a fixed order", () => {
    const keys = evaluateEligibility(
      {
        excludedFlags: ["listed"],
        requiredFlags: ["hnte"],
        maxYears: 30,
        districts: ["崇川区"],
        sizes: ["small"],
        excludedIndustries: ["K"],
        industries: ["C"],
        anyFlags: ["hnte", "srdi"],
      },
      profile,
      TODAY,
    ).map((c) => c.key);
    expect(keys).toEqual(["industry", "excludedIndustry", "size", "district", "age", "flag:hnte", "anyFlag", "notFlag:listed"]);
  });
});
