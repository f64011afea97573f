import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { DB } from "@/server/db";
import { catalogueItem, orgDepartment } from "@/drizzle/schema";
import type { CatalogueItemSeed } from "@/drizzle/seed/catalogue/types";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import { invalidateCatalogue, searchCatalogue } from "./service";
import { ZAudience, ZSection } from "./validation";

export const ADMIN_PAGE_SIZE = 20;
export const MAX_IMPORT_ITEMS = 2000;
/** An import file with many mistakes would drown the page; the first 50 are enough to act on. */
export const MAX_REPORTED_ERRORS = 50;

export const ITEM_KINDS = ["行政许可", "行政确认", "行政给付", "行政裁决", "行政奖励", "其他行政权力", "公共服务"] as const;
export const MATERIAL_FORMS = ["原件", "复印件", "电子证照", "原件和复印件"] as const;
export const FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "select",
  "radio",
  "checkbox",
  "phone",
  "idcard",
  "email",
  "file",
] as const;

/** Chinese names of the item's fields, for messages that point at a nested value. */
export const ITEM_FIELD_LABELS: Record<string, string> = {
  code: "事项编码",
  name: "事项名称",
  section: "所属板块",
  departmentCode: "实施部门",
  audience: "服务对象",
  theme: "主题",
  kind: "事项类型",
  summary: "简介",
  conditions: "申请条件",
  materials: "申报材料",
  steps: "办理流程",
  fees: "收费标准",
  legalBasis: "设定依据",
  legalDays: "法定时限",
  promisedDays: "承诺时限",
  visits: "到现场次数",
  phone: "咨询电话",
  online: "全程网办",
  requiresRealName: "需要实名",
  keywords: "关键词",
  place: "办理地点",
  form: "在线表单",
};

/** "份数 copies 应为…" but "份数应为…": a space only after a Latin word. */
const says = (label: string, rest: string) => (/[A-Za-z]$/.test(label) ? `${label} ${rest}` : `${label}${rest}`);

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, says(label, `不能超过${max}个字`));
const optionalText = (label: string, max: number) =>
  z
    .string({ error: says(label, "应为文字") })
    .trim()
    .max(max, says(label, `不能超过${max}个字`))
    .optional();
const textList = (label: string, maxItems: number, maxLength: number) =>
  z
    .array(
      z
        .string({ error: `${label}的每一项应为文字` })
        .trim()
        .min(1, `${label}中不能有空项`)
        .max(maxLength, `${label}每一项不能超过${maxLength}个字`),
      { error: `${label}应为文字列表` },
    )
    .max(maxItems, `${label}最多${maxItems}项`);
const wholeNumber = (label: string, min: number, max: number) => {
  const message = says(label, `应为${min}到${max}之间的整数`);
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
};
const flag = (label: string) => z.boolean({ error: says(label, "应为 true 或 false") });

export const ZMaterialEdit = z.object(
  {
    name: requiredText("材料名称 name", 100),
    form: z.enum(MATERIAL_FORMS, { error: `材料形式 form 只能是 ${MATERIAL_FORMS.join("、")} 之一` }),
    copies: wholeNumber("份数 copies", 0, 99),
    required: flag("是否必需 required"),
    note: optionalText("备注 note", 200),
  },
  { error: '每项材料应为对象，如 {"name": "居民身份证", "form": "原件", "copies": 1, "required": true}' },
);

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const ZFormFieldEdit = z.object(
  {
    name: z
      .string({ error: "请填写字段名 name" })
      .regex(FIELD_NAME, "字段名 name 应以英文字母开头，只含英文字母、数字和下划线，最长40个字符"),
    label: requiredText("字段标题 label", 60),
    hint: optionalText("提示 hint", 300),
    type: z.enum(FIELD_TYPES, { error: `字段类型 type 只能是 ${FIELD_TYPES.join("、")} 之一` }),
    required: flag("是否必填 required"),
    options: z
      .array(
        z.object(
          { value: requiredText("选项值 value", 60), label: requiredText("选项文字 label", 60) },
          { error: '每个选项应为 {"value": …, "label": …}' },
        ),
        {
          error: "选项 options 应为列表",
        },
      )
      .max(100, "选项 options 最多100个")
      .optional(),
    validation: z
      .object(
        {
          minLength: wholeNumber("最少字数 minLength", 0, 10000).optional(),
          maxLength: wholeNumber("最多字数 maxLength", 1, 10000).optional(),
          pattern: z.string({ error: "pattern 应为正则表达式文字" }).max(300, "pattern 不能超过300个字符").optional(),
          patternMessage: optionalText("格式错误提示 patternMessage", 100),
          min: z.number({ error: "min 应为数字" }).optional(),
          max: z.number({ error: "max 应为数字" }).optional(),
        },
        { error: "校验规则 validation 应为对象" },
      )
      .optional(),
    accept: z
      .array(z.enum(["pdf", "jpg", "png"], { error: "accept 只能包含 pdf、jpg、png" }), { error: 'accept 应为列表，如 ["pdf", "jpg"]' })
      .optional(),
  },
  { error: "每个字段应为对象" },
);

