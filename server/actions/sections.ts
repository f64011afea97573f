"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { appErrorOf, toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId, invalidInput } from "@/server/lib/validation";
import { AppError } from "@/server/lib/errors";
import { MAX_WORK_HISTORY, ZCloudDecision, ZResume } from "@/server/modules/economy/validation";
import { ZodError } from "zod";
import { ZRedeem } from "@/server/modules/governance/points";

/*
 * Forms of the 智慧经济, 智慧人文 and 智慧治理 pages. Button forms (register, book, renew, apply, mark a
 * chapter, redeem) redirect back to their page with `?done=` or `?error=`: they work without JavaScript
 * and lose nothing typed (there is nothing typed). Forms with typed fields return FormState.
 */

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** Back to `path` with the outcome in the query; rethrows anything that is not an AppError. */
function back(path: string, outcome: { done?: string; error?: unknown }): never {
  const url = new URL(path, "http://x");
  if (outcome.error !== undefined) {
    const e = appErrorOf(outcome.error);
    if (!e || e.code === "INTERNAL") throw outcome.error;
    url.searchParams.set("error", e.code === "UNAUTHORIZED" ? "请先登录" : e.message);
  } else if (outcome.done) url.searchParams.set("done", outcome.done);
  redirect(`${url.pathname}${url.search}`);
}

export async function registerEventAction(formData: FormData) {
  const id = ZFormId.safeParse(formData.get("eventId"));
  const path = id.success ? `/culture/events/${id.data}` : "/culture/events";
  let done: string;
  try {
    if (!id.success) throw appErrorFallback();
    const r = await (await getCaller()).culture.events.register({ eventId: id.data, idempotencyKey: text(formData, "idempotencyKey") });
    done = `报名成功，确认号 ${r.confirmationNo}。可在“我的文化活动与预约”中查看或取消。`;
  } catch (e) {
    back(path, { error: e });
  }
  revalidatePath("/culture/bookings");
  back(path, { done });
}

export async function bookSpaceAction(formData: FormData) {
  const spaceId = ZFormId.safeParse(formData.get("spaceId"));
  const slotId = ZFormId.safeParse(formData.get("slotId"));
  const path = spaceId.success ? `/culture/spaces/${spaceId.data}` : "/culture/spaces";
  let done: string;
  try {
    if (!slotId.success) throw appErrorFallback("请选择预约时段");
    const r = await (await getCaller()).culture.events.bookSpace({ slotId: slotId.data, idempotencyKey: text(formData, "idempotencyKey") });
    done = `预约成功，确认号 ${r.confirmationNo}。`;
  } catch (e) {
    back(path, { error: e });
  }
  back(path, { done });
}

export async function cancelCultureBookingAction(formData: FormData) {
  const bookingId = ZFormId.safeParse(formData.get("bookingId"));
  const kind = text(formData, "kind") === "space" ? "space" : "event";
  try {
    if (!bookingId.success) throw appErrorFallback();
    await (await getCaller()).culture.events.cancel({ kind, bookingId: bookingId.data });
  } catch (e) {
    back("/culture/bookings", { error: e });
  }
  back("/culture/bookings", { done: "已取消，名额已释放。" });
}

export async function chapterDoneAction(formData: FormData) {
  const chapterId = ZFormId.safeParse(formData.get("chapterId"));
  const completed = text(formData, "completed") !== "no";
  const path = chapterId.success ? `/culture/courses/chapters/${chapterId.data}` : "/culture/courses";
  let done: string;
  try {
    if (!chapterId.success) throw appErrorFallback();
    const r = await (await getCaller()).culture.courses.setCompleted({ chapterId: chapterId.data, completed });
    done = `${completed ? "已标记为学完" : "已改为未学完"}。课程进度 ${r.progress.completed}/${r.progress.total}（${r.progress.percent}%）。`;
  } catch (e) {
    back(path, { error: e });
  }
  back(path, { done });
}

