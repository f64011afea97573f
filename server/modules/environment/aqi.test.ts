import { describe, expect, it } from "vitest";
import {
  AQI_LEVELS,
  BREAKPOINTS,
  IAQI_STEPS,
  aqiLevel,
  computeIaqi,
  dailyAqi,
  describePrimary,
  hourlyAqi,
  movingAverage,
  type Indicator,
  type RealtimeInput,
} from "./aqi";

const clean: RealtimeInput = {
  so2: 8,
  no2: 20,
  pm10: 30,
  co: 0.5,
  o3: 60,
  pm25: 15,
  so2_24h: 8,
  pm10_24h: 30,
  pm25_24h: 15,
  o3_8h: 50,
};

describe("HJ 633-2012 Table 1 breakpoints", () => {
  // Every boundary of every table gives exactly its IAQI step, and a hair above it rounds up to the next integer.
  for (const [indicator, bps] of Object.entries(BREAKPOINTS) as [Indicator, readonly number[]][]) {
    bps.forEach((bp, i) => {
      it(`${indicator} at ${bp} → IAQI ${IAQI_STEPS[i]}`, () => {
        expect(computeIaqi(indicator, bp)).toEqual({ iaqi: IAQI_STEPS[i], aboveScale: false });
        if (i < bps.length - 1) {
          const above = computeIaqi(indicator, bp + (bps[i + 1]! - bp) / 1000);
          expect(above?.iaqi).toBe(IAQI_STEPS[i]! + 1);
        }
      });
    });
  }

  it("has the published values of the tables that readers check most", () => {
    expect(BREAKPOINTS.pm25_24h).toEqual([0, 35, 75, 115, 150, 250, 350, 500]);
    expect(BREAKPOINTS.pm10_24h).toEqual([0, 50, 150, 250, 350, 420, 500, 600]);
    expect(BREAKPOINTS.o3_8h).toEqual([0, 100, 160, 215, 265, 800]);
    expect(BREAKPOINTS.so2_1h).toEqual([0, 150, 500, 650, 800]);
    expect(BREAKPOINTS.co_1h).toEqual([0, 5, 10, 35, 60, 90, 120, 150]);
  });
});

describe("IAQI formula", () => {
  it("interpolates linearly and always rounds up", () => {
    expect(computeIaqi("pm25_24h", 36)!.iaqi).toBe(52); // 51.25
    expect(computeIaqi("pm25_24h", 80)!.iaqi).toBe(107); // 106.25
    expect(computeIaqi("pm25_24h", 75.5)!.iaqi).toBe(101); // 100.625
    expect(computeIaqi("no2_1h", 150)!.iaqi).toBe(75);
    expect(computeIaqi("pm10_24h", 1)!.iaqi).toBe(1);
    expect(computeIaqi("pm25_24h", 0)!.iaqi).toBe(0);
  });

  it("does not round float noise up (CO 5.1 mg/m³ is exactly 51)", () => {
    expect(computeIaqi("co_1h", 5.1)!.iaqi).toBe(51);
    expect(computeIaqi("co_24h", 2.2)!.iaqi).toBe(55);
  });

  it("reports 500 for concentrations above the scale, and flags them", () => {
    expect(computeIaqi("pm25_24h", 650)).toEqual({ iaqi: 500, aboveScale: true });
    expect(computeIaqi("o3_1h", 1300)).toEqual({ iaqi: 500, aboveScale: true });
  });

  it("has no 1-hour SO2 IAQI above 800 nor 8-hour O3 IAQI above 800", () => {
    expect(computeIaqi("so2_1h", 801)).toBeNull();
    expect(computeIaqi("o3_8h", 801)).toBeNull();
  });

  it("treats missing values as not measured and rejects negative ones", () => {
    expect(computeIaqi("no2_1h", null)).toBeNull();
    expect(computeIaqi("no2_1h", Number.NaN)).toBeNull();
    expect(() => computeIaqi("no2_1h", -1)).toThrow(RangeError);
  });
});

describe("levels (Table 2, Appendix A)", () => {
  it.each([
    [0, "一级", "优", "#00E400"],
    [50, "一级", "优", "#00E400"],
    [51, "二级", "良", "#FFFF00"],
    [100, "二级", "良", "#FFFF00"],
    [101, "三级", "轻度污染", "#FF7E00"],
    [150, "三级", "轻度污染", "#FF7E00"],
    [151, "四级", "中度污染", "#FF0000"],
    [200, "四级", "中度污染", "#FF0000"],
    [201, "五级", "重度污染", "#99004C"],
    [300, "五级", "重度污染", "#99004C"],
    [301, "六级", "严重污染", "#7E0023"],
    [500, "六级", "严重污染", "#7E0023"],
  ])("AQI %i is %s %s", (aqi, grade, category, color) => {
    const level = aqiLevel(aqi);
    expect([level.grade, level.category, level.color]).toEqual([grade, category, color]);
    expect(level.healthEffect.length).toBeGreaterThan(5);
    expect(level.advice.length).toBeGreaterThan(5);
  });

  it("has six levels with the standard's advice", () => {
    expect(AQI_LEVELS).toHaveLength(6);
    expect(aqiLevel(160).advice).toContain("一般人群适量减少户外运动");
    expect(aqiLevel(420).advice).toContain("一般人群应避免户外活动");
  });
});

