import { describe, expect, it } from "vitest";
import { ageOn, healthReminders, indicatorFlag, referenceText } from "./flags";

const item = (value: string, refLow: number | null, refHigh: number | null, refText: string | null = null) => ({
  value,
  refLow,
  refHigh,
  refText,
});

describe("indicator flags", () => {
  it("compares numbers with the range, text with the expected text, and says so in words", () => {
    expect(indicatorFlag(item("108", 115, 150))).toBe("low");
    expect(indicatorFlag(item("151", 115, 150))).toBe("high");
    expect(indicatorFlag(item("150", 115, 150))).toBe("normal");
    expect(indicatorFlag(item("5.9", null, 5.2))).toBe("high");
    expect(indicatorFlag(item("<0.5", null, 1))).toBe("normal");
    expect(indicatorFlag(item("阴性", null, null, "阴性"))).toBe("normal");
    expect(indicatorFlag(item("弱阳性（±）", null, null, "阴性"))).toBe("abnormal");
    expect(indicatorFlag(item("163", null, null))).toBe("unknown");
    expect(indicatorFlag(item("未测", 1, 2))).toBe("unknown");
    expect([referenceText(item("", 3.5, 5.3)), referenceText(item("", null, 5.2)), referenceText(item("", 1.04, null))]).toEqual([
      "3.5–5.3",
      "< 5.2",
      "≥ 1.04",
    ]);
  });

  it("counts age in full years, the birthday itself included", () => {
    expect(ageOn("2018-05-20", "2036-05-19")).toBe(17);
    expect(ageOn("2018-05-20", "2036-05-20")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
  });

  it("reminds of the annual check, the next dose of each vaccine's latest dose, and a follow-up soon", () => {
    const r = healthReminders(
      { name: "小满" },
      {
        lastCheckupOn: "2025-12-20",
        vaccinations: [
          { vaccine: "流感疫苗", dose: "第1剂", vaccinatedOn: "2026-11-10", nextDueOn: "2026-12-08" },
          { vaccine: "乙肝疫苗", dose: "第2剂", vaccinatedOn: "2018-06-20", nextDueOn: "2018-11-20" },
          { vaccine: "乙肝疫苗", dose: "第3剂", vaccinatedOn: "2018-11-20", nextDueOn: null },
        ],
        followUps: [
          { condition: "高血压", nextOn: "2026-12-10" },
          { condition: "糖尿病", nextOn: "2027-03-01" },
        ],
      },
      "2026-12-02",
    );
    expect(r.map((x) => x.title)).toEqual(["小满的流感疫苗下一剂快到了", "小满的高血压随访：2026-12-10", "小满的年度体检快到期了"]);
    expect(healthReminders({ name: "x" }, { lastCheckupOn: "2026-06-01", vaccinations: [], followUps: [] }, "2026-12-02")).toEqual([]);
  });
});
