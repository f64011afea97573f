"use server";

import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { channelFromUserAgent } from "@/server/modules/hotline/photos";
import type { FormState } from "./auth";

function failure(e: unknown, values?: Record<string, string>): FormState {
  if (e instanceof TRPCError) {
    const cause = e.cause instanceof AppError ? e.cause : null;
    return { message: e.message, fieldErrors: cause?.fieldErrors ?? null, values };
  }
  throw e;
}

const TEXT_FIELDS = [
  "type",
  "categoryId",
  "description",
  "district",
  "address",
  "lat",
  "lng",
  "isPublic",
  "contactName",
  "contactPhone",
] as const;

function numberOrUndefined(s: string): number | undefined {
  if (!s.trim()) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * 12345 在线提交. Everything typed comes back on an error (photos cannot be put back into a file
 * input: the form says so); the hidden idempotency key makes a double submit land on one ticket.
 */
export async function submitHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, String(formData.get(k) ?? "")])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  const photos: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  for (const f of formData.getAll("photos")) {
    if (f instanceof File && f.size > 0) photos.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const lat = numberOrUndefined(values.lat);
  const lng = numberOrUndefined(values.lng);
  const channel = channelFromUserAgent((await headers()).get("user-agent"));
  let target: string;
  try {
    const r = await (
      await getCaller()
    ).hotline.submit({
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
      photos,
    });
    target = `/12345/submitted/${r.id}`;
  } catch (e) {
    const state = failure(e, values);
    if (photos.length && state.fieldErrors && !state.fieldErrors.photos) {
      state.fieldErrors = { ...state.fieldErrors, photos: ["照片未保存：请改正上面的问题后重新选择照片"] };
    }
    return state;
  }
  revalidatePath("/me/requests");
  redirect(target);
}

/** 评价: 1–5 stars and an optional comment, once, after the answer. */
export async function rateHotlineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = Number(formData.get("ticketId"));
  const values = { rating: String(formData.get("rating") ?? ""), comment: String(formData.get("comment") ?? "") };
  if (!Number.isSafeInteger(id) || id <= 0) return { message: "页面已过期，请刷新后重试" };
  try {
    await (
      await getCaller()
    ).hotline.rate({ id, rating: values.rating ? Number(values.rating) : undefined, comment: values.comment.trim() || undefined });
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath(`/me/requests/${id}`);
  redirect(`/me/requests/${id}?rated=1#rate-title`);
}
