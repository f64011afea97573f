import { asc, count, eq, gt, max } from "drizzle-orm";
import { catalogueItem, orgDepartment } from "@/drizzle/schema";
import { defineDataset } from "@/server/modules/open-data/registry";

/** 数据开放: the 一网通办 service catalogue (649 items), one row per item. */
export const serviceCatalogueDataset = defineDataset({
  id: "service-catalogue",
  title: "一网通办服务事项目录",
  description: "南通市“一网通办”政务服务和公共服务事项目录：事项名称、所属板块、承办部门、服务对象、办理时限、到现场次数和是否全程网办。",
  publisher: "南通市行政审批局",
  section: "governance",
  updateFrequency: "weekly",
  licence: "cc-by-4.0",
  keywords: ["一网通办", "政务服务", "办事指南", "事项目录"],
  fields: [
    { name: "id", title: "事项ID", type: "integer", description: "平台内的事项编号，办事指南见 /services/{id}" },
    { name: "code", title: "事项编码", type: "string", description: "事项编码" },
    { name: "name", title: "事项名称", type: "string", description: "事项名称" },
    { name: "section", title: "板块", type: "string", description: "economy、culture、governance、transport、environment、life 之一" },
    { name: "department", title: "承办部门", type: "string", description: "承办部门全称" },
    { name: "audience", title: "服务对象", type: "string", description: "personal（个人）或 enterprise（法人）" },
    { name: "theme", title: "主题", type: "string", description: "办事主题" },
    { name: "kind", title: "事项类型", type: "string", description: "如 行政许可、公共服务" },
    { name: "legalDays", title: "法定办结时限", type: "integer", description: "法定办结时限", unit: "工作日" },
    { name: "promisedDays", title: "承诺办结时限", type: "integer", description: "承诺办结时限（0 为即办）", unit: "工作日" },
    { name: "visits", title: "到现场次数", type: "integer", description: "到办事现场的最多次数", unit: "次" },
    { name: "online", title: "全程网办", type: "boolean", description: "是否可以全程网上办理" },
    { name: "updatedAt", title: "更新时间", type: "datetime", description: "事项最近一次修改的时间（ISO 8601）" },
  ],
  async read(db, { after, offset, limit }) {
    const rows = await db
      .select({
        id: catalogueItem.id,
        code: catalogueItem.code,
        name: catalogueItem.name,
        section: catalogueItem.section,
        department: orgDepartment.name,
        audience: catalogueItem.audience,
        theme: catalogueItem.theme,
        kind: catalogueItem.kind,
        legalDays: catalogueItem.legalDays,
        promisedDays: catalogueItem.promisedDays,
        visits: catalogueItem.visits,
        online: catalogueItem.online,
        updatedAt: catalogueItem.updatedAt,
      })
      .from(catalogueItem)
      .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
      .where(typeof after === "number" ? gt(catalogueItem.id, after) : undefined)
      .orderBy(asc(catalogueItem.id))
      .limit(limit)
      .offset(after === null ? (offset ?? 0) : 0);
    return { rows: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })), last: rows.at(-1)?.id ?? null };
  },
  async count(db) {
    const [r] = await db.select({ n: count() }).from(catalogueItem);
    return r?.n ?? 0;
  },
  async lastUpdated(db) {
    const [r] = await db.select({ at: max(catalogueItem.updatedAt) }).from(catalogueItem);
    return r?.at ?? null;
  },
});
