"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { ZCitizenSubmit, ZRate } from "@/server/modules/hotline/validation";
import { channelFromUserAgent } from "@/server/modules/hotline/photos";
import type { Suggestion } from "@/server/modules/hotline/supporters";

/**
 * The 12345 form's state: FormState, plus the suggestion step — open public requests of the same
 * category nearby, shown between the form and submission (and whether photos must be chosen again).
 */
export type HotlineFormState = FormState & { suggestions?: Suggestion[] | null; photosDropped?: boolean };

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function numberOrUndefined(s: string): number | undefined {
  if (!s.trim()) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * 12345 在线提交. Everything typed comes back on an error (photos cannot be put back into a file
 * input: the form says so); the hidden idempotency key makes a double submit land on one ticket.
 * A complete form with a category and a place first goes through the suggestion step: when open public
 * requests of the same category are within 200 m or at the same address, the form comes back with them
 * (and everything typed), and the citizen joins one or continues (`skipSuggestions`) with a new request.
 */
export async function submitHotlineAction(_prev: HotlineFormState, formData: FormData): Promise<HotlineFormState> {
  const values = {
    type: text(formData, "type"),
    categoryId: text(formData, "categoryId"),
    description: text(formData, "description"),
    district: text(formData, "district"),
    address: text(formData, "address"),
    lat: text(formData, "lat"),
    lng: text(formData, "lng"),
    isPublic: text(formData, "isPublic"),
    contactName: text(formData, "contactName"),
    contactPhone: text(formData, "contactPhone"),
    skipSuggestions: text(formData, "skipSuggestions"),
  };
  const photos: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const f of formData.getAll("photos")) {
    if (f instanceof File && f.size > 0) photos.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const lat = numberOrUndefined(values.lat);
  const lng = numberOrUndefined(values.lng);
  const channel = channelFromUserAgent((await headers()).get("user-agent"));
  const input = {
    type: values.type || undefined,
    categoryId: numberOrUndefined(values.categoryId),
    description: values.description,
    district: values.district || undefined,
    address: values.address.trim() || undefined,
    lat,
    lng,
    isPublic: values.isPublic === "yes",
    contactName: values.contactName,
    contactPhone: values.contactPhone,
    channel,
    idempotencyKey: String(formData.get("idempotencyKey") ?? ""),
  };
  const caller = await getCaller();
  // The suggestion step: only for a form that would be accepted (else its errors come first).
  if (values.skipSuggestions !== "1" && input.categoryId !== undefined && ZCitizenSubmit.safeParse(input).success) {
    const suggestions = await caller.hotline.citizen
      .suggestions({ categoryId: input.categoryId, lat, lng, address: input.address })
      .catch((e: unknown) => (toFormState(e), [])); // a failure here must not stop the submission
    if (suggestions.length) return { values, suggestions, photosDropped: photos.length > 0 };
  }
  let target: string;
  try {
    const r = await caller.hotline.citizen.submit({ ...input, photos });
    target = `/12345/submitted/${r.id}`;
  } catch (e) {
    const state = toFormState(e, values);
    if (photos.length && state.fieldErrors && !state.fieldErrors.photos) {
      state.fieldErrors = { ...state.fieldErrors, photos: ["照片未保存：请改正上面的问题后重新选择照片"] };
    }
    return state;
  }
  revalidatePath("/me/requests");
  redirect(target);
}

/** 评价: 满意 / 基本满意 / 不满意 and an optional comment, once, after the answer. */
export async function rateHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("ticketId"));
  const values = { rating: String(formData.get("rating") ?? ""), comment: String(formData.get("comment") ?? "") };
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  // The procedure's own schema: a form error reads exactly as the procedure would say it.
  const input = ZRate.safeParse({
    id: id.data,
    rating: values.rating ? Number(values.rating) : undefined,
    comment: values.comment.trim() || undefined,
  });
  try {
    if (!input.success) throw input.error;
    await (await getCaller()).hotline.citizen.rate(input.data);
  } catch (e) {
    return toFormState(e, values);
  }
  revalidatePath(`/me/requests/${id.data}`);
  redirect(`/me/requests/${id.data}?rated=1#rate-title`);
}
