import { describe, expect, it } from "vitest";
import { suggestByText } from "./kb-suggest";

const docs = [
  { title: "占道经营怎么投诉？", keywords: ["占道", "占道经营", "摆摊", "流动摊贩"] },
  { title: "夜间施工噪声扰民", keywords: ["噪声", "施工", "夜间施工", "扰民"] },
  { title: "餐饮油烟扰民", keywords: ["油烟", "餐饮", "烧烤", "扰民"] },
  { title: "停水怎么办", keywords: ["停水", "水"] },
];

describe("suggestByText", () => {
  it("ranks articles by how much of their vocabulary the caller's words contain", () => {
    const hits = suggestByText(docs, "楼下烧烤店油烟很大，晚上还扰民");
    expect(hits.map((d) => d.title)).toEqual(["餐饮油烟扰民", "夜间施工噪声扰民"]);
  });

  it("counts longer keywords more and ignores one-character ones", () => {
    expect(suggestByText(docs, "小区门口有人摆摊占道经营").map((d) => d.title)[0]).toBe("占道经营怎么投诉？");
    expect(suggestByText(docs, "水")).toEqual([]);
    expect(suggestByText(docs, "家里的水龙头坏了")).toEqual([]);
  });

  it("is empty for empty text and respects the limit", () => {
    expect(suggestByText(docs, "  ")).toEqual([]);
    expect(suggestByText(docs, "扰民", 1)).toHaveLength(1);
  });
});
