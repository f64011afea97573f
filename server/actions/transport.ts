"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { toConflictFormState, toFormState, type ConflictFormState } from "@/server/lib/form-state";
import { parseInput, ZFormId } from "@/server/lib/validation";
import { ZRoadNotice } from "@/server/modules/transport/validation";

const FIELDS = ["kind", "title", "description", "roads", "district", "severity", "startsAt", "endsAt"] as const;

/** "2026-12-02T08:00" from a datetime-local input is China time. */
function chinaLocal(v: string): Date | string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  return new Date(`${v}:00+08:00`);
}

/** The notice a road-notice form describes, checked here so its errors are keyed by the form's fields. */
function noticeOf(values: Record<(typeof FIELDS)[number], string>) {
  return parseInput(ZRoadNotice, {
    kind: values.kind,
    title: values.title,
    description: values.description,
    roads: values.roads
      .split(/[,，、\n]+/)
      .map((r) => r.trim())
      .filter(Boolean),
    district: values.district,
    severity: Number(values.severity) || 0,
    startsAt: chinaLocal(values.startsAt),
    endsAt: values.endsAt ? chinaLocal(values.endsAt) : null,
  });
}

/**
 * 发布路况, or 修改 one (with the id and version the form was opened at: a notice changed or withdrawn
 * since is a conflict, and the form offers the latest version). What the admin typed survives every error.
 */
export async function saveRoadNoticeAction(_prev: ConflictFormState, formData: FormData): Promise<ConflictFormState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
  const rawId = formData.get("id");
  let outcome = "created=1";
  try {
    const notice = noticeOf(values);
    const caller = await getCaller();
    if (rawId !== null) {
      const id = ZFormId.safeParse(rawId);
      const version = ZFormId.safeParse(formData.get("version"));
      if (!id.success || !version.success) throw new AppError("BAD_REQUEST", "页面已过期，请刷新后重试");
      await caller.transport.admin.updateRoadNotice({ id: id.data, version: version.data, notice });
      outcome = "updated=1";
    } else await caller.transport.admin.createRoadNotice(notice);
  } catch (e) {
    return toConflictFormState(e, values);
  }
  revalidatePath("/admin/transport");
  redirect(`/admin/transport?${outcome}`);
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
