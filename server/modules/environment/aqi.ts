/**
 * Air quality index by HJ 633-2012《环境空气质量指数（AQI）技术规定（试行）》.
 *
 * Only concentrations are stored; IAQI, AQI, level and primary pollutant are always computed here.
 * Units: μg/m³ for SO2, NO2, PM10, PM2.5, O3; mg/m³ for CO (as the standard's Table 1).
 *
 * Table 1 (空气质量分指数及对应的污染物项目浓度限值) has separate breakpoints for averaging periods:
 * SO2, NO2 and CO have 24-hour and 1-hour tables; O3 has 1-hour and 8-hour tables; PM10 and PM2.5
 * have 24-hour tables only. Which one applies:
 *
 *  - 实时报 (the hourly real-time report, what the city publishes every hour and what
 *    `hourlyAqi` computes): its indicators are the 1-hour averages of SO2, NO2, O3, CO, PM2.5, PM10,
 *    the 8-hour moving average of O3 and the 24-hour moving averages of PM2.5 and PM10 (HJ 633 §5.2;
 *    nine indicators for six pollutants). The IAQI of SO2, NO2, CO and O3 uses their 1-hour tables on
 *    the 1-hour values; O3 also gets an IAQI from its 8-hour moving average on the 8-hour table; PM10
 *    and PM2.5 use their 24-hour table on their 24-hour moving averages (there is no 1-hour PM table).
 *  - 日报 (the daily report, `dailyAqi`): 24-hour averages of SO2, NO2, CO, PM10, PM2.5 on the
 *    24-hour tables, the day's maximum 1-hour O3 on the 1-hour table and the day's maximum 8-hour
 *    moving average O3 on the 8-hour table.
 *
 * Special rules of Table 1's notes:
 *  - SO2 1-hour above 800 μg/m³: no 1-hour IAQI is computed; SO2 is reported by its 24-hour IAQI.
 *  - O3 8-hour above 800 μg/m³: no 8-hour IAQI is computed; O3 is reported by its 1-hour IAQI.
 *  - Above the IAQI-500 limit a pollutant's IAQI is not computed further; we report 500 and flag it.
 *
 * Formula (§4.2): IAQI_P = (IAQI_Hi − IAQI_Lo) / (BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo, every IAQI
 * and the AQI rounded UP to a whole number (“计算结果应全部进位取整数”). AQI = max IAQI (§4.3).
 * Primary pollutant (§5.1): when AQI > 50, the pollutant with the largest IAQI; when several tie, all
 * of them. Pollutants with IAQI > 100 are 超标污染物.
 */

export const IAQI_STEPS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

/** Indicators an IAQI can be computed for: pollutant + averaging period. */
export type Indicator = "so2_24h" | "so2_1h" | "no2_24h" | "no2_1h" | "pm10_24h" | "co_24h" | "co_1h" | "o3_1h" | "o3_8h" | "pm25_24h";

/** HJ 633-2012 Table 1 breakpoints, one per IAQI step (shorter arrays end where the table ends). */
export const BREAKPOINTS: Record<Indicator, readonly number[]> = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800], // above 800: use the 24-hour IAQI (note 2)
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800], // above 800: use the 1-hour IAQI (note 3)
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
};

/** The six pollutants (what a primary pollutant is named by). */
export const POLLUTANTS = ["so2", "no2", "pm10", "co", "o3", "pm25"] as const;
export type Pollutant = (typeof POLLUTANTS)[number];

export const POLLUTANT_NAMES: Record<Pollutant, string> = {
  so2: "二氧化硫",
  no2: "二氧化氮",
  pm10: "可吸入颗粒物",
  co: "一氧化碳",
  o3: "臭氧",
  pm25: "细颗粒物",
};
export const POLLUTANT_SYMBOLS: Record<Pollutant, string> = { so2: "SO₂", no2: "NO₂", pm10: "PM₁₀", co: "CO", o3: "O₃", pm25: "PM₂.₅" };
export const POLLUTANT_UNITS: Record<Pollutant, "μg/m³" | "mg/m³"> = {
  so2: "μg/m³",
  no2: "μg/m³",
  pm10: "μg/m³",
  co: "mg/m³",
  o3: "μg/m³",
  pm25: "μg/m³",
};

export type IaqiResult = { iaqi: number; aboveScale: boolean } | null;

/**
 * IAQI of one concentration on one table, rounded up; null when the table does not apply (SO2
 * 1-hour or O3 8-hour above 800 — the caller then uses the other period) or the value is missing.
 */
