"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import type { FormState } from "./auth";

export type KbFormState = FormState & { conflict?: boolean };

const ZId = z.coerce.number().int().positive();

function failure(e: unknown, values?: Record<string, string>): KbFormState {
  if (e instanceof TRPCError) {
    const cause = e.cause instanceof AppError ? e.cause : null;
    return { message: e.message, fieldErrors: cause?.fieldErrors ?? null, values, conflict: e.code === "CONFLICT" };
  }
  throw e;
}

/** "12, 34，56" → [12, 34, 56]; anything else is a field error. */
function parseItemIds(raw: string): number[] | null {
  const parts = raw.split(/[,，、\s]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,9}$/.test(p))) return null;
  return [...new Set(parts.map(Number))];
}

/** 提议: a new article or an edit of one (articleId + baseVersion come from the article page). */
export async function proposeArticleAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const values = {
    title: String(formData.get("title") ?? ""),
    body: String(formData.get("body") ?? ""),
    keywords: String(formData.get("keywords") ?? ""),
    catalogueItemIds: String(formData.get("catalogueItemIds") ?? ""),
    categoryId: String(formData.get("categoryId") ?? ""),
  };
  const articleId = formData.get("articleId") ? ZId.safeParse(formData.get("articleId")) : null;
  const baseVersion = formData.get("baseVersion") ? ZId.safeParse(formData.get("baseVersion")) : null;
  if ((articleId && !articleId.success) || (baseVersion && !baseVersion.success))
    return { message: "页面已过期，请从文章页面重新进入“提议修改”", values };
  const itemIds = parseItemIds(values.catalogueItemIds);
  const fieldErrors: Record<string, string[]> = {};
  if (values.title.trim().length < 2) fieldErrors.title = ["请填写标题，至少2个字"];
  if (values.body.trim().length < 10) fieldErrors.body = ["请填写正文，至少10个字"];
  if (!itemIds) fieldErrors.catalogueItemIds = ["事项编号只能是数字，多个编号用逗号分隔"];
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  const categoryId = values.categoryId ? Number(values.categoryId) : null;
  let target: string;
  try {
    const r = await (
      await getCaller()
    ).hotlineKnowledge.propose({
      articleId: articleId?.success ? articleId.data : undefined,
      baseVersion: baseVersion?.success ? baseVersion.data : undefined,
      title: values.title,
      body: values.body,
      keywords: values.keywords,
      catalogueItemIds: itemIds!,
      categoryId: categoryId && Number.isInteger(categoryId) && categoryId > 0 ? categoryId : null,
    });
    target = articleId?.success ? `/agent/knowledge/${articleId.data}?proposed=${r.id}` : `/agent/knowledge?proposed=${r.id}`;
  } catch (e) {
    return failure(e, values);
  }
  redirect(target);
}

/** 发布 a proposal (admin). */
export async function publishProposalAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZId.safeParse(formData.get("proposalId"));
  if (!id.success) return { message: "提议编号无效" };
  let articleId: number;
  try {
    articleId = (await (await getCaller()).hotlineKnowledge.publish({ id: id.data })).articleId;
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/agent/knowledge");
  redirect(`/admin/knowledge?done=published&article=${articleId}`);
}

/** 驳回 a proposal with a reason (admin). */
export async function rejectProposalAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZId.safeParse(formData.get("proposalId"));
  const values = { reason: String(formData.get("reason") ?? "") };
  if (!id.success) return { message: "提议编号无效", values };
  if (values.reason.trim().length < 2) return { fieldErrors: { [`reason-${id.data}`]: ["请填写驳回理由，至少2个字"] }, values };
  try {
    await (await getCaller()).hotlineKnowledge.reject({ id: id.data, reason: values.reason });
  } catch (e) {
    return failure(e, values);
  }
  redirect("/admin/knowledge?done=rejected");
}

/** 下架 an article (admin), from the article page. */
export async function archiveArticleAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZId.safeParse(formData.get("articleId"));
  const version = ZId.safeParse(formData.get("version"));
  if (!id.success || !version.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).hotlineKnowledge.archive({ id: id.data, version: version.data });
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/agent/knowledge");
  redirect("/admin/knowledge?done=archived");
}