const ZFormPageEdit = z.object(
  {
    id: z.string({ error: "请填写页面 id" }).regex(/^[A-Za-z0-9_-]{1,40}$/, "页面 id 只能含英文字母、数字、下划线和连字符，最长40个字符"),
    title: requiredText("页面标题 title", 60),
    fields: z.array(ZFormFieldEdit, { error: "fields 应为字段列表" }).min(1, "每页至少要有一个字段").max(50, "每页最多50个字段"),
  },
  { error: "每一页应为对象，含 id、title、fields" },
);

export const ZFormDefinition = z.array(ZFormPageEdit, { error: "在线表单应为页面列表（JSON 数组）" }).max(20, "在线表单最多20页");
type TFormDefinition = z.infer<typeof ZFormDefinition>;

/** The guide fields an admin may change; code, section, department and audience identify the item and stay. */
const guideShape = {
  name: requiredText("事项名称", 100),
  summary: requiredText("简介", 1000),
  theme: requiredText("主题", 30),
  kind: z.enum(ITEM_KINDS, { error: `事项类型只能是 ${ITEM_KINDS.join("、")} 之一` }),
  conditions: textList("申请条件", 50, 500),
  materials: z.array(ZMaterialEdit, { error: "申报材料应为列表（JSON 数组）" }).max(100, "申报材料最多100项"),
  steps: textList("办理流程", 30, 300),
  fees: requiredText("收费标准（不收费请填“不收费”）", 500),
  legalBasis: textList("设定依据", 30, 300),
  legalDays: wholeNumber("法定时限（工作日）", 0, 365),
  promisedDays: wholeNumber("承诺时限（工作日）", 0, 365),
  visits: wholeNumber("到现场次数", 0, 5),
  phone: requiredText("咨询电话", 60).regex(/\d{3,}/, "咨询电话应包含电话号码，如 0513-12345"),
  online: flag("全程网办"),
  requiresRealName: flag("需要实名"),
  keywords: textList("关键词", 50, 30),
};

type RuleInput = { legalDays?: unknown; promisedDays?: unknown; visits?: unknown; place?: unknown; online?: unknown; form?: unknown };

/** Checks a form definition as a whole: names unique, patterns compile, choices have options, uploads say which types. */
function checkForm(form: TFormDefinition, ctx: z.RefinementCtx, base: PropertyKey[]) {
  const seenNames = new Map<string, string>();
  const seenPages = new Set<string>();
  form.forEach((page, p) => {
    if (seenPages.has(page.id))
      ctx.addIssue({ code: "custom", path: [...base, p, "id"], message: `页面 id“${page.id}”重复，每页的 id 应不同` });
    seenPages.add(page.id);
    page.fields.forEach((f, i) => {
      const at = [...base, p, "fields", i];
      const who = `字段“${f.label}”（${f.name}）`;
      const where = seenNames.get(f.name);
      if (where) ctx.addIssue({ code: "custom", path: [...at, "name"], message: `${who}的字段名与${where}重复，表单内每个字段名应不同` });
      else seenNames.set(f.name, `第${p + 1}页的“${f.label}”`);
      if ((f.type === "select" || f.type === "radio") && !(f.options && f.options.length > 0)) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "options"],
          message: `${who}是${f.type === "select" ? "下拉选择" : "单选"}，请至少提供一个选项 options`,
        });
      }
      if (f.type === "file" && !(f.accept && f.accept.length > 0)) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "accept"],
          message: `${who}是文件上传，请用 accept 写明允许的文件类型，如 ["pdf", "jpg"]`,
        });
      }
      const v = f.validation;
      if (v?.pattern !== undefined) {
        try {
          new RegExp(v.pattern);
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          ctx.addIssue({
            code: "custom",
            path: [...at, "validation", "pattern"],
            message: `${who}的 pattern 不是有效的正则表达式：${reason}`,
          });
        }
      }
      if (v?.minLength !== undefined && v.maxLength !== undefined && v.minLength > v.maxLength) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "validation", "minLength"],
          message: `${who}的最少字数 minLength 不能大于最多字数 maxLength`,
        });
      }
      if (v?.min !== undefined && v.max !== undefined && v.min > v.max) {
        ctx.addIssue({ code: "custom", path: [...at, "validation", "min"], message: `${who}的最小值 min 不能大于最大值 max` });
      }
    });
  });
}

