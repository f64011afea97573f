import { and, eq, isNotNull } from "drizzle-orm";
import type { DB } from "@/server/db";
import { hotlineCategory, orgDepartment, type HotlineCategoryAttribute } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { OPEN311_CHANGESET, OPEN311_SPEC_URL } from "./constants";
import { DATATYPE_DESCRIPTIONS, sortedAttributes } from "./attributes";

export function discovery(origin: string) {
  return {
    changeset: OPEN311_CHANGESET,
    contact: "南通市12345政务服务便民热线（电话 12345）",
    key_service: "API key 由市12345热线管理员在管理后台“Open311 接口”中发放；请来函或致电 12345 申请。",
    endpoints: [
      {
        specification: OPEN311_SPEC_URL,
        url: `${origin}/open311/v2`,
        changeset: OPEN311_CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}

export type CategoryRow = {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  departmentId: number | null;
  needsLocation: boolean;
  attributes: HotlineCategoryAttribute[] | null;
  sortOrder: number;
};

async function categories(db: DB): Promise<CategoryRow[]> {
  return db
    .select({
      id: hotlineCategory.id,
      code: hotlineCategory.code,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
      attributes: hotlineCategory.attributes,
      sortOrder: hotlineCategory.sortOrder,
    })
    .from(hotlineCategory)
    .orderBy(hotlineCategory.sortOrder, hotlineCategory.id);
}

export async function departmentNames(db: DB): Promise<Map<number, string>> {
  const rows = await db.select({ id: orgDepartment.id, name: orgDepartment.name }).from(orgDepartment);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** GET services: every leaf category (groups are only the `group` of their children). */
export async function listServices(db: DB) {
  const all = await categories(db);
  const depts = await departmentNames(db);
  const groups = all.filter((c) => c.parentId === null);
  const out = [];
  for (const g of groups) {
    for (const c of all.filter((x) => x.parentId === g.id)) {
      const dept = c.departmentId ? depts.get(c.departmentId) : undefined;
      out.push({
        service_code: c.code,
        service_name: c.name,
        description: `${g.name} · ${c.name}${dept ? `，由${dept}办理` : ""}${c.needsLocation ? "；请提供发生地点" : ""}`,
        metadata: (c.attributes?.length ?? 0) > 0,
        type: "realtime",
        keywords: [g.name, c.name].join(","),
        group: g.name,
      });
    }
  }
  return out;
}

/** The leaf category with this service code, or null. */
export async function leafCategory(db: DB, code: string): Promise<CategoryRow | null> {
  const [row] = await db
    .select({
      id: hotlineCategory.id,
      code: hotlineCategory.code,
      name: hotlineCategory.name,
      parentId: hotlineCategory.parentId,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
      attributes: hotlineCategory.attributes,
      sortOrder: hotlineCategory.sortOrder,
    })
    .from(hotlineCategory)
    .where(and(eq(hotlineCategory.code, code), isNotNull(hotlineCategory.parentId)))
    .limit(1);
  return row ?? null;
}

/** GET services/{code}: the service definition (attributes); an unknown code is 404. */
export async function serviceDefinition(db: DB, code: string) {
  const c = await leafCategory(db, code);
  if (!c) throw new AppError("NOT_FOUND", `找不到服务代码 ${code}，请先查询 services 列表`);
  return {
    service_code: c.code,
    attributes: sortedAttributes(c.attributes).map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: DATATYPE_DESCRIPTIONS[a.datatype],
      order: a.order,
      description: a.description,
      ...(a.datatype === "singlevaluelist" || a.datatype === "multivaluelist"
        ? { values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })) }
        : {}),
    })),
  };
}
