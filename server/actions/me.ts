"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCaller } from "@/server/request";
import { ZRealName } from "@/server/modules/account/validation";
import { AppError } from "@/server/lib/errors";
import type { FormState } from "./auth";

/** Turns a tRPC/AppError failure into form state; anything else is a real fault and propagates. */
function failure(e: unknown, kept?: Record<string, string>): FormState {
  if (e instanceof TRPCError) {
    const cause = e.cause instanceof AppError ? e.cause : null;
    return { message: e.message, fieldErrors: cause?.fieldErrors ?? null, values: kept };
  }
  throw e;
}

export async function realNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = { name: String(formData.get("name") ?? "") };
  const parsed = ZRealName.safeParse({ name: formData.get("name"), idNumber: formData.get("idNumber") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: kept };
  try {
    const caller = await getCaller();
    await caller.account.verifyRealName(parsed.data);
  } catch (e) {
    return failure(e, kept);
  }
  // The page re-renders as verified (the form is gone), so the confirmation travels in the URL.
  redirect("/me?realname=ok#real-name");
}

export async function unbindWechatAction(_prev: FormState, _formData: FormData): Promise<FormState> {
  try {
    await (await getCaller()).account.unbindWechat();
    revalidatePath("/me");
    return { info: "已解除微信绑定" };
  } catch (e) {
    return failure(e);
  }
}

export async function markMessageReadAction(formData: FormData): Promise<void> {
  const id = z.coerce.number().int().positive().safeParse(formData.get("id"));
  if (!id.success) return;
  try {
    await (await getCaller()).account.markMessageRead({ id: id.data });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
  }
  revalidatePath("/me");
}