/** Rules across fields, shared by the edit form and the import. Runs even when a sibling field failed a length check. */
function checkItemRules(item: RuleInput, ctx: z.RefinementCtx) {
  if (typeof item.legalDays === "number" && typeof item.promisedDays === "number" && item.promisedDays > item.legalDays) {
    ctx.addIssue({ code: "custom", path: ["promisedDays"], message: "承诺时限不能超过法定时限" });
  }
  if (typeof item.visits === "number" && item.visits > 0 && !item.place) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "需要到现场办理的事项请填写办理地点" });
  }
  const form = Array.isArray(item.form) ? (item.form as TFormDefinition) : null;
  if (item.online === true && (!form || form.length === 0)) {
    ctx.addIssue({ code: "custom", path: ["form"], message: "可全程网办的事项必须有在线表单，请至少填写一页" });
  }
  if (form) checkForm(form, ctx, ["form"]);
}

const placeText = z
  .string({ error: "办理地点应为文字" })
  .trim()
  .max(200, "办理地点不能超过200个字")
  .nullish()
  .transform((s) => (s ? s : null));

/** What an admin may change on one item; `version` is the one they loaded (optimistic concurrency). */
export const ZItemEdit = z
  .object({
    id: z.number({ error: "事项编号无效" }).int("事项编号无效").positive("事项编号无效"),
    version: z
      .number({ error: "版本号无效，请刷新后重新编辑" })
      .int("版本号无效，请刷新后重新编辑")
      .positive("版本号无效，请刷新后重新编辑"),
    ...guideShape,
    place: placeText,
    form: ZFormDefinition.nullable(),
  })
  .superRefine(checkItemRules);
export type TItemEdit = z.input<typeof ZItemEdit>;

/** One item of an import/export file: the shape of CatalogueItemSeed. */
export const ZCatalogueItemSeed = z
  .object(
    {
      code: z
        .string({ error: "请填写事项编码 code" })
        .trim()
        .regex(/^[^\s]{1,64}$/, "事项编码 code 应为1到64个字符，不含空格"),
      section: ZSection,
      departmentCode: z
        .string({ error: "请填写实施部门代码 departmentCode" })
        .trim()
        .regex(/^[a-z0-9_-]{1,40}$/, "departmentCode 应为部门代码，如 rsj"),
      audience: ZAudience,
      ...guideShape,
      place: placeText,
      form: ZFormDefinition.nullish().transform((f) => f ?? null),
    },
    { error: "每一项应为对象（JSON 对象）" },
  )
  .superRefine(checkItemRules);

/** "第1页第3个字段 validation.pattern" for a nested zod path (the top key is the form field). */
function locate(path: readonly PropertyKey[]): string {
  let out = "";
  const keys: string[] = [];
  path.slice(1).forEach((seg, k) => {
    const parent = path[k];
    if (typeof seg === "number") {
      if (keys.length) out += ` ${keys.splice(0).join(".")} `;
      if (parent === "form") out += `第${seg + 1}页`;
      else if (parent === "fields") out += `第${seg + 1}个字段`;
      else if (parent === "materials") out += `第${seg + 1}项材料`;
      else if (parent === "options") out += `第${seg + 1}个选项`;
      else out += `第${seg + 1}项`;
    } else if (seg !== "fields" && seg !== "options") keys.push(String(seg));
  });
  if (keys.length) out += ` ${keys.join(".")}`;
  return out.trim();
}

function located(issue: z.core.$ZodIssue): string {
  const where = locate(issue.path);
  return where ? `${where}：${issue.message}` : issue.message;
}

/** Field errors keyed by the top-level field, each message saying where in a list or form definition it is. */
export function itemFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = typeof issue.path[0] === "string" ? issue.path[0] : "_";
    (out[key] ??= []).push(located(issue));
  }
  return out;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new AppError("BAD_REQUEST", "提交的信息有误，请按提示修改", itemFieldErrors(r.error));
  return r.data;
}

const listColumns = {
  id: catalogueItem.id,
  code: catalogueItem.code,
  name: catalogueItem.name,
  section: catalogueItem.section,
  departmentName: orgDepartment.shortName,
  online: catalogueItem.online,
  version: catalogueItem.version,
  updatedAt: catalogueItem.updatedAt,
};

