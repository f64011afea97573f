import { sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { hotlineCategory, hotlineSlaRule, orgDepartment, type HotlineCategoryAttribute } from "@/drizzle/schema";

/**
 * SLA working days by request type, per PRODUCT.md (咨询/求助 3, 投诉/建议/举报 13). 其他 is not
 * specified there; we give it 13 like the general cases (our choice; admins can change the table).
 */
export const SLA_RULES: { requestType: string; workingDays: number }[] = [
  { requestType: "咨询", workingDays: 3 },
  { requestType: "求助", workingDays: 3 },
  { requestType: "投诉", workingDays: 13 },
  { requestType: "建议", workingDays: 13 },
  { requestType: "举报", workingDays: 13 },
  { requestType: "其他", workingDays: 13 },
];

type Leaf = { code: string; name: string; needsLocation?: boolean; departmentCode?: string; attributes?: HotlineCategoryAttribute[] };

/**
 * Extra fields some categories ask for (Open311 service definition attributes; sample data, our
 * choice). Nothing personal: facility numbers, what is wrong, when it was seen, how far it reaches.
 */
const FOUND_AT: HotlineCategoryAttribute = { code: "found_at", description: "发现时间", datatype: "datetime", required: false, order: 9 };
export const CATEGORY_ATTRIBUTES: Record<string, HotlineCategoryAttribute[]> = {
  "cg-ld": [
    {
      code: "fault",
      description: "故障情况",
      datatype: "singlevaluelist",
      required: true,
      order: 1,
      values: [
        { key: "off", name: "不亮" },
        { key: "on_daytime", name: "白天常亮" },
        { key: "flicker", name: "闪烁" },
        { key: "damaged", name: "灯杆倾斜或损坏" },
      ],
    },
    { code: "pole_no", description: "设施编号（灯杆上喷涂的编号，如 CC-0123）", datatype: "string", required: false, order: 2 },
    FOUND_AT,
  ],
  "cg-ljql": [
    {
      code: "waste_type",
      description: "垃圾类型（可多选）",
      datatype: "multivaluelist",
      required: true,
      order: 1,
      values: [
        { key: "household", name: "生活垃圾" },
        { key: "construction", name: "建筑垃圾" },
        { key: "bulky", name: "大件垃圾" },
        { key: "kitchen", name: "餐厨垃圾" },
      ],
    },
    FOUND_AT,
  ],
  "jt-dlss": [
    {
      code: "facility",
      description: "设施类型",
      datatype: "singlevaluelist",
      required: true,
      order: 1,
      values: [
        { key: "pothole", name: "路面坑洼" },
        { key: "manhole", name: "井盖缺失或破损" },
        { key: "guardrail", name: "护栏损坏" },
        { key: "sign", name: "交通标志损坏" },
      ],
    },
    {
      code: "extent",
      description: "影响范围",
      datatype: "singlevaluelist",
      required: false,
      order: 2,
      values: [
        { key: "sidewalk", name: "人行道" },
        { key: "bike_lane", name: "非机动车道" },
        { key: "roadway", name: "机动车道" },
      ],
    },
    { code: "facility_no", description: "设施编号（如井盖编号）", datatype: "string", required: false, order: 3 },
  ],
  "hb-zs": [
    {
      code: "source",
      description: "噪声来源",
      datatype: "singlevaluelist",
      required: false,
      order: 1,
      values: [
        { key: "construction", name: "建筑施工" },
        { key: "business", name: "商业经营" },
        { key: "entertainment", name: "娱乐场所" },
        { key: "traffic", name: "交通" },
        { key: "other", name: "其他" },
      ],
    },
    { code: "duration_hours", description: "持续时长（小时）", datatype: "number", required: false, order: 2 },
    FOUND_AT,
  ],
};
type Group = { code: string; name: string; departmentCode: string; children: Leaf[] };

/**
 * The 12345 category tree (sample data: the grouping is ours, modelled on common 12345 classification;
 * the department mapping uses the seeded bureau codes). Leaves inherit the group's department unless set.
 */
export const HOTLINE_CATEGORIES: Group[] = [
  {
    code: "cg",
    name: "城市管理",
    departmentCode: "cgj",
    children: [
      { code: "cg-zdjy", name: "占道经营", needsLocation: true },
      { code: "cg-wzdj", name: "违章搭建", needsLocation: true },
      { code: "cg-ld", name: "路灯", needsLocation: true },
      { code: "cg-ljql", name: "垃圾清运", needsLocation: true },
      { code: "cg-ggp", name: "户外广告牌", needsLocation: true },
    ],
  },
  {
    code: "hb",
    name: "环境保护",
    departmentCode: "sthjj",
    children: [
      { code: "hb-zs", name: "噪声", needsLocation: true },
      { code: "hb-fq", name: "废气", needsLocation: true },
      { code: "hb-swr", name: "水污染", needsLocation: true },
      { code: "hb-gf", name: "固体废物", needsLocation: true },
    ],
  },
  {
    code: "jt",
    name: "交通出行",
    departmentCode: "jtj",
    children: [
      { code: "jt-gj", name: "公交线路与站点" },
      { code: "jt-czc", name: "出租车与网约车" },
      { code: "jt-dlss", name: "道路设施损坏", needsLocation: true },
      { code: "jt-wzt", name: "违法停车", needsLocation: true, departmentCode: "gaj" },
    ],
  },
  {
    code: "zf",
    name: "住房物业",
    departmentCode: "zjj",
    children: [
      { code: "zf-wy", name: "物业服务" },
      { code: "zf-wxjj", name: "维修资金" },
      { code: "zf-spf", name: "商品房交付与质量", needsLocation: true },
      { code: "zf-gjj", name: "住房公积金", departmentCode: "gjj" },
    ],
  },
  {
    code: "sb",
    name: "社保就业",
    departmentCode: "rsj",
    children: [
      { code: "sb-sb", name: "社会保险" },
      { code: "sb-gz", name: "拖欠工资" },
      { code: "sb-jy", name: "就业创业" },
      { code: "sb-yb", name: "医疗保险", departmentCode: "ybj" },
    ],
  },
  {
    code: "yl",
    name: "医疗卫生",
    departmentCode: "wjw",
    children: [
      { code: "yl-jyfw", name: "就医服务" },
      { code: "yl-yd", name: "医德医风" },
      { code: "yl-ggws", name: "公共卫生" },
    ],
  },
  {
    code: "za",
    name: "治安",
    departmentCode: "gaj",
    children: [
      { code: "za-zaxj", name: "治安隐患", needsLocation: true },
      { code: "za-hz", name: "户籍证件" },
    ],
  },
  {
    code: "jy",
    name: "教育",
    departmentCode: "jyj",
    children: [
      { code: "jy-zs", name: "招生入学" },
      { code: "jy-xwpx", name: "校外培训" },
      { code: "jy-sf", name: "教育收费" },
    ],
  },
  {
    code: "sc",
    name: "市场消费",
    departmentCode: "scjgj",
    children: [
      { code: "sc-spaq", name: "食品安全", needsLocation: true },
      { code: "sc-xfwq", name: "消费维权" },
      { code: "sc-jg", name: "价格违法" },
    ],
  },
  {
    code: "mz",
    name: "民政养老",
    departmentCode: "mzj",
    children: [
      { code: "mz-yl", name: "养老服务" },
      { code: "mz-db", name: "低保救助" },
    ],
  },
  { code: "qt", name: "其他", departmentCode: "sjj", children: [{ code: "qt-qt", name: "其他诉求" }] },
];

/** Idempotent: SLA rules are inserted once (admin edits kept); categories are upserted by code. */
export async function seedHotline(db: DB): Promise<void> {
  await db.insert(hotlineSlaRule).values(SLA_RULES).onConflictDoNothing();
  const departments = await db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment);
  const deptId = (code: string) => {
    const id = departments.find((d) => d.code === code)?.id;
    if (id === undefined) throw new Error(`hotline category: unknown department ${code}`);
    return id;
  };
  const upsert = {
    target: hotlineCategory.code,
    set: {
      name: sql`excluded.name`,
      parentId: sql`excluded.parent_id`,
      departmentId: sql`excluded.department_id`,
      needsLocation: sql`excluded.needs_location`,
      attributes: sql`excluded.attributes`,
      sortOrder: sql`excluded.sort_order`,
    },
  };
  for (const [gi, g] of HOTLINE_CATEGORIES.entries()) {
    const [parent] = await db
      .insert(hotlineCategory)
      .values({ code: g.code, name: g.name, parentId: null, departmentId: deptId(g.departmentCode), needsLocation: false, sortOrder: gi })
      .onConflictDoUpdate(upsert)
      .returning({ id: hotlineCategory.id });
    await db
      .insert(hotlineCategory)
      .values(
        g.children.map((c, ci) => ({
          code: c.code,
          name: c.name,
          parentId: parent!.id,
          departmentId: deptId(c.departmentCode ?? g.departmentCode),
          needsLocation: c.needsLocation ?? false,
          attributes: c.attributes ?? CATEGORY_ATTRIBUTES[c.code] ?? null,
          sortOrder: ci,
        })),
      )
      .onConflictDoUpdate(upsert);
  }
}
