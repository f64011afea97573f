"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toConflictFormState, type ConflictFormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { AppError } from "@/server/lib/errors";
import { ZArticleInput, ZArticleVersion } from "@/server/modules/governance/validation";
import { ARTICLE_CONFLICT } from "@/server/modules/governance/publicity";

/*
 * 政务公开 drafting (admins, /admin/articles): create a draft, edit it, publish, withdraw. Every form
 * returns ConflictFormState: what was typed comes back on an error, and a stale version (someone
 * saved, published or withdrew in between) says so and offers the latest version.
 */

const ARTICLE_FIELDS = ["kind", "title", "summary", "bodyHtml", "docNumber", "publisher", "interpretsId"] as const;
const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const optional = (s: string) => (s.trim() ? s : undefined);
const STALE = "页面已过期，请刷新后重试";

function ref(formData: FormData): { id: number; version: number } {
  const id = ZFormId.safeParse(formData.get("id"));
  const version = ZArticleVersion.safeParse(Number(text(formData, "version") || "x"));
  if (!id.success || !version.success) throw new AppError("BAD_REQUEST", STALE);
  return { id: id.data, version: version.data };
}

/** A new draft (no id) or an edit of one version of an article (id + version). */
export async function saveArticleDraftAction(_prev: ConflictFormState, formData: FormData): Promise<ConflictFormState> {
  const values: Record<string, string> = {};
  for (const f of ARTICLE_FIELDS) values[f] = text(formData, f);
  const editing = formData.has("id");
  let id: number;
  try {
    const interpretsId = values.interpretsId!.trim();
    // the procedure's own schema types the article (a ZodError is reported like the procedure's)
    const article = ZArticleInput.parse({
      kind: values.kind,
      title: values.title,
      summary: optional(values.summary!),
      bodyHtml: values.bodyHtml,
      docNumber: optional(values.docNumber!),
      publisher: values.publisher,
      interpretsId: interpretsId ? Number(interpretsId) : undefined,
    });
    const caller = await getCaller();
    if (editing) {
      const r = ref(formData);
      await caller.governance.publish.update({ ...r, article });
      id = r.id;
    } else id = (await caller.governance.publish.create(article)).id;
  } catch (e) {
    return toConflictFormState(e, values);
  }
  revalidatePath("/admin/articles");
  redirect(`/admin/articles/${id}?done=${editing ? "saved" : "created"}`);
}

/** Publish or withdraw (the button says which), version-checked. */
export async function changeArticleStatusAction(_prev: ConflictFormState, formData: FormData): Promise<ConflictFormState> {
  const to = text(formData, "to");
  let id: number;
  try {
    const r = ref(formData);
    id = r.id;
    const caller = await getCaller();
    if (to === "publish") await caller.governance.publish.publish(r);
    else if (to === "withdraw") await caller.governance.publish.withdraw(r);
    else throw new AppError("BAD_REQUEST", STALE);
  } catch (e) {
    // only a lost race offers the latest version (not "已发布" or "请先发布被解读的政策文件")
    const state = toConflictFormState(e);
    return { ...state, conflict: state.message === ARTICLE_CONFLICT };
  }
  revalidatePath("/admin/articles");
  redirect(`/admin/articles/${id}?done=${to === "publish" ? "published" : "withdrawn"}`);
}
