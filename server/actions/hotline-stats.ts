"use server";

import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { REQUEST_TYPES, ZSlaUpdate, type RequestType } from "@/server/modules/hotline/validation";

/** 办理时限表: validates every row first (nothing is saved if one is wrong), then saves the changed ones (each audited). */
export async function updateSlaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const wanted: { requestType: RequestType; workingDays: number }[] = [];
  REQUEST_TYPES.forEach((requestType, i) => {
    const raw = String(formData.get(`sla-${i}`) ?? "")
      .trim()
      .slice(0, 10);
    values[`sla-${i}`] = raw;
    const r = ZSlaUpdate.safeParse({ requestType, workingDays: raw === "" ? undefined : Number(raw) });
    if (!r.success) fieldErrors[`sla-${i}`] = [`${requestType}：${toFormState(r.error).message}`];
    else wanted.push(r.data);
  });
  if (Object.keys(fieldErrors).length) return { message: "办理时限有误，未保存", fieldErrors, values };
  try {
    const caller = await getCaller();
    const current = new Map((await caller.hotline.stats.slaRules()).map((r) => [r.requestType, r.workingDays]));
    const changed = wanted.filter((w) => current.get(w.requestType) !== w.workingDays);
    for (const w of changed) await caller.hotline.stats.updateSla(w);
    revalidatePath("/admin/hotline");
    return {
      info: changed.length
        ? `已保存：${changed.map((w) => `${w.requestType} ${current.get(w.requestType) ?? "—"} → ${w.workingDays} 个工作日`).join("；")}。此后派出的工单按新时限计算，已派出的工单不变。`
        : "没有改动。",
      values,
    };
  } catch (e) {
    return toFormState(e, values);
  }
}
