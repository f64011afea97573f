import type { DB } from "@/server/db";

/**
 * 数据开放: the shape of a published dataset. A module publishes a dataset by defining it next to
 * its own code (e.g. server/modules/catalogue/open-data.ts) with `defineDataset` and adding it to the
 * list in ./datasets.ts — nothing else changes: the catalogue, the API, JSON pages and the
 * streaming CSV export all work from the definition.
 *
 * Rows are read in batches by keyset (`after` = the key of the last row of the previous batch, in
 * the dataset's stable order), so an export of any size holds one batch in memory and every batch
 * is one indexed range query. JSON pages use `offset` instead (pages are small and numbered).
 */

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime";

export type DatasetField = {
  /** JSON key, [a-zA-Z][a-zA-Z0-9_]* */
  name: string;
  /** Chinese column title (the CSV header) */
  title: string;
  type: FieldType;
  description: string;
  unit?: string;
};

export type CellValue = string | number | boolean | null;
export type DatasetRow = Record<string, CellValue>;
/** The key of a row in the dataset's order: a number, a string, or a tuple for composite keys. */
export type RowKey = number | string | (number | string)[];

export const UPDATE_FREQUENCIES = {
  realtime: "实时",
  hourly: "每小时",
  daily: "每日",
  weekly: "每周",
  monthly: "每月",
  quarterly: "每季度",
  yearly: "每年",
  irregular: "不定期",
} as const;
export type UpdateFrequency = keyof typeof UPDATE_FREQUENCIES;

export const LICENCES = {
  "cc-by-4.0": {
    id: "cc-by-4.0",
    name: "知识共享署名 4.0 国际许可协议（CC BY 4.0）",
    url: "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
    summary: "可自由复制、分发、改编和商用，须注明来源“智慧南通公共数据开放平台”。",
  },
} as const;
export type LicenceId = keyof typeof LICENCES;

export type DatasetSection = "economy" | "culture" | "governance" | "transport" | "environment" | "life";

export type DatasetDefinition = {
  /** URL id, lower-case letters, digits and hyphens (e.g. "service-catalogue") */
  id: string;
  title: string;
  description: string;
  /** publishing department's full name */
  publisher: string;
  section: DatasetSection;
  updateFrequency: UpdateFrequency;
  licence: LicenceId;
  keywords: string[];
  fields: DatasetField[];
  /** Whether rows are sample (示例) data; the catalogue says so. */
  sample?: boolean;
  /**
   * Rows in the dataset's stable order: after `after` (exclusive; null = from the start) or, for
   * numbered pages, from `offset`; at most `limit`. Returns the rows and the key of the last one.
   */
  read(db: DB, q: { after: RowKey | null; offset?: number; limit: number }): Promise<{ rows: DatasetRow[]; last: RowKey | null }>;
  count(db: DB): Promise<number>;
  /** When the data last changed, if known. */
  lastUpdated?(db: DB): Promise<Date | null>;
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** Checks a definition once, when the module loads (a bad id or field list is a programming error). */
export function defineDataset(def: DatasetDefinition): DatasetDefinition {
  if (!ID.test(def.id)) throw new Error(`dataset id ${JSON.stringify(def.id)}: use lower-case letters, digits and hyphens`);
  if (def.fields.length === 0) throw new Error(`dataset ${def.id}: no fields`);
  const names = new Set<string>();
  for (const f of def.fields) {
    if (!FIELD_NAME.test(f.name)) throw new Error(`dataset ${def.id}: bad field name ${JSON.stringify(f.name)}`);
    if (names.has(f.name)) throw new Error(`dataset ${def.id}: duplicate field ${f.name}`);
    names.add(f.name);
  }
  return def;
}

/** Lets a module define its datasets without tying it to the list in ./datasets.ts. */
export type DatasetList = readonly DatasetDefinition[];
