"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCaller } from "@/server/request";
import { toConflictFormState as failure, type ConflictFormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

/** FormState plus whether the failure was a conflict (the page then offers to reload). */
export type TicketFormState = ConflictFormState;

const ZRef = z.object({ id: ZFormId, version: ZFormId });

function ref(formData: FormData) {
  return ZRef.safeParse({ id: formData.get("ticketId"), version: formData.get("version") });
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
    await (await getCaller()).hotline.staff.accept(r.data);
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
  try {
    await (await getCaller()).hotline.staff.reply({ ...r.data, reply: values.reply });
  } catch (e) {
    return failure(e, values, { _: "reply" });
  }
  done(r.data.id, "reply");
}

/** 申请延期. */
export async function requestExtensionAction(_prev: TicketFormState, formData: FormData): Promise<TicketFormState> {
  const r = ref(formData);
  const values = { newDueDate: String(formData.get("newDueDate") ?? ""), reason: String(formData.get("reason") ?? "") };
  if (!r.success) return { ...EXPIRED, values };
  try {
    await (await getCaller()).hotline.staff.requestExtension({ ...r.data, ...values });
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
  try {
    await (await getCaller()).hotline.staff.return({ ...r.data, reason: values.returnReason });
  } catch (e) {
    return failure(e, values, { reason: "returnReason", _: "returnReason" });
  }
  // The order has left the department: back to the list with the confirmation.
  revalidatePath("/staff/tickets");
  redirect(`/staff/tickets?returned=${r.data.id}`);
}
