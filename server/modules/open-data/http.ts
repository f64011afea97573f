import { z } from "zod";
import type { DB } from "@/server/db";
import { AppError, HTTP_STATUS } from "@/server/lib/errors";
import { jsonError } from "@/server/modules/catalogue/open-api";
import { DATASETS } from "./datasets";
import type { DatasetList } from "./registry";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  datasetPage,
  datasetUrl,
  exportCsvStream,
  exportJsonStream,
  findDataset,
  getDataset,
  listDatasets,
  rowsToCsv,
} from "./service";

/**
 * The open-data API (`/api/open/v1/datasets…`): read-only and public. Every query parameter is
 * checked strictly — an unknown, repeated or invalid one is a JSON 400 naming it; an unknown dataset
 * is a JSON 404. Full exports stream (see service.ts).
 */

const SECTIONS = ["economy", "culture", "governance", "transport", "environment", "life"] as const;
const PUBLIC_HEADERS = { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" };

const ZListParams = z
  .object({
    q: z.string().max(100, "q 不超过100个字符").optional(),
    section: z.enum(SECTIONS, { error: "section 只能是 economy、culture、governance、transport、environment、life 之一" }).optional(),
  })
  .strict();

const ZDataParams = z
  .object({
    format: z.enum(["csv", "json"], { error: "format 只能是 csv 或 json" }).default("json"),
    page: z
      .string()
      .regex(/^\d{1,7}$/, "page 应为1到1000000之间的整数")
      .transform(Number)
      .pipe(z.number().int().min(1, "page 应为1到1000000之间的整数").max(1_000_000, "page 应为1到1000000之间的整数"))
      .optional(),
    pageSize: z
      .string()
      .regex(/^\d{1,4}$/, `pageSize 应为1到${MAX_PAGE_SIZE}之间的整数`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, `pageSize 应为1到${MAX_PAGE_SIZE}之间的整数`)
          .max(MAX_PAGE_SIZE, `pageSize 应为1到${MAX_PAGE_SIZE}之间的整数`),
      )
      .optional(),
  })
  .strict()
  .refine((p) => p.pageSize === undefined || p.page !== undefined, {
    message: "pageSize 须与 page 一起使用（不带 page 时下载全部数据）",
    path: ["pageSize"],
  });

/** Query parameters as a plain object; an unknown or repeated one is an error response. */
function readParams(url: URL, known: readonly string[]): Record<string, string> | Response {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (!known.includes(k)) return jsonError(400, "unknown_parameter", `不支持的参数：${k}（可用参数：${known.join("、") || "无"}）`, k);
    if (k in out) return jsonError(400, "duplicate_parameter", `参数重复：${k}`, k);
    out[k] = v;
  }
  return out;
}

function invalid(error: z.ZodError): Response {
  const issue = error.issues[0];
  const field = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  return jsonError(400, "invalid_parameter", issue?.message ?? "参数无效", field);
}

function fromAppError(e: unknown): Response {
  if (e instanceof AppError) return jsonError(HTTP_STATUS[e.code], e.code === "NOT_FOUND" ? "not_found" : e.code.toLowerCase(), e.message);
  throw e;
}

const apiBase = (origin: string) => `${origin}/api/open/v1/datasets`;
const links = (origin: string, id: string) => ({
  page: `${origin}${datasetUrl(id)}`,
  self: `${apiBase(origin)}/${id}`,
  json: `${apiBase(origin)}/${id}/data?format=json&page=1`,
  csv: `${apiBase(origin)}/${id}/data?format=csv`,
  jsonDownload: `${apiBase(origin)}/${id}/data?format=json`,
});

/** GET /api/open/v1/datasets?q=&section= */
export async function listDatasetsResponse(db: DB, url: URL, origin = url.origin, list: DatasetList = DATASETS): Promise<Response> {
  const raw = readParams(url, ["q", "section"]);
  if (raw instanceof Response) return raw;
  const parsed = ZListParams.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const items = await listDatasets(db, { ...parsed.data, list });
  return Response.json(
    { total: items.length, items: items.map((d) => ({ ...d, links: links(origin, d.id) })) },
    { headers: PUBLIC_HEADERS },
  );
}

/** GET /api/open/v1/datasets/{id} */
export async function getDatasetResponse(
  db: DB,
  id: string,
  url: URL,
  origin = url.origin,
  list: DatasetList = DATASETS,
): Promise<Response> {
  const raw = readParams(url, []);
  if (raw instanceof Response) return raw;
  try {
    const d = await getDataset(db, id, { list });
    return Response.json({ ...d, links: links(origin, d.id) }, { headers: PUBLIC_HEADERS });
  } catch (e) {
    return fromAppError(e);
  }
}

/**
 * GET /api/open/v1/datasets/{id}/data?format=csv|json&page=&pageSize=
 * With `page`: that page (JSON envelope, or CSV of the page). Without: the whole dataset, streamed,
 * as a download (CSV, or one JSON document).
 */
export async function datasetDataResponse(
  db: DB,
  id: string,
  url: URL,
  origin = url.origin,
  list: DatasetList = DATASETS,
): Promise<Response> {
  const raw = readParams(url, ["format", "page", "pageSize"]);
  if (raw instanceof Response) return raw;
  const parsed = ZDataParams.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { format, page, pageSize } = parsed.data;
  let d;
  try {
    d = findDataset(id, list);
  } catch (e) {
    return fromAppError(e);
  }
  if (page !== undefined) {
    const result = await datasetPage(db, id, { page, pageSize: pageSize ?? DEFAULT_PAGE_SIZE, list });
    if (format === "csv")
      return new Response(rowsToCsv(d, result.items), {
        headers: {
          ...PUBLIC_HEADERS,
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${d.id}-page-${result.page}.csv"`,
        },
      });
    const next =
      result.page < result.totalPages
        ? `${apiBase(origin)}/${id}/data?format=json&page=${result.page + 1}&pageSize=${result.pageSize}`
        : null;
    return Response.json({ ...result, next }, { headers: PUBLIC_HEADERS });
  }
  const stream = format === "csv" ? exportCsvStream(db, d) : exportJsonStream(db, d);
  return new Response(stream, {
    headers: {
      ...PUBLIC_HEADERS,
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${d.id}.${format}"`,
    },
  });
}
