"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { adminErrorCode } from "@/server/modules/admin/labels";

/** State of the create form; `key` is the new key, shown this once and never again. */
export type CreateKeyState = FormState & { key?: string | null; keyName?: string | null };

export async function createOpen311KeyAction(_prev: CreateKeyState, formData: FormData): Promise<CreateKeyState> {
  const name = String(formData.get("name") ?? "");
  try {
    const created = await (await getCaller()).hotline.open311Admin.create({ name: name.slice(0, 200) });
    revalidatePath("/admin/open311");
    return { info: `已为“${created.name}”创建 API key`, key: created.key, keyName: created.name, values: { name: "" } };
  } catch (e) {
    return toFormState(e, { name });
  }
}

/** Revokes a key after the confirmation step; the outcome is shown through the query string. */
export async function revokeOpen311KeyAction(formData: FormData): Promise<void> {
  const id = ZFormId.safeParse(formData.get("id"));
  let outcome: string;
  try {
    if (!id.success) throw new AppError("BAD_REQUEST", "密钥编号无效");
    const r = await (await getCaller()).hotline.open311Admin.revoke({ id: id.data });
    outcome = `revoked=${r.id}`;
  } catch (e) {
    outcome = `err=${adminErrorCode(toFormState(e).message)}`;
  }
  revalidatePath("/admin/open311");
  redirect(`/admin/open311?${outcome}`);
}