export function computeIaqi(indicator: Indicator, concentration: number | null | undefined): IaqiResult {
  if (concentration === null || concentration === undefined || !Number.isFinite(concentration)) return null;
  if (concentration < 0) throw new RangeError(`${indicator}: concentration cannot be negative`);
  const bp = BREAKPOINTS[indicator];
  const top = bp[bp.length - 1]!;
  if (concentration > top) {
    if (indicator === "so2_1h" || indicator === "o3_8h") return null;
    return { iaqi: 500, aboveScale: true };
  }
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i]!;
    if (concentration <= hi) {
      const lo = bp[i - 1]!;
      const iLo = IAQI_STEPS[i - 1]!;
      const iHi = IAQI_STEPS[i]!;
      const exact = ((iHi - iLo) / (hi - lo)) * (concentration - lo) + iLo;
      // Round up, but not past float noise: 50.0000000001 from an exact breakpoint stays 50.
      return { iaqi: Math.ceil(Math.round(exact * 1e9) / 1e9), aboveScale: false };
    }
  }
  return { iaqi: 500, aboveScale: true };
}

export type AqiLevel = {
  /** 级别: 一级 … 六级 */
  grade: "一级" | "二级" | "三级" | "四级" | "五级" | "六级";
  /** 类别 */
  category: "优" | "良" | "轻度污染" | "中度污染" | "重度污染" | "严重污染";
  /** 表示颜色 (Appendix A), name and RGB hex */
  colorName: "绿色" | "黄色" | "橙色" | "红色" | "紫色" | "褐红色";
  color: string;
  /** 对健康影响情况 (Table 2) */
  healthEffect: string;
  /** 建议采取的措施 (Table 2) */
  advice: string;
  min: number;
  max: number | null;
};

/** HJ 633-2012 Table 2 and Appendix A (RGB 0,228,0 · 255,255,0 · 255,126,0 · 255,0,0 · 153,0,76 · 126,0,35). */
export const AQI_LEVELS: readonly AqiLevel[] = [
  {
    grade: "一级",
    category: "优",
    colorName: "绿色",
    color: "#00E400",
    healthEffect: "空气质量令人满意，基本无空气污染",
    advice: "各类人群可正常活动",
    min: 0,
    max: 50,
  },
  {
    grade: "二级",
    category: "良",
    colorName: "黄色",
    color: "#FFFF00",
    healthEffect: "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响",
    advice: "极少数异常敏感人群应减少户外活动",
    min: 51,
    max: 100,
  },
  {
    grade: "三级",
    category: "轻度污染",
    colorName: "橙色",
    color: "#FF7E00",
    healthEffect: "易感人群症状有轻度加剧，健康人群出现刺激症状",
    advice: "儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼",
    min: 101,
    max: 150,
  },
  {
    grade: "四级",
    category: "中度污染",
    colorName: "红色",
    color: "#FF0000",
    healthEffect: "进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响",
    advice: "儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动",
    min: 151,
    max: 200,
  },
  {
    grade: "五级",
    category: "重度污染",
    colorName: "紫色",
    color: "#99004C",
    healthEffect: "心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状",
    advice: "儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动",
    min: 201,
    max: 300,
  },
  {
    grade: "六级",
    category: "严重污染",
    colorName: "褐红色",
    color: "#7E0023",
    healthEffect: "健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病",
    advice: "儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动",
    min: 301,
    max: null,
  },
];

export function aqiLevel(aqi: number): AqiLevel {
  if (!Number.isFinite(aqi) || aqi < 0) throw new RangeError("AQI must be a non-negative number");
  return AQI_LEVELS.find((l) => l.max === null || aqi <= l.max)!;
}

/** Concentrations of one hour at one station (null = not measured / invalid hour). */
export type HourlyConcentrations = {
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3: number | null;
  pm25: number | null;
};

/** What the real-time report needs: the hour's values plus the moving averages ending at that hour. */
export type RealtimeInput = HourlyConcentrations & {
  /** 24-hour moving averages ending at the hour (PM for the IAQI; SO2 for the > 800 rule) */
  pm10_24h: number | null;
  pm25_24h: number | null;
  so2_24h: number | null;
  /** O3 8-hour moving average ending at the hour */
  o3_8h: number | null;
};

export type AqiResult = {
  aqi: number | null;
  level: AqiLevel | null;
  /** IAQI per indicator actually used (e.g. o3_1h and o3_8h, pm25_24h) */
  iaqi: Partial<Record<Indicator, number>>;
  /** IAQI per pollutant (the larger of its indicators): what the primary pollutant is chosen by */
  pollutantIaqi: Partial<Record<Pollutant, number>>;
  /** Empty when AQI ≤ 50 (§5.1); all tied pollutants otherwise */
  primaryPollutants: Pollutant[];
  /** Pollutants with IAQI > 100 */
  exceeding: Pollutant[];
  /** Indicators whose concentration is above the IAQI-500 limit */
  aboveScale: Indicator[];
};

