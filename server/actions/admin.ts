"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { ZChangeRole } from "@/server/modules/admin/router";

/** Role change from the admin user list; the result is shown through the query string (no JS needed). */
export async function changeRoleAction(formData: FormData): Promise<void> {
  const parsed = ZChangeRole.safeParse({
    userId: formData.get("userId"),
    role: formData.get("role"),
    departmentId: formData.get("departmentId") ? formData.get("departmentId") : null,
  });
  let outcome: string;
  if (!parsed.success) outcome = "err=" + encodeURIComponent(parsed.error.issues[0]?.message ?? "提交的信息有误");
  else {
    try {
      await (await getCaller()).admin.changeRole(parsed.data);
      outcome = "ok=1";
    } catch (e) {
      if (!(e instanceof TRPCError)) throw e;
      outcome = "err=" + encodeURIComponent(e.message);
    }
  }
  revalidatePath("/admin");
  redirect(`/admin?tab=users&${outcome}`);
}
