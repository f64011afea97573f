"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import { toConflictFormState, toFormState, type ConflictFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

const text = (formData: FormData, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "")]));
/** A number typed into a form: "" stays undefined (the schema then says what is missing), junk becomes NaN (a field error). */
const num = (v: string) => (v.trim() === "" ? undefined : Number(v.trim()));

export type GreenFormState = FormState & { key?: string };

/** 记录绿色出行: points within the daily cap; a retry of the same submission counts once. */
export async function logGreenActionAction(_prev: GreenFormState, formData: FormData): Promise<GreenFormState> {
  const values = text(formData, ["kind", "distanceKm", "day", "idempotencyKey"]);
  try {
    const r = await (
      await getCaller()
    ).environment.citizen.logGreenAction({
      kind: values.kind as "walk",
      distanceKm: num(values.distanceKm) as number,
      day: values.day || undefined,
      idempotencyKey: values.idempotencyKey,
    });
    revalidatePath("/environment/low-carbon/log");
    const co2 = (r.co2SavedG / 1000).toFixed(2);
    const info = r.created
      ? r.capped
        ? `已记录，减少碳排放约 ${co2} 千克。今天的绿色出行积分已达上限，本次获得 ${r.pointsAwarded} 分。`
        : `已记录，减少碳排放约 ${co2} 千克，获得 ${r.pointsAwarded} 积分。`
      : "这次出行已经记录过了。";
    return { info, values: { kind: values.kind, distanceKm: "", day: values.day }, key: randomUUID() };
  } catch (e) {
    return { ...toFormState(e, values), key: values.idempotencyKey };
  }
}

/** 排行榜: opt in with a display name, or out. */
export async function leaderboardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = text(formData, ["optIn", "displayName"]);
  try {
    const r = await (
      await getCaller()
    ).environment.citizen.setLeaderboard({ optIn: values.optIn === "1", displayName: values.displayName });
    revalidatePath("/environment/low-carbon/log");
    return { info: r.optedIn ? "已加入排行榜" : "已退出排行榜，您的名字不再显示", values };
  } catch (e) {
    return toFormState(e, values);
  }
}

const REPORT_FIELDS = ["kind", "description", "district", "address", "contactName", "contactPhone", "isPublic", "idempotencyKey"] as const;

/** 环境问题反映 → a 12345 request (环境保护); the citizen lands on the request in 我的诉求. */
export async function reportEnvironmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = text(formData, REPORT_FIELDS);
  let ticketNo: string;
  try {
    const r = await (
      await getCaller()
    ).environment.citizen.report({
      kind: values.kind as "noise",
      description: values.description,
      district: values.district as "崇川区",
      address: values.address,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      isPublic: values.isPublic === "1",
      idempotencyKey: values.idempotencyKey,
    });
    ticketNo = r.ticketNo;
  } catch (e) {
    return toFormState(e, values);
  }
  redirect(`/environment/report?submitted=${encodeURIComponent(ticketNo)}`);
}

const ARTICLE_FIELDS = ["slug", "title", "category", "summary", "body", "keywords", "source", "id", "version"] as const;

/** 环保百科 (admin): a new article, or an edit of one (id + version). */
export async function saveArticleAction(_prev: ConflictFormState, formData: FormData): Promise<ConflictFormState> {
  const values = text(formData, ARTICLE_FIELDS);
  const article = {
    title: values.title,
    category: values.category,
    summary: values.summary,
    body: values.body,
    keywords: values.keywords
      .split(/[,，、\s]+/)
      .map((k) => k.trim())
      .filter(Boolean),
    source: values.source,
  };
  try {
    const caller = await getCaller();
    if (values.id) {
      const id = ZFormId.safeParse(values.id);
      const version = ZFormId.safeParse(values.version);
      if (!id.success || !version.success) throw new AppError("BAD_REQUEST", "页面已过期，请刷新后重试");
      await caller.environment.admin.updateArticle({ id: id.data, version: version.data, article });
    } else await caller.environment.admin.createArticle({ slug: values.slug, ...article });
  } catch (e) {
    return toConflictFormState(e, values);
  }
  revalidatePath("/admin/environment");
  redirect(`/admin/environment?saved=${encodeURIComponent(values.title.slice(0, 60))}`);
}

/** 下线 an article (admin). */
export async function archiveArticleAction(formData: FormData): Promise<void> {
  const id = ZFormId.safeParse(formData.get("id"));
  const version = ZFormId.safeParse(formData.get("version"));
  let outcome = "archived=1";
  try {
    if (!id.success || !version.success) throw new AppError("BAD_REQUEST", "页面已过期，请刷新后重试");
    await (await getCaller()).environment.admin.archiveArticle({ id: id.data, version: version.data });
  } catch (e) {
    outcome = `err=${encodeURIComponent(toFormState(e).message ?? "")}`;
  }
  revalidatePath("/admin/environment");
  redirect(`/admin/environment?${outcome}`);
}