export async function renewLoanAction(formData: FormData) {
  const loanId = ZFormId.safeParse(formData.get("loanId"));
  let done: string;
  try {
    if (!loanId.success) throw appErrorFallback();
    const r = await (await getCaller()).culture.library.renew({ loanId: loanId.data });
    done = `续借成功，新的应还日期为 ${r.dueOn}。`;
  } catch (e) {
    back("/culture/library/loans", { error: e });
  }
  back("/culture/library/loans", { done });
}

export async function applyJobAction(formData: FormData) {
  const postingId = ZFormId.safeParse(formData.get("postingId"));
  const path = postingId.success ? `/economy/jobs/${postingId.data}` : "/economy/jobs";
  let done: string;
  try {
    if (!postingId.success) throw appErrorFallback();
    const r = await (await getCaller()).economy.jobs.submit({ postingId: postingId.data });
    done = r.created ? "简历已投递，用人单位查看后会与您联系。" : "您已投递过该职位。";
  } catch (e) {
    back(path, { error: e });
  }
  back(path, { done });
}

export async function redeemAction(formData: FormData) {
  let done: string;
  try {
    // the procedure's own schema types the choice; a ZodError is reported like the procedure's
    const input = ZRedeem.parse({ reward: text(formData, "reward"), idempotencyKey: text(formData, "idempotencyKey") });
    const r = await (await getCaller()).governance.points.redeem(input);
    done = `已兑换“${r.reward}”，扣除 ${r.cost} 分，当前余额 ${r.balance} 分。`;
  } catch (e) {
    back("/governance/points", { error: e });
  }
  back("/governance/points", { done });
}

/** 中小企业云服务 application (typed fields: everything comes back on an error). */
export async function applyCloudAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    offeringId: text(formData, "offeringId"),
    contactName: text(formData, "contactName"),
    contactPhone: text(formData, "contactPhone"),
    requirement: text(formData, "requirement"),
  };
  let id: number;
  try {
    const r = await (
      await getCaller()
    ).economy.cloud.submit({
      offeringId: Number(values.offeringId) || 0,
      contactName: values.contactName,
      contactPhone: values.contactPhone,
      requirement: values.requirement,
      idempotencyKey: text(formData, "idempotencyKey"),
    });
    id = r.id;
  } catch (e) {
    return toFormState(e, values);
  }
  redirect(`/economy/cloud/applications/${id}`);
}

const RESUME_FIELDS = [
  "fullName",
  "phone",
  "education",
  "major",
  "experienceYears",
  "intendedPosition",
  "intendedDistrict",
  "skills",
  "selfIntro",
] as const;
const WORK_FIELDS = ["company", "title", "from", "to", "duties"] as const;

/**
 * 乐业南通 résumé (typed fields: everything comes back on an error). Work-history rows are fields
 * `workHistory.<row>.<field>`; a row left blank is dropped; errors inside a row are keyed by the
 * row's field, named by its position in the form ("第2段工作经历").
 */
