"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { appErrorOf, toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

/**
 * 附议 and 关注 from the suggestion step on /12345 and from a public request's page. A guest is sent to
 * sign in and comes back to the request's page. Everything typed comes back on an error.
 */

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function signInFirst(e: unknown, ticketId: number): void {
  if (appErrorOf(e)?.code === "UNAUTHORIZED") redirect(`/login?callbackUrl=${encodeURIComponent(`/12345/public/${ticketId}`)}`);
}

/** 附议 ("我也遇到了"): an optional note and one photo; then 我关注的 shows it with the new count. */
export async function joinHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("ticketId"));
  const values = { note: text(formData, "note"), sms: text(formData, "sms") };
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  const photos: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const f of formData.getAll("photo")) {
    if (f instanceof File && f.size > 0) photos.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  try {
    await (
      await getCaller()
    ).hotline.citizen.join({ ticketId: id.data, note: values.note.trim() || undefined, sms: values.sms === "yes", photos });
  } catch (e) {
    signInFirst(e, id.data);
    const state = toFormState(e, values, { photos: "photo", ticketId: "note" });
    if (photos.length && !state.fieldErrors?.photo) state.fieldErrors = { ...state.fieldErrors, photo: ["照片未保存，请重新选择"] };
    return state;
  }
  revalidatePath("/me/requests/following");
  redirect(`/me/requests/following?joined=${id.data}`);
}

/** 关注: follow a public request's progress. */
export async function followHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("ticketId"));
  const values = { sms: text(formData, "sms") };
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).hotline.citizen.follow({ ticketId: id.data, sms: values.sms === "yes" });
  } catch (e) {
    signInFirst(e, id.data);
    return toFormState(e, values);
  }
  revalidatePath("/me/requests/following");
  redirect(`/me/requests/following?followed=${id.data}`);
}

/** 取消关注 (following only; a 附议 stays). */
export async function unfollowHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("ticketId"));
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).hotline.citizen.unfollow({ ticketId: id.data });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/me/requests/following");
  redirect("/me/requests/following?unfollowed=1");
}
