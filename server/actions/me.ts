"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { ZRealName } from "@/server/modules/account/validation";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

export async function realNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = { name: String(formData.get("name") ?? "") };
  const parsed = ZRealName.safeParse({ name: formData.get("name"), idNumber: formData.get("idNumber") });
  if (!parsed.success) return toFormState(parsed.error, kept);
  try {
    const caller = await getCaller();
    await caller.account.verifyRealName(parsed.data);
  } catch (e) {
    return toFormState(e, kept);
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
    return toFormState(e);
  }
}

export async function markMessageReadAction(formData: FormData): Promise<void> {
  const id = ZFormId.safeParse(formData.get("id"));
  if (!id.success) return;
  try {
    await (await getCaller()).account.markMessageRead({ id: id.data });
  } catch (e) {
    toFormState(e); // a stale or foreign message is simply left alone; real faults propagate
  }
  revalidatePath("/me");
}
