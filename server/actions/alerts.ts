"use server";

import { after } from "next/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { getDb } from "@/server/db";
import { logger } from "@/server/lib/logger";
import { toConflictFormState as failure, type ConflictFormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { kickFanout } from "@/server/modules/alerts/service";
import { ZAlertContent, ZSubscription } from "@/server/modules/alerts/validation";
import { ALERT_AREA_COOKIE, AREAS } from "@/server/modules/alerts/labels";

export type AlertFormState = ConflictFormState & { saved?: boolean };

/** Sends the queued messages after the response has gone (the publish request does not wait for them). */
function fanOutLater() {
  after(async () => {
    try {
      await kickFanout(await getDb());
    } catch (e) {
      logger.error({ err: e instanceof Error ? e.message : String(e) }, "alert fan-out failed");
    }
  });
}

/** "2026-12-02T18:00" (a datetime-local field, China time) → Date; anything else → undefined (the schema says what to fix). */
function chinaTime(v: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}:00+08:00`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const CONTENT_FIELDS = [
  "type",
  "event",
  "severity",
  "headline",
  "description",
  "instruction",
  "capStatus",
  "effectiveAt",
  "expiresAt",
] as const;

/** 保存草稿: a new alert, an update of a published one (`referencesId`), or an edit of a draft (`id` + `version`). */
export async function saveAlertDraftAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const values: Record<string, string> = {};
  for (const f of CONTENT_FIELDS) values[f] = String(formData.get(f) ?? "");
  const areas = formData.getAll("areas").map(String);
  values.areas = areas.join(",");
  const parsed = ZAlertContent.safeParse({
    type: values.type || undefined,
    event: values.event,
    severity: values.severity || undefined,
    areas,
    headline: values.headline,
    description: values.description,
    instruction: values.instruction,
    capStatus: values.capStatus || undefined,
    effectiveAt: chinaTime(values.effectiveAt!),
    expiresAt: chinaTime(values.expiresAt!),
  });
  if (!parsed.success) return failure(parsed.error, values);
  const id = formData.get("id") ? ZFormId.safeParse(formData.get("id")) : null;
  const version = formData.get("version") ? ZFormId.safeParse(formData.get("version")) : null;
  const referencesId = formData.get("referencesId") ? ZFormId.safeParse(formData.get("referencesId")) : null;
  if ((id && !id.success) || (version && !version.success) || (referencesId && !referencesId.success))
    return { message: "页面已过期，请从预警列表重新进入", values };
  let target: number;
  try {
    const caller = await getCaller();
    const content = parsed.data;
    const saved =
      id?.success && version?.success
        ? await caller.governance.alerts.desk.edit({ id: id.data, version: version.data, content })
        : await caller.governance.alerts.desk.create({ content, referencesId: referencesId?.success ? referencesId.data : undefined });
    target = saved.id;
  } catch (e) {
    return failure(e, values, { content: "headline" });
  }
  redirect(`/staff/alerts/${target}?done=saved`);
}

function idAndVersion(formData: FormData) {
  const id = ZFormId.safeParse(formData.get("id"));
  const version = ZFormId.safeParse(formData.get("version"));
  return id.success && version.success ? { id: id.data, version: version.data } : null;
}

/** 提交发布: blue/yellow go out now; red/orange go to a second person. */
export async function submitAlertAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const input = idAndVersion(formData);
  if (!input) return { message: "页面已过期，请刷新后重试" };
  let state: string;
  try {
    state = (await (await getCaller()).governance.alerts.desk.submit(input)).state;
  } catch (e) {
    return failure(e);
  }
  if (state === "published") fanOutLater();
  redirect(`/staff/alerts/${input.id}?done=${state === "published" ? "published" : "pending"}`);
}

/** 审批通过 (four-eyes). */
export async function approveAlertAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const input = idAndVersion(formData);
  if (!input) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).governance.alerts.desk.approve(input);
  } catch (e) {
    return failure(e);
  }
  fanOutLater();
  redirect(`/staff/alerts/${input.id}?done=approved`);
}

/** 退回 with a reason. */
export async function rejectAlertAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const input = idAndVersion(formData);
  const values = { reason: String(formData.get("reason") ?? "") };
  if (!input) return { message: "页面已过期，请刷新后重试", values };
  try {
    await (await getCaller()).governance.alerts.desk.reject({ ...input, reason: values.reason });
  } catch (e) {
    return failure(e, values);
  }
  redirect(`/staff/alerts/${input.id}?done=rejected`);
}

/** 解除 a live alert with the reason people will read. */
export async function cancelAlertAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const id = ZFormId.safeParse(formData.get("referencesId"));
  const values = { reason: String(formData.get("reason") ?? "") };
  if (!id.success) return { message: "页面已过期，请刷新后重试", values };
  let cancelId: number;
  try {
    cancelId = (await (await getCaller()).governance.alerts.desk.cancel({ referencesId: id.data, reason: values.reason })).id;
  } catch (e) {
    return failure(e, values);
  }
  fanOutLater();
  redirect(`/staff/alerts/${id.data}?done=cancelled&cancel=${cancelId}`);
}

const YEAR = 365 * 86_400;

async function rememberArea(area: string | null) {
  const jar = await cookies();
  if (area && (AREAS as readonly string[]).includes(area) && area !== "city")
    jar.set(ALERT_AREA_COOKIE, area, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: false });
  else jar.delete(ALERT_AREA_COOKIE);
}

/** /me/alerts: divisions, lowest level, channels. The first division chosen is also the banner's. */
export async function saveSubscriptionAction(_prev: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const areas = formData.getAll("areas").map(String);
  const values = {
    areas: areas.join(","),
    minSeverity: String(formData.get("minSeverity") ?? ""),
    byMessage: formData.get("byMessage") ? "1" : "",
    bySms: formData.get("bySms") ? "1" : "",
  };
  const input = ZSubscription.safeParse({
    areas,
    minSeverity: values.minSeverity || undefined,
    byMessage: values.byMessage === "1",
    bySms: values.bySms === "1",
  });
  if (!input.success) return failure(input.error, values);
  try {
    const saved = await (await getCaller()).governance.alerts.subscription.save(input.data);
    if (saved.subscribed) await rememberArea(saved.areas.length === 1 ? saved.areas[0]! : null);
    return { saved: true, info: saved.subscribed ? "已保存您的预警订阅" : "已取消预警订阅（未选择地区或接收方式）", values };
  } catch (e) {
    return failure(e, values);
  }
}

/** /alerts: which division's alerts the banner shows on this device (all of Nantong = every alert). */
export async function chooseAlertAreaAction(formData: FormData): Promise<void> {
  const area = String(formData.get("area") ?? "");
  await rememberArea(area || null);
  redirect("/alerts?area=saved");
}
