"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toConflictFormState as failure, type ConflictFormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { ZProposal } from "@/server/modules/hotline/validation";

export type KbFormState = ConflictFormState;

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
  const articleId = formData.get("articleId") ? ZFormId.safeParse(formData.get("articleId")) : null;
  const baseVersion = formData.get("baseVersion") ? ZFormId.safeParse(formData.get("baseVersion")) : null;
  if ((articleId && !articleId.success) || (baseVersion && !baseVersion.success))
    return { message: "页面已过期，请从文章页面重新进入“提议修改”", values };
  // The rules are the procedure's own schema; only the ids need reading from the typed text first.
  const itemIds = parseItemIds(values.catalogueItemIds);
  const categoryId = values.categoryId ? Number(values.categoryId) : null;
  const input = ZProposal.safeParse({
    articleId: articleId?.success ? articleId.data : undefined,
    baseVersion: baseVersion?.success ? baseVersion.data : undefined,
    title: values.title,
    body: values.body,
    keywords: values.keywords,
    catalogueItemIds: itemIds ?? [],
    categoryId: categoryId && Number.isInteger(categoryId) && categoryId > 0 ? categoryId : null,
  });
  if (!itemIds || !input.success) {
    const state: KbFormState = input.success ? { values } : failure(input.error, values);
    const idsError = itemIds ? {} : { catalogueItemIds: ["事项编号只能是数字，多个编号用逗号分隔"] };
    return { ...state, fieldErrors: { ...state.fieldErrors, ...idsError } };
  }
  let target: string;
  try {
    const r = await (await getCaller()).hotline.knowledge.propose(input.data);
    target = articleId?.success ? `/agent/knowledge/${articleId.data}?proposed=${r.id}` : `/agent/knowledge?proposed=${r.id}`;
  } catch (e) {
    return failure(e, values);
  }
  redirect(target);
}

/** 发布 a proposal (admin). */
export async function publishProposalAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZFormId.safeParse(formData.get("proposalId"));
  if (!id.success) return { message: "提议编号无效" };
  let articleId: number;
  try {
    articleId = (await (await getCaller()).hotline.knowledge.publish({ id: id.data })).articleId;
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/agent/knowledge");
  redirect(`/admin/knowledge?done=published&article=${articleId}`);
}

/** 驳回 a proposal with a reason (admin). */
export async function rejectProposalAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZFormId.safeParse(formData.get("proposalId"));
  const values = { reason: String(formData.get("reason") ?? "") };
  if (!id.success) return { message: "提议编号无效", values };
  try {
    await (await getCaller()).hotline.knowledge.reject({ id: id.data, reason: values.reason });
  } catch (e) {
    // Each proposal on the page has its own reason field.
    return failure(e, values, { reason: `reason-${id.data}` });
  }
  redirect("/admin/knowledge?done=rejected");
}

/** 下架 an article (admin), from the article page. */
export async function archiveArticleAction(_prev: KbFormState, formData: FormData): Promise<KbFormState> {
  const id = ZFormId.safeParse(formData.get("articleId"));
  const version = ZFormId.safeParse(formData.get("version"));
  if (!id.success || !version.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).hotline.knowledge.archive({ id: id.data, version: version.data });
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/agent/knowledge");
  redirect("/admin/knowledge?done=archived");
}
