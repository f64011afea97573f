import { z } from "zod";

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
