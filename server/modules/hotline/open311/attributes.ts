import type { HotlineCategoryAttribute } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { parseIsoParam } from "./params";

/** What each attribute datatype expects, in the service definition. */
export const DATATYPE_DESCRIPTIONS: Record<HotlineCategoryAttribute["datatype"], string> = {
  string: "一行文字，不超过500字",
  number: "数字，如 12 或 3.5",
  datetime: "带时区的 ISO 8601 时间，如 2026-11-30T08:30:00+08:00",
  text: "一段文字，不超过500字",
  singlevaluelist: "从 values 中选一个 key",
  multivaluelist: "从 values 中选一个或多个 key（参数重复提交）",
};

/** A category's attributes in their display order. */
export function sortedAttributes(attributes: HotlineCategoryAttribute[] | null): HotlineCategoryAttribute[] {
  return [...(attributes ?? [])].sort((a, b) => a.order - b.order);
}

/** Checks the answers against the service definition: unknown codes, required, datatypes, value lists. */
export function validateAttributes(defs: HotlineCategoryAttribute[], given: Map<string, string[]>): Record<string, string | string[]> {
  const byCode = new Map(defs.map((d) => [d.code, d]));
  for (const code of given.keys()) {
    if (!byCode.has(code))
      throw new AppError("BAD_REQUEST", `attribute[${code}] 不是该服务定义的属性，请查询 services/{service_code} 的 attributes`);
  }
  const out: Record<string, string | string[]> = {};
  for (const d of defs) {
    const values = given.get(d.code) ?? [];
    if (values.length === 0) {
      if (d.required) throw new AppError("BAD_REQUEST", `缺少必填属性 attribute[${d.code}]（${d.description}）`);
      continue;
    }
    if (values.some((v) => v.length > 500)) throw new AppError("BAD_REQUEST", `attribute[${d.code}] 不超过500字`);
    const keys = new Set((d.values ?? []).map((v) => v.key));
    switch (d.datatype) {
      case "string":
      case "text":
      case "number":
      case "datetime":
      case "singlevaluelist": {
        if (values.length > 1) throw new AppError("BAD_REQUEST", `attribute[${d.code}] 只能有一个值`);
        const v = values[0]!;
        if (d.datatype === "number" && !/^-?\d+(\.\d+)?$/.test(v)) throw new AppError("BAD_REQUEST", `attribute[${d.code}] 应为数字`);
        if (d.datatype === "datetime") parseIsoParam(`attribute[${d.code}]`, v);
        if (d.datatype === "singlevaluelist" && !keys.has(v))
          throw new AppError("BAD_REQUEST", `attribute[${d.code}] 的值 ${v} 不在可选值中，可选：${[...keys].join("、")}`);
        out[d.code] = v;
        break;
      }
      case "multivaluelist": {
        if (values.length > 20) throw new AppError("BAD_REQUEST", `attribute[${d.code}] 最多选20个值`);
        const bad = values.find((v) => !keys.has(v));
        if (bad !== undefined)
          throw new AppError("BAD_REQUEST", `attribute[${d.code}] 的值 ${bad} 不在可选值中，可选：${[...keys].join("、")}`);
        out[d.code] = [...new Set(values)];
        break;
      }
    }
  }
  return out;
}
