"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

const FIELDS = ["kind", "title", "description", "roads", "district", "severity", "startsAt", "endsAt"] as const;

/** "2026-12-02T08:00" from a datetime-local input is China time. */
function chinaLocal(v: string): Date | string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  return new Date(`${v}:00+08:00`);
}

/** 发布路况 (admin): what the admin typed survives every error. */
export async function createRoadNoticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
  try {
    await (
      await getCaller()
    ).transport.admin.createRoadNotice({
      kind: values.kind as "congestion",
      title: values.title,
      description: values.description,
      roads: values.roads
        .split(/[,，、\n]+/)
        .map((r) => r.trim())
        .filter(Boolean),
      district: values.district as "崇川区",
      severity: Number(values.severity) || 0,
      startsAt: chinaLocal(values.startsAt) as Date,
      endsAt: values.endsAt ? (chinaLocal(values.endsAt) as Date) : null,
    });
  } catch (e) {
    return toFormState(e, values);
  }
  revalidatePath("/admin/transport");
  redirect("/admin/transport?created=1");
}

/** 撤下 a notice (admin); the outcome comes back through the query string. */
export async function withdrawRoadNoticeAction(formData: FormData): Promise<void> {
  const id = ZFormId.safeParse(formData.get("id"));
  const version = ZFormId.safeParse(formData.get("version"));
  let outcome = "withdrawn=1";
  try {
    if (!id.success || !version.success) throw new AppError("BAD_REQUEST", "页面已过期，请刷新后重试");
    await (await getCaller()).transport.admin.withdrawRoadNotice({ id: id.data, version: version.data });
  } catch (e) {
    outcome = `err=${encodeURIComponent(toFormState(e).message ?? "")}`;
  }
  revalidatePath("/admin/transport");
  redirect(`/admin/transport?${outcome}`);
}