/** Items for the admin list: the item with that exact code, else search results (the public search), or all by code; 20 a page. */
export async function listItemsForAdmin(db: DB, input: { q?: string; page: number }) {
  const page = input.page;
  const q = input.q?.trim();
  if (q) {
    // Admins often know the item code; an exact code is that one item.
    const byCode = await db
      .select(listColumns)
      .from(catalogueItem)
      .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
      .where(eq(catalogueItem.code, q))
      .limit(1);
    if (byCode.length) return { total: 1, page: 1, pageSize: ADMIN_PAGE_SIZE, items: byCode };
    const found = await searchCatalogue(db, { q, page, pageSize: ADMIN_PAGE_SIZE });
    const ids = found.items.map((i) => i.id);
    const rows = ids.length
      ? await db
          .select(listColumns)
          .from(catalogueItem)
          .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
          .where(inArray(catalogueItem.id, ids))
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { total: found.total, page, pageSize: ADMIN_PAGE_SIZE, items: ids.map((id) => byId.get(id)).filter((r) => r !== undefined) };
  }
  const [items, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(catalogueItem)
      .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
      .orderBy(asc(catalogueItem.code))
      .limit(ADMIN_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(catalogueItem),
  ]);
  return { total: total?.n ?? 0, page, pageSize: ADMIN_PAGE_SIZE, items };
}

/**
 * Saves an admin's edit of one item's guide and online form. The UPDATE only matches the version the
 * admin loaded, so of two admins editing at once the second gets CONFLICT instead of silently
 * overwriting the first. Audited; the search snapshot is rebuilt afterwards.
 */
export async function updateItem(ctx: ServiceCtx, actor: SessionUser, input: TItemEdit) {
  const { db } = ctx;
  const { id, version, ...fields } = parseOrThrow(ZItemEdit, input);
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(catalogueItem)
      .set({ ...fields, version: sql`${catalogueItem.version} + 1`, updatedAt: new Date() })
      .where(and(eq(catalogueItem.id, id), eq(catalogueItem.version, version)))
      .returning({ id: catalogueItem.id, code: catalogueItem.code, version: catalogueItem.version, updatedAt: catalogueItem.updatedAt });
    if (row) {
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: ctx.ip,
        action: "catalogue.update",
        outcome: "success",
        targetType: "catalogue_item",
        targetId: String(row.id),
        detail: { code: row.code, version: row.version },
      });
    }
    return row;
  });
  if (!saved) {
    const [current] = await db
      .select({ code: catalogueItem.code, version: catalogueItem.version })
      .from(catalogueItem)
      .where(eq(catalogueItem.id, id))
      .limit(1);
    if (!current) throw new AppError("NOT_FOUND", "找不到该服务事项");
    await audit(db, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.update",
      outcome: "failure",
      targetType: "catalogue_item",
      targetId: String(id),
      detail: { code: current.code, version, currentVersion: current.version },
    });
    throw new AppError("CONFLICT", "该事项已被其他管理员修改，请刷新后重新编辑");
  }
  invalidateCatalogue(db);
  return saved;
}

/** The whole catalogue as CatalogueItemSeed objects (department by code, no ids or versions), by code. */
export async function exportCatalogue(db: DB): Promise<CatalogueItemSeed[]> {
  const rows = await db
    .select({ item: catalogueItem, departmentCode: orgDepartment.code })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .orderBy(asc(catalogueItem.code));
  return rows.map(({ item: r, departmentCode }) => ({
    code: r.code,
    name: r.name,
    section: r.section as CatalogueItemSeed["section"],
    departmentCode,
    audience: r.audience === "enterprise" ? "enterprise" : "personal",
    theme: r.theme,
    kind: r.kind as CatalogueItemSeed["kind"],
    summary: r.summary,
    conditions: r.conditions,
    materials: r.materials,
    steps: r.steps,
    fees: r.fees,
    legalBasis: r.legalBasis,
    legalDays: r.legalDays,
    promisedDays: r.promisedDays,
    visits: r.visits,
    phone: r.phone,
    online: r.online,
    requiresRealName: r.requiresRealName,
    keywords: r.keywords,
    ...(r.place !== null ? { place: r.place } : {}),
    ...(r.form !== null ? { form: r.form } : {}),
  }));
}

const IMPORTED_COLUMNS = [
  "name",
  "section",
  "departmentId",
  "audience",
  "theme",
  "kind",
  "summary",
  "conditions",
  "materials",
  "steps",
  "fees",
  "legalBasis",
  "legalDays",
  "promisedDays",
  "visits",
  "phone",
  "online",
  "requiresRealName",
  "keywords",
  "place",
  "form",
] as const;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** ~25 parameters a row keeps each statement far below PostgreSQL's 65,535 bind parameters. */
const IMPORT_CHUNK = 200;

