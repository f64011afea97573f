"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { answersFromForm } from "@/server/modules/applications/form-schema";
import { ZRating, ZStaffAction } from "@/server/modules/applications/validation";

/** 开始申请: creates or resumes the draft, then goes to its first question page. */
export async function startApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const itemId = ZFormId.safeParse(formData.get("itemId"));
  if (!itemId.success) return { message: "事项编号无效" };
  let target: string;
  try {
    const r = await (await getCaller()).applications.start({ itemId: itemId.data });
    target = `/me/applications/${r.id}/edit/${encodeURIComponent(r.firstPageId)}`;
  } catch (e) {
    return toFormState(e);
  }
  redirect(target);
}

/** Saves one question page: 继续 validates and moves on; 保存草稿 keeps whatever was typed. */
export async function savePageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("applicationId"));
  const pageId = String(formData.get("pageId") ?? "");
  if (!id.success || !pageId) return { message: "页面已过期，请从“我的办件”重新进入" };
  const mode = formData.get("intent") === "draft" ? "draft" : "continue";
  const caller = await getCaller();
  let target: string | null = null;
  try {
    const app = await caller.applications.get({ id: id.data });
    const page = app.item.form?.find((p) => p.id === pageId);
    if (!page) return { message: "找不到该页面" };
    const answers = answersFromForm(page, formData);
    const files: { field: string; name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
    for (const f of page.fields) {
      if (f.type !== "file") continue;
      const file = formData.get(f.name);
      if (file instanceof File && file.size > 0)
        files.push({ field: f.name, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    const r = await caller.applications.savePage({ id: id.data, pageId, answers, files, mode });
    const values = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? v.join("\u0000") : v]));
    if (r.errors) return { fieldErrors: r.errors, values, message: mode === "draft" ? "草稿已保存，但部分附件未通过检查" : null };
    if (mode === "draft") return { info: "草稿已保存。您可以随时在“我的办件”中继续填写。", values };
    target = r.nextPageId ? `/me/applications/${id.data}/edit/${encodeURIComponent(r.nextPageId)}` : `/me/applications/${id.data}/check`;
  } catch (e) {
    return toFormState(e);
  }
  redirect(target);
}

/** Final submit from the check-answers page; the hidden idempotency key makes retries safe. */
export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("applicationId"));
  const key = String(formData.get("idempotencyKey") ?? "");
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).applications.submit({ id: id.data, idempotencyKey: key });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/me/applications");
  redirect(`/me/applications/${id.data}?submitted=1`);
}

export async function rateApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { comment: String(formData.get("comment") ?? ""), reason: String(formData.get("reason") ?? "") };
  const parsed = ZRating.safeParse({
    id: Number(formData.get("applicationId")),
    score: formData.get("score") ?? undefined,
    comment: values.comment || undefined,
    reason: values.reason || undefined,
  });
  if (!parsed.success) return toFormState(parsed.error, values);
  try {
    await (await getCaller()).applications.rate(parsed.data);
  } catch (e) {
    return toFormState(e, values);
  }
  redirect(`/me/applications/${parsed.data.id}?rated=1#rate-title`);
}

/** Department actions: 受理 / 补正 / 办结 / 不予受理(许可). */
export async function handleApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("applicationId"));
  const kind = String(formData.get("kind") ?? "");
  const text = String(formData.get("text") ?? "");
  if (!id.success) return { message: "申请编号无效" };
  const action = ZStaffAction.safeParse(kind === "complete" ? { kind, note: text } : kind === "accept" ? { kind } : { kind, reason: text });
  if (!action.success) return toFormState(action.error, { text }, { kind: "text", reason: "text", note: "text" });
  try {
    await (await getCaller()).applications.handle({ id: id.data, action: action.data });
  } catch (e) {
    return toFormState(e, { text });
  }
  // The case page re-renders with other actions; the confirmation travels in the URL.
  redirect(`/staff/applications/${id.data}?done=${action.data.kind}`);
}

export async function closeFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("applicationId"));
  const note = String(formData.get("note") ?? "");
  if (!id.success) return { message: "申请编号无效" };
  try {
    await (await getCaller()).applications.closeFollowUp({ id: id.data, note });
  } catch (e) {
    return toFormState(e, { note });
  }
  redirect(`/staff/applications/${id.data}?done=followup`);
}
