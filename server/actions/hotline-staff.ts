"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import type { FormState } from "./auth";

/** FormState plus whether the failure was a conflict (the page then offers to reload). */
export type TicketFormState = FormState & { conflict?: boolean };

const ZRef = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

function ref(formData: FormData) {
  return ZRef.safeParse({ id: formData.get("ticketId"), version: formData.get("version") });
}

/** `field` names the form field a whole-value validation error ("_") belongs to. */
function failure(e: unknown, values?: Record<string, string>, field?: string): TicketFormState {
  if (e instanceof TRPCError) {
    const cause = e.cause instanceof AppError ? e.cause : null;
    let fieldErrors = cause?.fieldErrors ?? null;
    if (fieldErrors && field && fieldErrors._) {
      const { _: whole, ...rest } = fieldErrors;
      fieldErrors = { ...rest, [field]: whole };
    }
    return { message: e.message, fieldErrors, values, conflict: e.code === "CONFLICT" };
  }
  throw e;
}

const EXPIRED: TicketFormState = { message: "页面已过期，请刷新后重试", conflict: true };

function done(id: number, what: string): never {
  revalidatePath("/staff/tickets");
  redirect(`/staff/tickets/${id}?done=${what}`);
}

/** 签收. */
export async function acceptTicketAction(_prev: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const r = ref(formData);
  if (!r.success) return EXPIRED;
  try {
    await (await getCaller()).hotlineStaff.accept(r.data);
  } catch (e) {
    return failure(e);
  }
  done(r.data.id, "accept");
}

/** 提交办理结果. */
export async function replyTicketAction(_prev: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const r = ref(formData);
  const values = { reply: String(formData.get("reply") ?? "") };
  if (!r.success) return { ...EXPIRED, values };
  const text = values.reply.trim();
  if (text.length < 2) return { fieldErrors: { reply: ["请填写办理结果，至少2个字"] }, values };
  try {
    await (await getCaller()).hotlineStaff.reply({ ...r.data, reply: values.reply });
  } catch (e) {
    return failure(e, values, "reply");
  }
  done(r.data.id, "reply");
}

/** 申请延期. */
export async function requestExtensionAction(_prev: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const r = ref(formData);
  const values = { newDueDate: String(formData.get("newDueDate") ?? ""), reason: String(formData.get("reason") ?? "") };
  if (!r.success) return { ...EXPIRED, values };
  const fieldErrors: Record<string, string[]> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.newDueDate)) fieldErrors.newDueDate = ["请选择申请延期到的日期"];
  if (values.reason.trim().length < 5) fieldErrors.reason = ["请填写延期理由，至少5个字"];
  if (Object.keys(fieldErrors).length) return { fieldErrors, values };
  try {
    await (await getCaller()).hotlineStaff.requestExtension({ ...r.data, ...values });
  } catch (e) {
    return failure(e, values);
  }
  done(r.data.id, "extension");
}

/** 退单 with a reason. */
export async function returnTicketAction(_prev: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const r = ref(formData);
  const values = { returnReason: String(formData.get("returnReason") ?? "") };
  if (!r.success) return { ...EXPIRED, values };
  if (values.returnReason.trim().length < 2) return { fieldErrors: { returnReason: ["请填写退单理由，至少2个字"] }, values };
  try {
    await (await getCaller()).hotlineStaff.return({ ...r.data, reason: values.returnReason });
  } catch (e) {
    return failure(e, values, "returnReason");
  }
  // The order has left the department: back to the list with the confirmation.
  revalidatePath("/staff/tickets");
  redirect(`/staff/tickets?returned=${r.data.id}`);
}
