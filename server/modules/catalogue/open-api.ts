import type { DB } from "@/server/db";
import { AppError, HTTP_STATUS } from "@/server/lib/errors";
import { invalidInput, ZFormId } from "@/server/lib/validation";
import { getCatalogueItem, searchCatalogue } from "./service";
import { ZCatalogueQuery } from "./validation";

/** Open data API (read-only, public): the query string is validated strictly so bad input is a 400. */
const ZOpenQuery = ZCatalogueQuery.pick({ q: true, section: true, department: true, audience: true, page: true, pageSize: true }).strict();

const KNOWN = new Set(["q", "section", "department", "audience", "page", "pageSize"]);

export function jsonError(status: number, code: string, message: string, field?: string): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status, headers: { "cache-control": "no-store" } });
}

export async function listServicesResponse(db: DB, url: URL, origin = url.origin): Promise<Response> {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (!KNOWN.has(k)) return jsonError(400, "unknown_parameter", `不支持的参数：${k}`, k);
    if (k in raw) return jsonError(400, "duplicate_parameter", `参数重复：${k}`, k);
    if (v !== "") raw[k] = v;
  }
  const parsed = ZOpenQuery.safeParse(raw);
  if (!parsed.success) {
    const problem = invalidInput(parsed.error);
    return jsonError(400, "invalid_parameter", problem.message, Object.keys(problem.fieldErrors ?? {})[0]);
  }
  const result = await searchCatalogue(db, parsed.data);
  return Response.json(
    {
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      items: result.items.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        section: i.section,
        department: i.departmentName,
        audience: i.audience,
        online: i.online,
        timeLimitDays: i.promisedDays,
        url: `${origin}/services/${i.id}`,
      })),
    },
    { headers: { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" } },
  );
}

export async function getServiceResponse(db: DB, idParam: string, origin: string): Promise<Response> {
  const id = ZFormId.safeParse(idParam);
  if (!id.success || !/^\d+$/.test(idParam)) return jsonError(404, "not_found", "找不到该服务事项");
  try {
    const item = await getCatalogueItem(db, id.data);
    return Response.json(
      {
        id: item.id,
        code: item.code,
        name: item.name,
        section: item.section,
        department: item.departmentName,
        audience: item.audience,
        theme: item.theme,
        kind: item.kind,
        summary: item.summary,
        conditions: item.conditions,
        materials: item.materials,
        steps: item.steps,
        fees: item.fees,
        legalBasis: item.legalBasis,
        timeLimit: { legalDays: item.legalDays, promisedDays: item.promisedDays, unit: "working_day" },
        visits: item.visits,
        phone: item.phone,
        online: item.online,
        url: `${origin}/services/${item.id}`,
        updatedAt: item.updatedAt.toISOString(),
      },
      { headers: { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" } },
    );
  } catch (e) {
    if (e instanceof AppError) return jsonError(HTTP_STATUS[e.code], e.code.toLowerCase(), e.message);
    throw e;
  }
}
