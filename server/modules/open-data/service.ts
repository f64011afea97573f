import type { DB } from "@/server/db";
import { AppError } from "@/server/lib/errors";
import { excerpt, type SearchDocument } from "@/server/lib/search-document";
import { buildSearchIndex, searchIndex } from "@/server/lib/text-search";
import { CSV_BOM, csvLine } from "./csv";
import { DATASETS } from "./datasets";
import { LICENCES, UPDATE_FREQUENCIES, type DatasetDefinition, type DatasetList, type DatasetRow, type RowKey } from "./registry";

/**
 * 数据开放 services: the catalogue of registered datasets, one dataset's description, numbered JSON
 * pages, and full exports as streams (CSV or JSON) that read the rows batch by batch — an export
 * never holds more than one batch of rows, however large the dataset.
 */

export const datasetUrl = (id: string) => `/governance/data/${id}`;
export const DATASET_NOT_FOUND = (id: string) => `找不到数据集“${id}”，请先查询数据集列表`;
/** Rows per database round trip of an export. */
export const EXPORT_BATCH_SIZE = 1000;
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;

function metadata(d: DatasetDefinition) {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    publisher: d.publisher,
    section: d.section,
    updateFrequency: d.updateFrequency,
    updateFrequencyName: UPDATE_FREQUENCIES[d.updateFrequency],
    licence: LICENCES[d.licence],
    keywords: d.keywords,
    sample: d.sample ?? false,
  };
}
export type DatasetSummary = ReturnType<typeof metadata> & { rowCount: number; lastUpdated: string | null };

/** The dataset with this id, or NOT_FOUND. */
export function findDataset(id: string, list: DatasetList = DATASETS): DatasetDefinition {
  const d = list.find((x) => x.id === id);
  if (!d) throw new AppError("NOT_FOUND", DATASET_NOT_FOUND(id));
  return d;
}

async function summarize(db: DB, d: DatasetDefinition): Promise<DatasetSummary> {
  const [rowCount, updated] = await Promise.all([d.count(db), d.lastUpdated?.(db) ?? Promise.resolve(null)]);
  return { ...metadata(d), rowCount, lastUpdated: updated?.toISOString() ?? null };
}

/** The catalogue: every dataset (optionally of one section, or matching a search) with its row count. */
export async function listDatasets(db: DB, opts: { q?: string; section?: string; list?: DatasetList } = {}): Promise<DatasetSummary[]> {
  let list = [...(opts.list ?? DATASETS)];
  if (opts.section) list = list.filter((d) => d.section === opts.section);
  if (opts.q?.trim()) {
    const index = buildSearchIndex(
      list.map((d) => ({ payload: d, title: d.title, names: [d.title], keywords: [...d.keywords, d.publisher], summary: d.description })),
    );
    list = searchIndex(index, opts.q, { limit: list.length }).map((h) => h.payload);
  }
  const out: DatasetSummary[] = [];
  for (const d of list) out.push(await summarize(db, d));
  return out;
}

/** One dataset's description: metadata, fields, row count and a preview of its first rows. */
export async function getDataset(db: DB, id: string, opts: { previewRows?: number; list?: DatasetList } = {}) {
  const d = findDataset(id, opts.list);
  const preview = await d.read(db, { after: null, limit: Math.max(0, Math.min(opts.previewRows ?? 10, 50)) });
  return { ...(await summarize(db, d)), fields: d.fields, preview: preview.rows };
}

/** A numbered page of rows (1-based); a page past the end is empty. */
export async function datasetPage(db: DB, id: string, opts: { page: number; pageSize?: number; list?: DatasetList }) {
  const d = findDataset(id, opts.list);
  const pageSize = Math.max(1, Math.min(opts.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
  const page = Math.max(1, Math.trunc(opts.page));
  const [total, { rows }] = await Promise.all([d.count(db), d.read(db, { after: null, offset: (page - 1) * pageSize, limit: pageSize })]);
  return {
    dataset: d.id,
    page,
    pageSize,
    total,
    totalPages: Math.ceil(total / pageSize),
    fields: d.fields.map((f) => f.name),
    items: rows,
  };
}

/**
 * Reads a whole dataset batch by batch (keyset), yielding one batch at a time. The generator does
 * not read ahead: the next batch is fetched when the consumer asks for it.
 */
export async function* datasetBatches(db: DB, d: DatasetDefinition, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<DatasetRow[]> {
  let after: RowKey | null = null;
  for (;;) {
    const { rows, last }: { rows: DatasetRow[]; last: RowKey | null } = await d.read(db, { after, limit: batchSize });
    if (rows.length) yield rows;
    if (rows.length < batchSize || last === null) return;
    after = last;
  }
}

/** A pull-based byte stream over an async iterable of text chunks (backpressure: one chunk queued). */
function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (e) {
          controller.error(e);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** The whole dataset as CSV (BOM, Chinese column titles, RFC 4180), streamed batch by batch. */
export function exportCsvStream(db: DB, d: DatasetDefinition, opts: { batchSize?: number } = {}): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield CSV_BOM + csvLine(d.fields.map((f) => f.title));
    for await (const rows of datasetBatches(db, d, opts.batchSize)) yield rows.map((r) => csvLine(d.fields.map((f) => r[f.name]))).join("");
  }
  return textStream(chunks());
}

/** Some rows as CSV (a numbered page). */
export function rowsToCsv(d: DatasetDefinition, rows: DatasetRow[]): string {
  return CSV_BOM + csvLine(d.fields.map((f) => f.title)) + rows.map((r) => csvLine(d.fields.map((f) => r[f.name]))).join("");
}

/** The whole dataset as one JSON document `{"dataset", "fields", "items": [...]}`, streamed batch by batch. */
export function exportJsonStream(db: DB, d: DatasetDefinition, opts: { batchSize?: number } = {}): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield `{"dataset":${JSON.stringify(d.id)},"fields":${JSON.stringify(d.fields.map((f) => f.name))},"items":[`;
    let first = true;
    for await (const rows of datasetBatches(db, d, opts.batchSize)) {
      yield (first ? "" : ",") + rows.map((r) => JSON.stringify(r)).join(",");
      first = false;
    }
    yield "]}";
  }
  return textStream(chunks());
}

/** Search documents for the global search: every dataset. */
export function datasetSearchDocuments(list: DatasetList = DATASETS): SearchDocument[] {
  return list.map((d) => ({
    kind: "openData.dataset",
    id: d.id,
    title: d.title,
    url: datasetUrl(d.id),
    body: excerpt(d.description),
    keywords: [...d.keywords, d.publisher, "数据开放", "开放数据"],
  }));
}
