import { z } from "zod";
import { INT4_MAX, zId } from "@/server/lib/validation";

/** Article versions start at 0 (the row's default); a bad one is a 400. */
export const ZArticleVersion = z
  .number({ error: "版本号无效，请刷新页面后重试" })
  .int("版本号无效，请刷新页面后重试")
  .min(0, "版本号无效，请刷新页面后重试")
  .max(INT4_MAX, "版本号无效，请刷新页面后重试");

export const ARTICLE_KINDS = { news: "政务要闻", notice: "通知公告", policy: "政策文件", interpretation: "政策解读" } as const;
export type ArticleKind = keyof typeof ARTICLE_KINDS;
export const ARTICLE_KIND_CODES = Object.keys(ARTICLE_KINDS) as [ArticleKind, ...ArticleKind[]];

export const ARTICLE_STATUSES = { draft: "草稿", published: "已发布", withdrawn: "已撤回" } as const;
export type ArticleStatus = keyof typeof ARTICLE_STATUSES;

/** Rich text may be long (policy documents), but not unbounded. */
export const MAX_BODY_CHARS = 200_000;

/**
 * An article as an admin writes it. `docNumber` (文号) belongs to policy documents; an
 * interpretation (解读) must name the policy document it interprets, and only an interpretation may.
 */
export const ZArticleInput = z
  .object({
    kind: z.enum(ARTICLE_KIND_CODES, { error: "请选择栏目：政务要闻、通知公告、政策文件或政策解读" }),
    title: z.string({ error: "请填写标题" }).trim().min(4, "请填写标题，至少4个字").max(100, "标题不超过100字"),
    summary: z.string().trim().max(300, "摘要不超过300字").optional(),
    bodyHtml: z.string({ error: "请填写正文" }).max(MAX_BODY_CHARS, `正文过长（不超过${MAX_BODY_CHARS.toLocaleString("en-US")}个字符）`),
    docNumber: z.string().trim().max(50, "文号不超过50字").optional(),
    publisher: z.string({ error: "请填写发布机构" }).trim().min(2, "请填写发布机构，如 南通市人民政府办公室").max(50, "发布机构不超过50字"),
    interpretsId: zId("请选择被解读的政策文件").optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === "interpretation" && a.interpretsId === undefined)
      ctx.addIssue({ code: "custom", path: ["interpretsId"], message: "政策解读须关联被解读的政策文件" });
    if (a.kind !== "interpretation" && a.interpretsId !== undefined)
      ctx.addIssue({ code: "custom", path: ["interpretsId"], message: "只有政策解读可以关联政策文件" });
    if (a.docNumber && a.kind !== "policy") ctx.addIssue({ code: "custom", path: ["docNumber"], message: "只有政策文件有文号" });
  });
export type TArticleInput = z.input<typeof ZArticleInput>;

export const ZArticleListQuery = z.object({
  kind: z.enum(ARTICLE_KIND_CODES, { error: "栏目无效" }).optional(),
  q: z.string().trim().max(100, "关键词不超过100字").optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const ZAdminArticleQuery = z.object({
  status: z.enum(["draft", "published", "withdrawn"], { error: "状态无效" }).optional(),
  kind: z.enum(ARTICLE_KIND_CODES, { error: "栏目无效" }).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
