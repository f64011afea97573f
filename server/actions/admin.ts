"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { toFormState } from "@/server/lib/form-state";
import { ZChangeRole, ZSetDisabled, ZUnlockUser } from "@/server/modules/admin/validation";
import { adminErrorCode, type AdminNotice } from "@/server/modules/admin/labels";

/** Runs an admin change from the user list; the outcome goes back as a code in the query string (no JS needed). */
async function userChange(run: () => Promise<unknown>, ok: AdminNotice): Promise<never> {
  let outcome: string;
  try {
    await run();
    outcome = `ok=${ok}`;
  } catch (e) {
    outcome = `err=${adminErrorCode(toFormState(e).message)}`;
  }
  revalidatePath("/admin");
  redirect(`/admin?tab=users&${outcome}`);
}

/** Role change from the admin user list. */
export async function changeRoleAction(formData: FormData): Promise<void> {
  const parsed = ZChangeRole.safeParse({
    userId: formData.get("userId"),
    role: formData.get("role"),
    departmentId: formData.get("departmentId") ? Number(formData.get("departmentId")) : null,
  });
  await userChange(async () => {
    if (!parsed.success) throw parsed.error;
    await (await getCaller()).admin.changeRole(parsed.data);
  }, "role");
}

/** 停用 / 启用 from the admin user list. */
export async function setDisabledAction(formData: FormData): Promise<void> {
  const parsed = ZSetDisabled.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") === "1" });
  await userChange(
    async () => {
      if (!parsed.success) throw parsed.error;
      await (await getCaller()).admin.setDisabled(parsed.data);
    },
    parsed.success && !parsed.data.disabled ? "enabled" : "disabled",
  );
}

/** 解除锁定 from the admin user list: the person can sign in with the password again at once. */
export async function unlockUserAction(formData: FormData): Promise<void> {
  const parsed = ZUnlockUser.safeParse({ userId: formData.get("userId") });
  await userChange(async () => {
    if (!parsed.success) throw parsed.error;
    await (await getCaller()).admin.unlock(parsed.data);
  }, "unlocked");
}
