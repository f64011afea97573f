import { z } from "zod";
import { zId } from "@/server/lib/validation";

export const SECTION_SLUGS = ["economy", "culture", "governance", "transport", "environment", "life"] as const;
export const ZSection = z.enum(SECTION_SLUGS, { error: "section 只能是 economy、culture、governance、transport、environment、life 之一" });
export const ZAudience = z.enum(["personal", "enterprise"], { error: "audience 只能是 personal 或 enterprise" });

/** Search/browse parameters, shared by the /services page, the tRPC procedure and the open API. */
export const ZCatalogueQuery = z.object({
  q: z.string().trim().max(100, "搜索词不超过100个字").optional(),
  section: ZSection.optional(),
  department: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z0-9_-]+$/, "department 应为部门代码，如 rsj")
    .optional(),
  audience: ZAudience.optional(),
  theme: z.string().trim().max(20).optional(),
  online: z.boolean().optional(),
  page: z.coerce
    .number({ error: "page 必须是正整数" })
    .int("page 必须是正整数")
    .min(1, "page 必须是正整数")
    .max(1000, "page 不能超过1000")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize 必须是1到100之间的整数" })
    .int("pageSize 必须是1到100之间的整数")
    .min(1, "pageSize 必须是1到100之间的整数")
    .max(100, "pageSize 不能超过100")
    .default(20),
});
export type TCatalogueQuery = z.infer<typeof ZCatalogueQuery>;

const ZField = z.object({
  name: z.string(),
  label: z.string(),
  hint: z.string().optional(),
  type: z.enum(["text", "textarea", "number", "date", "select", "radio", "checkbox", "phone", "idcard", "email", "file"]),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  validation: z
    .object({
      minLength: z.number().optional(),
      maxLength: z.number().optional(),
      pattern: z.string().optional(),
      patternMessage: z.string().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .optional(),
  accept: z.array(z.enum(["pdf", "jpg", "png"])).optional(),
});
export const ZFormPage = z.object({ id: z.string(), title: z.string(), fields: z.array(ZField) });
export const ZMaterial = z.object({
  name: z.string(),
  form: z.enum(["原件", "复印件", "电子证照", "原件和复印件"]),
  copies: z.number(),
  required: z.boolean(),
  note: z.string().optional(),
});

/** The guide fields every stored item has, as returned by the router and the admin export. */
export const ZGuideFields = z.object({
  code: z.string(),
  name: z.string(),
  theme: z.string(),
  summary: z.string(),
  conditions: z.array(z.string()),
  materials: z.array(ZMaterial),
  steps: z.array(z.string()),
  fees: z.string(),
  legalBasis: z.array(z.string()),
  legalDays: z.number(),
  promisedDays: z.number(),
  visits: z.number(),
  phone: z.string(),
  online: z.boolean(),
  requiresRealName: z.boolean(),
  keywords: z.array(z.string()),
});

// ---------------------------------------------------------------------------------------------
// What admins may write: the edit form and the import file (Chinese messages that say where and how to fix)

export const ITEM_KINDS = ["行政许可", "行政确认", "行政给付", "行政裁决", "行政奖励", "其他行政权力", "公共服务"] as const;
/** A stored item's kind (read back from the database: a row outside the list is a fault, not input). */
export const ZItemKind = z.enum(ITEM_KINDS);
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

/** The fields the cross-field rules read, as both the edit form and the import item have them after parsing. */
type RuleInput = {
  legalDays: number;
  promisedDays: number;
  visits: number;
  place: string | null;
  online: boolean;
  form: TFormDefinition | null;
};

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
  if (item.promisedDays > item.legalDays) {
    ctx.addIssue({ code: "custom", path: ["promisedDays"], message: "承诺时限不能超过法定时限" });
  }
  if (item.visits > 0 && !item.place) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "需要到现场办理的事项请填写办理地点" });
  }
  const form = item.form;
  if (item.online && (!form || form.length === 0)) {
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
    id: zId("事项编号无效"),
    version: zId("版本号无效，请刷新后重新编辑"),
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

/** The admin list's search and page. */
export const ZAdminItemQuery = z.object({
  q: z.string().trim().max(100, "搜索词不超过100个字").optional(),
  page: z.number().int().min(1, "页码应为正整数").max(1000, "页码不能超过1000").default(1),
});

/** An import file as posted: any JSON value; the service checks every item and reports all problems together. */
export const ZImportFile = z.object({ items: z.unknown() });

/** Structural only: the export returns what is stored, even an item written before today's rules. */
export const ZCatalogueItemExport = ZGuideFields.extend({
  section: z.enum(SECTION_SLUGS),
  departmentCode: z.string(),
  audience: z.enum(["personal", "enterprise"]),
  kind: z.enum(ITEM_KINDS),
  place: z.string().optional(),
  form: z.array(ZFormPage).optional(),
});
