import { asc, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { economyIndicator, economyIndicatorValue } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { toCsv } from "@/server/modules/open-data/csv";

/**
 * 宏观经济: Nantong indicators by year. Every value carries its source; values without one we could
 * cite are marked `sample` and the pages say so.
 */

export type IndicatorValue = {
  year: number;
  value: number;
  source: string;
  sourceUrl: string | null;
  note: string | null;
  sample: boolean;
};
export type Indicator = { code: string; name: string; unit: string; category: string; description: string; values: IndicatorValue[] };

/** Every indicator with its values, oldest year first. */
export async function listIndicators(db: DB): Promise<Indicator[]> {
  const indicators = await db
    .select({
      code: economyIndicator.code,
      name: economyIndicator.name,
      unit: economyIndicator.unit,
      category: economyIndicator.category,
      description: economyIndicator.description,
    })
    .from(economyIndicator)
    .orderBy(asc(economyIndicator.sortOrder), asc(economyIndicator.code));
  const values = await db
    .select({
      indicatorCode: economyIndicatorValue.indicatorCode,
      year: economyIndicatorValue.year,
      value: economyIndicatorValue.value,
      source: economyIndicatorValue.source,
      sourceUrl: economyIndicatorValue.sourceUrl,
      note: economyIndicatorValue.note,
      sample: economyIndicatorValue.sample,
    })
    .from(economyIndicatorValue)
    .orderBy(asc(economyIndicatorValue.indicatorCode), asc(economyIndicatorValue.year));
  const byCode = new Map<string, IndicatorValue[]>();
  for (const { indicatorCode, ...v } of values) {
    const list = byCode.get(indicatorCode) ?? [];
    list.push(v);
    byCode.set(indicatorCode, list);
  }
  return indicators.map((i) => ({ ...i, values: byCode.get(i.code) ?? [] }));
}

/** One indicator (the chart of one series). */
export async function getIndicator(db: DB, code: string): Promise<Indicator> {
  const [row] = await db.select({ code: economyIndicator.code }).from(economyIndicator).where(eq(economyIndicator.code, code)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "找不到该经济指标");
  const all = await listIndicators(db);
  return all.find((i) => i.code === code)!;
}

/**
 * The accessible table behind the charts: one row per year, one column per indicator (null where
 * there is no value), plus which cells are sample values.
 */
export function indicatorTable(indicators: Indicator[]) {
  const years = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.year)))].sort((a, b) => a - b);
  return {
    columns: indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit })),
    rows: years.map((year) => ({
      year,
      cells: indicators.map((i) => {
        const v = i.values.find((x) => x.year === year);
        return v ? { value: v.value, sample: v.sample } : null;
      }),
    })),
  };
}

export const INDICATOR_CSV_HEADER = ["指标代码", "指标", "单位", "年份", "数值", "是否示例数据", "来源", "来源链接", "说明"] as const;

/** The whole indicator table as CSV (one row per indicator and year, with its source). It is small: built in memory. */
export async function indicatorsCsv(db: DB): Promise<string> {
  const indicators = await listIndicators(db);
  const rows = indicators.flatMap((i) =>
    i.values.map((v) => [i.code, i.name, i.unit, v.year, v.value, v.sample ? "是（示例）" : "否", v.source, v.sourceUrl, v.note]),
  );
  return toCsv(INDICATOR_CSV_HEADER, rows);
}
