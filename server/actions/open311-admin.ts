"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import type { FormState } from "./auth";

/** State of the create form; `key` is the new key, shown this once and never again. */
export type CreateKeyState = FormState & { key?: string | null; keyName?: string | null };

export async function createOpen311KeyAction(_prev: CreateKeyState, formData: FormData): Promise<CreateKeyState> {
  const name = String(formData.get("name") ?? "");
  try {
    const created = await (await getCaller()).open311Admin.create({ name: name.slice(0, 200) });
    revalidatePath("/admin/open311");
    return { info: `已为“${created.name}”创建 API key`, key: created.key, keyName: created.name, values: { name: "" } };
  } catch (e) {
    if (e instanceof TRPCError) {
      const cause = e.cause instanceof AppError ? e.cause : null;
      return { message: e.message, fieldErrors: cause?.fieldErrors ?? null, values: { name } };
    }
    throw e;
  }
}

/** Revokes a key after the confirmation step; the outcome is shown through the query string. */
export async function revokeOpen311KeyAction(formData: FormData): Promise<void> {
  const id = Number(formData.get("id"));
  let outcome: string;
  try {
    const r = await (await getCaller()).open311Admin.revoke({ id });
    outcome = `revoked=${encodeURIComponent(r.name)}`;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    outcome = `err=${encodeURIComponent(e.message)}`;
  }
  revalidatePath("/admin/open311");
  redirect(`/admin/open311?${outcome}`);
}