/**
 * Imports a catalogue file (an array of CatalogueItemSeed): every item is validated first and the
 * errors of all of them reported together; only a fully valid file is written, in one transaction,
 * inserting new codes and updating (and re-versioning) existing ones. Items missing from the file stay.
 */
export async function importCatalogue(ctx: ServiceCtx, actor: SessionUser, items: unknown) {
  const { db } = ctx;
  if (!Array.isArray(items)) throw new AppError("BAD_REQUEST", "导入文件应为事项列表（JSON 数组），可先导出一份作为样例");
  if (items.length === 0) throw new AppError("BAD_REQUEST", "导入文件中没有事项");
  if (items.length > MAX_IMPORT_ITEMS)
    throw new AppError("BAD_REQUEST", `一次最多导入${MAX_IMPORT_ITEMS}个事项，文件中有${items.length}个，请分批导入`);

  const departments = new Map(
    (await db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment)).map((d) => [d.code, d.id]),
  );
  const errors: Record<string, string[]> = {};
  let errorCount = 0;
  let badItems = 0;
  const firstIndexOfCode = new Map<string, number>();
  const valid: z.output<typeof ZCatalogueItemSeed>[] = [];

  items.forEach((raw, index) => {
    const rawCode =
      raw && typeof raw === "object" && typeof (raw as { code?: unknown }).code === "string"
        ? (raw as { code: string }).code.trim() || null
        : null;
    const prefix = `第${index + 1}项${rawCode ? `（${rawCode}）` : ""}`;
    const messages: string[] = [];
    const r = ZCatalogueItemSeed.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const top = typeof issue.path[0] === "string" ? issue.path[0] : null;
        const where = issue.path.length > 1 && top ? `${ITEM_FIELD_LABELS[top] ?? top} ${locate(issue.path)}：` : "";
        messages.push(`${prefix}：${where}${issue.message}`);
      }
    } else {
      if (!departments.has(r.data.departmentCode))
        messages.push(`${prefix}：实施部门代码“${r.data.departmentCode}”不存在，请使用“部门”页列出的部门代码`);
      const first = firstIndexOfCode.get(r.data.code);
      if (first !== undefined) messages.push(`${prefix}：事项编码与第${first + 1}项重复，每个事项只能出现一次`);
      else firstIndexOfCode.set(r.data.code, index);
      if (messages.length === 0) valid.push(r.data);
    }
    if (messages.length) {
      badItems++;
      for (const m of messages) {
        if (errorCount++ < MAX_REPORTED_ERRORS) (errors[`items.${index}`] ??= []).push(m);
      }
    }
  });

  if (badItems > 0) {
    await audit(db, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.import",
      outcome: "failure",
      targetType: "catalogue",
      detail: { items: items.length, invalidItems: badItems },
    });
    const more = errorCount > MAX_REPORTED_ERRORS ? `共${errorCount}处错误，以下列出前${MAX_REPORTED_ERRORS}处。` : "";
    throw new AppError(
      "BAD_REQUEST",
      `导入未完成：${items.length}个事项中有${badItems}个有误，未写入任何数据。${more}请修改文件后重新导入。`,
      errors,
    );
  }

  const now = new Date();
  const counts = await db.transaction(async (tx) => {
    const codes = valid.map((v) => v.code);
    const existing = new Set<string>();
    for (let i = 0; i < codes.length; i += 1000) {
      const found = await tx
        .select({ code: catalogueItem.code })
        .from(catalogueItem)
        .where(inArray(catalogueItem.code, codes.slice(i, i + 1000)));
      for (const f of found) existing.add(f.code);
    }
    const set: PgUpdateSetSource<typeof catalogueItem> = {
      ...Object.fromEntries(IMPORTED_COLUMNS.map((c) => [c, sql.raw(`excluded.${snake(c)}`)])),
      version: sql`${catalogueItem.version} + 1`,
      updatedAt: now,
    };
    for (let i = 0; i < valid.length; i += IMPORT_CHUNK) {
      const rows = valid.slice(i, i + IMPORT_CHUNK).map(({ departmentCode, ...item }) => ({
        ...item,
        departmentId: departments.get(departmentCode)!,
        version: 1,
        updatedAt: now,
      }));
      await tx.insert(catalogueItem).values(rows).onConflictDoUpdate({ target: catalogueItem.code, set });
    }
    const result = { created: valid.length - existing.size, updated: existing.size };
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.import",
      outcome: "success",
      targetType: "catalogue",
      detail: result,
    });
    return result;
  });
  invalidateCatalogue(db);
  return { ...counts, total: valid.length };
}
