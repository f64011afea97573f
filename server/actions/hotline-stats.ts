"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { ZSlaUpdate } from "@/server/modules/hotline/stats";
import { REQUEST_TYPES } from "@/server/modules/hotline/validation";
import type { FormState } from "./auth";

/** 办理时限表: validates every row first (nothing is saved if one is wrong), then saves the changed ones (each audited). */
export async function updateSlaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string[]> = {};
  const wanted: { requestType: (typeof REQUEST_TYPES)[number]; workingDays: number }[] = [];
  REQUEST_TYPES.forEach((requestType, i) => {
    const raw = String(formData.get(`sla-${i}`) ?? "")
      .trim()
      .slice(0, 10);
    values[`sla-${i}`] = raw;
    const r = ZSlaUpdate.safeParse({ requestType, workingDays: raw === "" ? undefined : raw });
    if (!r.success)
      fieldErrors[`sla-${i}`] = [
        `${requestType}：${raw === "" ? "请填写工作日天数" : (r.error.issues[0]?.message ?? "请填写1到60之间的整数")}`,
      ];
    else wanted.push(r.data);
  });
  if (Object.keys(fieldErrors).length) return { message: "办理时限有误，未保存", fieldErrors, values };
  try {
    const caller = await getCaller();
    const current = new Map((await caller.hotlineStats.slaRules()).map((r) => [r.requestType, r.workingDays]));
    const changed = wanted.filter((w) => current.get(w.requestType) !== w.workingDays);
    for (const w of changed) await caller.hotlineStats.updateSla(w);
    revalidatePath("/admin/hotline");
    return {
      info: changed.length
        ? `已保存：${changed.map((w) => `${w.requestType} ${current.get(w.requestType) ?? "—"} → ${w.workingDays} 个工作日`).join("；")}。此后派出的工单按新时限计算，已派出的工单不变。`
        : "没有改动。",
      values,
    };
  } catch (e) {
    if (e instanceof TRPCError)
      return { message: e.message, fieldErrors: e.cause instanceof AppError ? (e.cause.fieldErrors ?? null) : null, values };
    throw e;
  }
}
