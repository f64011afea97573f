"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { toFormState } from "@/server/lib/form-state";
import { ZChangeRole, ZUnlockUser } from "@/server/modules/admin/validation";

/** Role change from the admin user list; the result is shown through the query string (no JS needed). */
export async function changeRoleAction(formData: FormData): Promise<void> {
  const parsed = ZChangeRole.safeParse({
    userId: formData.get("userId"),
    role: formData.get("role"),
    departmentId: formData.get("departmentId") ? Number(formData.get("departmentId")) : null,
  });
  let outcome: string;
  try {
    if (!parsed.success) throw parsed.error;
    await (await getCaller()).admin.changeRole(parsed.data);
    outcome = "ok=1";
  } catch (e) {
    outcome = "err=" + encodeURIComponent(toFormState(e).message ?? "");
  }
  revalidatePath("/admin");
  redirect(`/admin?tab=users&${outcome}`);
}

/** 解除锁定 from the admin user list: the person can sign in with the password again at once. */
export async function unlockUserAction(formData: FormData): Promise<void> {
  const parsed = ZUnlockUser.safeParse({ userId: formData.get("userId") });
  let outcome: string;
  try {
    if (!parsed.success) throw parsed.error;
    await (await getCaller()).admin.unlock(parsed.data);
    outcome = "unlocked=1";
  } catch (e) {
    outcome = "err=" + encodeURIComponent(toFormState(e).message ?? "");
  }
  const q = String(formData.get("q") ?? "");
  revalidatePath("/admin");
  redirect(`/admin?tab=users&${outcome}${q ? `&q=${encodeURIComponent(q)}` : ""}`);
}