export async function saveResumeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const f of RESUME_FIELDS) values[f] = text(formData, f);
  const rows = Math.min(MAX_WORK_HISTORY, Math.max(0, Math.trunc(Number(text(formData, "rows"))) || 0));
  values.rows = String(rows);
  const filled: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (const f of WORK_FIELDS) values[`workHistory.${r}.${f}`] = text(formData, `workHistory.${r}.${f}`);
    if (WORK_FIELDS.some((f) => values[`workHistory.${r}.${f}`]!.trim())) filled.push(r);
  }
  const optional = (s: string) => (s.trim() ? s : undefined);
  const years = values.experienceYears!.trim();
  const returnTo = text(formData, "returnTo");
  try {
    // the procedure's own schema types the résumé (a ZodError is reported here, field by field)
    const input = ZResume.parse({
      fullName: values.fullName,
      phone: values.phone,
      education: values.education,
      major: optional(values.major!),
      experienceYears: years ? Number(years) : undefined,
      intendedPosition: values.intendedPosition,
      intendedDistrict: optional(values.intendedDistrict!),
      skills: values.skills,
      selfIntro: values.selfIntro,
      workHistory: filled.map((r) => ({
        company: values[`workHistory.${r}.company`],
        title: values[`workHistory.${r}.title`],
        from: values[`workHistory.${r}.from`],
        to: optional(values[`workHistory.${r}.to`]!),
        duties: optional(values[`workHistory.${r}.duties`]!),
      })),
    });
    await (await getCaller()).economy.jobs.saveResume(input);
  } catch (e) {
    if (!(e instanceof ZodError)) return toFormState(e, values);
    // keyed by the dotted path, so a row's field gets its own message; row numbers are the form's
    const byPath = invalidInput(e, { by: "path" }).fieldErrors ?? {};
    const fieldErrors: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(byPath)) {
      const m = /^workHistory\.(\d+)\.(\w+)$/.exec(key);
      const row = m ? filled[Number(m[1])] : undefined;
      if (m && row !== undefined) fieldErrors[`workHistory.${row}.${m[2]}`] = messages.map((x) => `第${row + 1}段工作经历：${x}`);
      else (fieldErrors[key.split(".")[0]!] ??= []).push(...messages);
    }
    const first = Object.values(fieldErrors)[0]?.[0] ?? "请检查您填写的内容";
    return { message: first, fieldErrors, values, code: "BAD_REQUEST" };
  }
  revalidatePath("/economy/jobs/resume");
  // back to the posting the citizen came from, to apply with the saved résumé
  if (/^\/economy\/jobs\/\d{1,9}$/.test(returnTo)) back(returnTo, { done: "简历已保存，现在可以投递该职位。" });
  back("/economy/jobs/resume", { done: "简历已保存。投递职位时将使用这份简历。" });
}

/** 市工信局 decides on a cloud application. */
export async function decideCloudAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(formData.get("id"));
  const version = Number(text(formData, "version"));
  const values = { action: text(formData, "action"), note: text(formData, "note") };
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  try {
    // the procedure's own schema types the decision (its field errors are keyed `action` / `note`)
    const decision = ZCloudDecision.parse({ action: values.action, note: values.note || undefined });
    await (await getCaller()).economy.cloud.decide({ id: id.data, version, decision });
  } catch (e) {
    return toFormState(e, values, { "decision.note": "note", decision: "action" });
  }
  redirect(`/staff/cloud/${id.data}`);
}

/** 随手拍 (photos cannot be put back into a file input: the form says so). */
export async function snapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    kind: text(formData, "kind"),
    description: text(formData, "description"),
    lat: text(formData, "lat"),
    lng: text(formData, "lng"),
    address: text(formData, "address"),
    district: text(formData, "district"),
    isPublic: text(formData, "isPublic"),
  };
  const photos: { name: string; bytes: Uint8Array }[] = [];
  for (const f of formData.getAll("photos")) {
    if (f instanceof File && f.size > 0) photos.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  const num = (s: string) => (s.trim() && Number.isFinite(Number(s)) ? Number(s) : undefined);
  let ticketNo: string;
  try {
    const r = await (
      await getCaller()
    ).governance.snap.submit({
      kind: values.kind || undefined,
      description: values.description,
      lat: num(values.lat),
      lng: num(values.lng),
      address: values.address.trim() || undefined,
      district: values.district || undefined,
      isPublic: values.isPublic === "yes",
      idempotencyKey: text(formData, "idempotencyKey"),
      photos,
    });
    ticketNo = r.ticketNo;
  } catch (e) {
    const state = toFormState(e, values);
    if (photos.length && state.fieldErrors && !state.fieldErrors.photos)
      state.fieldErrors = { ...state.fieldErrors, photos: ["照片未保存：请改正上面的问题后重新选择照片"] };
    return state;
  }
  redirect(`/governance/snap?done=${encodeURIComponent(ticketNo)}`);
}

function appErrorFallback(message = "页面已过期，请刷新后重试") {
  return new AppError("BAD_REQUEST", message);
}
