import { asc, count, eq, gt, max, sql } from "drizzle-orm";
import { economyCreditListEntry, economyIndicator, economyIndicatorValue } from "@/drizzle/schema";
import { defineDataset } from "@/server/modules/open-data/registry";

/** 数据开放: 信用南通 红黑榜 entries, one row per entry, in id order. */
export const creditListDataset = defineDataset({
  id: "credit-red-black-lists",
  title: "信用南通红黑榜",
  description: "信用南通发布的守信红名单和失信黑名单：类别、主体名称、统一社会信用代码、认定事由、认定文号、发布部门、发布日期和有效期。",
  publisher: "南通市发展和改革委员会",
  section: "economy",
  updateFrequency: "irregular",
  licence: "cc-by-4.0",
  keywords: ["信用", "红黑榜", "红名单", "黑名单", "失信", "守信"],
  sample: true,
  fields: [
    { name: "id", title: "编号", type: "integer", description: "记录编号" },
    { name: "list", title: "榜单", type: "string", description: "red（红榜）或 black（黑榜）" },
    { name: "category", title: "类别", type: "string", description: "如 纳税信用A级纳税人、重大税收违法失信主体" },
    { name: "subjectName", title: "主体名称", type: "string", description: "企业或其他组织名称" },
    { name: "uscc", title: "统一社会信用代码", type: "string", description: "18位统一社会信用代码（GB 32100）" },
    { name: "reason", title: "认定事由", type: "string", description: "列入的事由" },
    { name: "decisionNo", title: "认定文号", type: "string", description: "认定文书的文号" },
    { name: "publisher", title: "发布部门", type: "string", description: "认定并发布的部门" },
    { name: "publishedOn", title: "发布日期", type: "date", description: "发布日期" },
    { name: "validUntil", title: "有效期至", type: "date", description: "有效期截止日期（空为长期）" },
    { name: "sample", title: "示例数据", type: "boolean", description: "true 表示演示用示例数据" },
  ],
  async read(db, { after, offset, limit }) {
    const rows = await db
      .select({
        id: economyCreditListEntry.id,
        list: economyCreditListEntry.list,
        category: economyCreditListEntry.category,
        subjectName: economyCreditListEntry.subjectName,
        uscc: economyCreditListEntry.uscc,
        reason: economyCreditListEntry.reason,
        decisionNo: economyCreditListEntry.decisionNo,
        publisher: economyCreditListEntry.publisher,
        publishedOn: economyCreditListEntry.publishedOn,
        validUntil: economyCreditListEntry.validUntil,
        sample: economyCreditListEntry.sample,
      })
      .from(economyCreditListEntry)
      .where(typeof after === "number" ? gt(economyCreditListEntry.id, after) : undefined)
      .orderBy(asc(economyCreditListEntry.id))
      .limit(limit)
      .offset(after === null ? (offset ?? 0) : 0);
    return { rows, last: rows.at(-1)?.id ?? null };
  },
  async count(db) {
    const [r] = await db.select({ n: count() }).from(economyCreditListEntry);
    return r?.n ?? 0;
  },
  async lastUpdated(db) {
    const [r] = await db.select({ day: max(economyCreditListEntry.publishedOn) }).from(economyCreditListEntry);
    return r?.day ? new Date(`${r.day}T00:00:00+08:00`) : null;
  },
});

/** 数据开放: 宏观经济 indicators by year, with the source of every value. */
export const economicIndicatorsDataset = defineDataset({
  id: "economic-indicators",
  title: "南通市主要经济指标（年度）",
  description: "地区生产总值、增速、人口、城镇化率、居民收入等年度指标；每个数值注明来源，未找到可引用来源的数值标为示例数据。",
  publisher: "南通市统计局",
  section: "economy",
  updateFrequency: "yearly",
  licence: "cc-by-4.0",
  keywords: ["GDP", "地区生产总值", "宏观经济", "统计", "人口"],
  fields: [
    { name: "indicator", title: "指标代码", type: "string", description: "指标代码，如 gdp" },
    { name: "name", title: "指标", type: "string", description: "指标名称" },
    { name: "unit", title: "单位", type: "string", description: "计量单位" },
    { name: "year", title: "年份", type: "integer", description: "统计年度" },
    { name: "value", title: "数值", type: "number", description: "指标数值" },
    { name: "sample", title: "示例数据", type: "boolean", description: "true 表示未找到可引用来源的示例数值" },
    { name: "source", title: "来源", type: "string", description: "数值来源" },
    { name: "sourceUrl", title: "来源链接", type: "string", description: "来源网址（如有）" },
  ],
  async read(db, { after, offset, limit }) {
    const key = Array.isArray(after) ? after : null;
    const rows = await db
      .select({
        indicator: economyIndicatorValue.indicatorCode,
        name: economyIndicator.name,
        unit: economyIndicator.unit,
        year: economyIndicatorValue.year,
        value: economyIndicatorValue.value,
        sample: economyIndicatorValue.sample,
        source: economyIndicatorValue.source,
        sourceUrl: economyIndicatorValue.sourceUrl,
      })
      .from(economyIndicatorValue)
      .innerJoin(economyIndicator, eq(economyIndicator.code, economyIndicatorValue.indicatorCode))
      .where(
        key
          ? sql`(${economyIndicatorValue.indicatorCode}, ${economyIndicatorValue.year}) > (${String(key[0])}, ${Number(key[1])})`
          : undefined,
      )
      .orderBy(asc(economyIndicatorValue.indicatorCode), asc(economyIndicatorValue.year))
      .limit(limit)
      .offset(after === null ? (offset ?? 0) : 0);
    const lastRow = rows.at(-1);
    return { rows, last: lastRow ? [lastRow.indicator, lastRow.year] : null };
  },
  async count(db) {
    const [r] = await db.select({ n: count() }).from(economyIndicatorValue);
    return r?.n ?? 0;
  },
});