describe("real-time AQI", () => {
  it("is the largest IAQI, with no primary pollutant at 50 or below", () => {
    const r = hourlyAqi(clean);
    expect(r.aqi).toBe(Math.max(...Object.values(r.pollutantIaqi)));
    expect(r.aqi).toBeLessThanOrEqual(50);
    expect(r.level?.category).toBe("优");
    expect(r.primaryPollutants).toEqual([]);
  });

  it("uses the 24-hour moving average for PM, not the hour's value", () => {
    const r = hourlyAqi({ ...clean, pm25: 300, pm25_24h: 60 });
    expect(r.iaqi.pm25_24h).toBe(82); // 50 + 50/40 × 25 = 81.25
    expect(r.aqi).toBe(82);
    expect(r.primaryPollutants).toEqual(["pm25"]);
  });

  it("names the primary pollutant only above 50, and every pollutant tied at the maximum", () => {
    const tied = hourlyAqi({ ...clean, pm25_24h: 75, pm10_24h: 150 });
    expect(tied.aqi).toBe(100);
    expect(tied.primaryPollutants).toEqual(["pm10", "pm25"]);
    expect(describePrimary(tied.primaryPollutants)).toBe("PM₁₀、PM₂.₅");

    const at50 = hourlyAqi({ ...clean, pm25_24h: 35 });
    expect(at50.aqi).toBe(50);
    expect(at50.primaryPollutants).toEqual([]);
    expect(describePrimary(at50.primaryPollutants)).toBe("—");

    const at51 = hourlyAqi({ ...clean, pm25_24h: 35.5 });
    expect(at51.aqi).toBe(51);
    expect(at51.primaryPollutants).toEqual(["pm25"]);
  });

  it("lists pollutants above IAQI 100 as exceeding", () => {
    const r = hourlyAqi({ ...clean, pm25_24h: 120, no2: 250 });
    expect(r.exceeding).toEqual(["no2", "pm25"]);
    expect(r.primaryPollutants).toEqual(["pm25"]);
  });

  it("takes O3 from the larger of its 1-hour and 8-hour IAQI", () => {
    const r = hourlyAqi({ ...clean, o3: 180, o3_8h: 170 });
    expect(r.iaqi.o3_1h).toBe(75);
    expect(r.iaqi.o3_8h).toBe(110); // 100 + 50/55 × 10 = 109.09, rounded up
    expect(r.pollutantIaqi.o3).toBe(110);
    expect(r.primaryPollutants).toEqual(["o3"]);
  });

  it("reports O3 by its 1-hour IAQI when the 8-hour average is above 800", () => {
    const r = hourlyAqi({ ...clean, o3: 900, o3_8h: 820 });
    expect(r.iaqi.o3_8h).toBeUndefined();
    expect(r.iaqi.o3_1h).toBe(350);
    expect(r.aqi).toBe(350);
  });

  it("reports SO2 by its 24-hour IAQI when the hour is above 800", () => {
    const r = hourlyAqi({ ...clean, so2: 900, so2_24h: 300 });
    expect(r.iaqi.so2_1h).toBeUndefined();
    expect(r.iaqi.so2_24h).toBe(124); // 100 + 50/325 × 150 = 123.08
    expect(r.pollutantIaqi.so2).toBe(124);
  });

  it("uses the 1-hour SO2 table when the hour is at or below 800", () => {
    const r = hourlyAqi({ ...clean, so2: 800, so2_24h: 300 });
    expect(r.iaqi.so2_1h).toBe(200);
    expect(r.iaqi.so2_24h).toBeUndefined();
  });

  it("has no AQI when nothing was measured", () => {
    const none = hourlyAqi({
      so2: null,
      no2: null,
      pm10: null,
      co: null,
      o3: null,
      pm25: null,
      so2_24h: null,
      pm10_24h: null,
      pm25_24h: null,
      o3_8h: null,
    });
    expect(none.aqi).toBeNull();
    expect(none.level).toBeNull();
  });
});

describe("daily AQI", () => {
  it("uses the 24-hour tables and the O3 daily maxima", () => {
    const r = dailyAqi({ so2_24h: 10, no2_24h: 45, pm10_24h: 80, co_24h: 0.8, pm25_24h: 50, o3_1h_max: 150, o3_8h_max: 120 });
    expect(r.iaqi.no2_24h).toBe(57); // 50 + 50/40 × 5 = 56.25
    expect(r.iaqi.pm10_24h).toBe(65);
    expect(r.iaqi.pm25_24h).toBe(69); // 50 + 50/40 × 15 = 68.75
    expect(r.iaqi.o3_8h).toBe(67); // 50 + 50/60 × 20 = 66.67
    expect(r.iaqi.o3_1h).toBe(47); // 50/160 × 150 = 46.88
    expect(r.aqi).toBe(69);
    expect(r.primaryPollutants).toEqual(["pm25"]);
    expect(r.level?.category).toBe("良");
  });
});

describe("moving averages", () => {
  it("needs 20 of 24 hours and 6 of 8 hours (GB 3095-2012)", () => {
    const day = Array.from({ length: 24 }, (_, i) => (i < 5 ? null : 40));
    expect(movingAverage(day, 24)).toBe(null); // 19 values
    day[0] = 40;
    expect(movingAverage(day, 24)).toBe(40); // 20 values
    expect(movingAverage([1, 2, 3, 4, 5, null, null], 8)).toBe(null);
    expect(movingAverage([1, 2, 3, 4, 5, 6, null, null], 8)).toBe(3.5);
  });
});