const pollutantOf = (ind: Indicator): Pollutant => ind.split("_")[0] as Pollutant;

function combine(parts: [Indicator, number | null | undefined][]): AqiResult {
  const iaqi: Partial<Record<Indicator, number>> = {};
  const aboveScale: Indicator[] = [];
  for (const [ind, c] of parts) {
    const r = computeIaqi(ind, c);
    if (!r) continue;
    iaqi[ind] = r.iaqi;
    if (r.aboveScale) aboveScale.push(ind);
  }
  // Note 2: SO2 1-hour above 800 → SO2 is reported by its 24-hour IAQI instead.
  const so2Hour = parts.find(([i]) => i === "so2_1h")?.[1];
  if (so2Hour !== undefined && so2Hour !== null && so2Hour > 800) {
    const day = computeIaqi("so2_24h", parts.find(([i]) => i === "so2_24h")?.[1] ?? null);
    if (day) iaqi.so2_24h = day.iaqi;
  } else if (parts.some(([i]) => i === "so2_1h")) {
    delete iaqi.so2_24h; // the 24-hour SO2 is only a fallback in the real-time report
  }
  const pollutantIaqi: Partial<Record<Pollutant, number>> = {};
  for (const [ind, v] of Object.entries(iaqi) as [Indicator, number][]) {
    const p = pollutantOf(ind);
    pollutantIaqi[p] = Math.max(pollutantIaqi[p] ?? 0, v);
  }
  const values = Object.values(pollutantIaqi);
  if (values.length === 0) return { aqi: null, level: null, iaqi, pollutantIaqi, primaryPollutants: [], exceeding: [], aboveScale };
  const aqi = Math.max(...values);
  const ordered = POLLUTANTS.filter((p) => pollutantIaqi[p] !== undefined);
  return {
    aqi,
    level: aqiLevel(aqi),
    iaqi,
    pollutantIaqi,
    primaryPollutants: aqi > 50 ? ordered.filter((p) => pollutantIaqi[p] === aqi) : [],
    exceeding: ordered.filter((p) => pollutantIaqi[p]! > 100),
    aboveScale,
  };
}

/** The real-time (hourly) AQI of one station for one hour (see the header for the tables used). */
export function hourlyAqi(input: RealtimeInput): AqiResult {
  return combine([
    ["so2_1h", input.so2],
    ["so2_24h", input.so2_24h],
    ["no2_1h", input.no2],
    ["co_1h", input.co],
    ["o3_1h", input.o3],
    ["o3_8h", input.o3_8h],
    ["pm10_24h", input.pm10_24h],
    ["pm25_24h", input.pm25_24h],
  ]);
}

export type DailyInput = {
  so2_24h: number | null;
  no2_24h: number | null;
  pm10_24h: number | null;
  co_24h: number | null;
  pm25_24h: number | null;
  /** the day's maximum 1-hour O3 and maximum 8-hour moving average O3 */
  o3_1h_max: number | null;
  o3_8h_max: number | null;
};

/** The daily report's AQI (日报). O3 8-hour above 800 falls back to the 1-hour IAQI (note 3). */
export function dailyAqi(input: DailyInput): AqiResult {
  return combine([
    ["so2_24h", input.so2_24h],
    ["no2_24h", input.no2_24h],
    ["pm10_24h", input.pm10_24h],
    ["co_24h", input.co_24h],
    ["pm25_24h", input.pm25_24h],
    ["o3_1h", input.o3_1h_max],
    ["o3_8h", input.o3_8h_max],
  ]);
}

/**
 * Moving average of the last `hours` values (oldest first; null = missing), or null when fewer
 * than the valid minimum are present: GB 3095-2012 §8.2 needs ≥ 20 hourly values for a 24-hour
 * average and ≥ 6 for an 8-hour one.
 */
export function movingAverage(values: readonly (number | null)[], hours: 24 | 8): number | null {
  const window = values.slice(-hours).filter((v): v is number => v !== null && Number.isFinite(v));
  const min = hours === 24 ? 20 : 6;
  if (window.length < min) return null;
  return window.reduce((a, b) => a + b, 0) / window.length;
}

/** "PM₂.₅、臭氧" — primary pollutants for display, or "—" when none (AQI ≤ 50). */
export function describePrimary(pollutants: readonly Pollutant[]): string {
  return pollutants.length
    ? pollutants.map((p) => (p === "pm25" || p === "pm10" ? POLLUTANT_SYMBOLS[p] : POLLUTANT_NAMES[p])).join("、")
    : "—";
}
