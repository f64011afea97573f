"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";

/*
 * 智慧生活 forms. Each posts here without JavaScript (React's progressive enhancement of useActionState),
 * calls the life router through the caller, and on failure returns the message, the field errors and every
 * value typed (toFormState). Success redirects to the page that shows the result.
 */

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");
const optionalId = (s: string) => (s.trim() ? Number(s) : undefined);
const expired: FormState = { message: "页面已过期，请刷新后重试" };

function idOf(fd: FormData, name = "id"): number | null {
  const r = ZFormId.safeParse(fd.get(name));
  return r.success ? r.data : null;
}

// ——— 预约挂号 ———

export async function bookAppointmentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { slotId: text(fd, "slotId"), patient: text(fd, "patient"), idempotencyKey: text(fd, "idempotencyKey") };
  const slotId = idOf(fd, "slotId");
  if (!slotId) return expired;
  if (!values.patient) return { message: "请选择就诊人", fieldErrors: { patient: ["请选择就诊人"] }, values };
  let id: number;
  try {
    const r = await (
      await getCaller()
    ).life.health.book({
      slotId,
      familyMemberId: values.patient === "self" ? null : optionalId(values.patient),
      idempotencyKey: values.idempotencyKey,
    });
    id = r.id;
  } catch (e) {
    return toFormState(e, values, { familyMemberId: "patient" });
  }
  revalidatePath("/me/appointments");
  redirect(`/me/appointments/${id}?booked=1`);
}

export async function cancelAppointmentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  try {
    await (await getCaller()).life.health.cancel({ id });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/me/appointments");
  redirect(`/me/appointments/${id}?cancelled=1`);
}

// ——— 家庭成员 ———

export async function addFamilyMemberAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { relation: text(fd, "relation"), name: text(fd, "name"), idNumber: text(fd, "idNumber"), phone: text(fd, "phone") };
  try {
    await (
      await getCaller()
    ).life.family.add({
      relation: values.relation as "child",
      name: values.name,
      idNumber: values.idNumber,
      phone: values.phone.trim() || undefined,
    });
  } catch (e) {
    return toFormState(e, values);
  }
  const back = text(fd, "returnTo");
  revalidatePath("/life/family");
  redirect(back.startsWith("/") && !back.startsWith("//") ? back : "/life/family?added=1");
}

export async function removeFamilyMemberAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  try {
    await (await getCaller()).life.family.remove({ id });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/life/family");
  redirect("/life/family?removed=1");
}

// ——— 市民卡 ———

export async function reportCardLossAction(_prev: FormState, fd: FormData): Promise<FormState> {
  if (text(fd, "confirm") !== "yes") {
    return { message: "请勾选确认挂失", fieldErrors: { confirm: ["请勾选“我确认挂失这张市民卡”"] } };
  }
  try {
    await (await getCaller()).life.card.reportLoss();
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/life/card");
  redirect("/life/card?lost=1");
}

export async function restoreCardAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { cardNo: text(fd, "cardNo"), idNumber: text(fd, "idNumber"), note: text(fd, "note") };
  try {
    await (
      await getCaller()
    ).life.card.restore({ cardNo: values.cardNo, idNumber: values.idNumber, note: values.note.trim() || undefined });
  } catch (e) {
    return toFormState(e, { ...values, idNumber: "" });
  }
  return { info: `卡号 ${values.cardNo.replace(/\s/g, "").slice(-4).padStart(8, "*")} 已解除挂失，持卡人已收到通知。` };
}

// ——— 社区与养老 ———

export async function requestCareAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = {
    elder: text(fd, "elder"),
    centreId: text(fd, "centreId"),
    serviceType: text(fd, "serviceType"),
    date: text(fd, "date"),
    time: text(fd, "time"),
    address: text(fd, "address"),
    contactPhone: text(fd, "contactPhone"),
    note: text(fd, "note"),
  };
  const when =
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) && /^\d{2}:\d{2}$/.test(values.time)
      ? new Date(`${values.date}T${values.time}:00+08:00`)
      : null;
  const fieldErrors: Record<string, string[]> = {};
  if (!values.elder) fieldErrors.elder = ["请选择服务对象"];
  if (!when || Number.isNaN(when.getTime())) fieldErrors.date = ["请选择服务日期和时间"];
  if (Object.keys(fieldErrors).length) return { message: "请按提示修改", fieldErrors, values };
  let id: number;
  try {
    const r = await (
      await getCaller()
    ).life.community.requestCare({
      familyMemberId: values.elder === "self" ? null : optionalId(values.elder),
      centreId: Number(values.centreId) || 0,
      serviceType: values.serviceType as "cleaning",
      scheduledAt: when!,
      address: values.address,
      contactPhone: values.contactPhone,
      note: values.note.trim() || undefined,
      idempotencyKey: text(fd, "idempotencyKey"),
    });
    id = r.id;
  } catch (e) {
    return toFormState(e, values, { familyMemberId: "elder", scheduledAt: "date" });
  }
  revalidatePath("/life/community/requests");
  redirect(`/life/community/requests/${id}?submitted=1`);
}

export async function cancelCareAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  try {
    await (await getCaller()).life.community.cancelRequest({ id });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/life/community/requests/${id}`);
  redirect(`/life/community/requests/${id}?cancelled=1`);
}

export async function careTransitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  const values = { to: text(fd, "to"), note: text(fd, "note") };
  try {
    await (await getCaller()).life.community.transition({ id, to: values.to as "accepted", note: values.note.trim() || undefined });
  } catch (e) {
    return toFormState(e, values);
  }
  revalidatePath("/staff/life/community");
  return { info: "已更新，家属已收到通知。" };
}

// ——— 老人二维码名片 ———

export async function saveElderCardAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const contacts = [0, 1, 2]
    .map((i) => ({ name: text(fd, `contactName${i}`), relation: text(fd, `contactRelation${i}`), phone: text(fd, `contactPhone${i}`) }))
    .filter((c) => c.name.trim() || c.relation.trim() || c.phone.trim());
  const visible = fd.getAll("visibleFields").map(String);
  const values: Record<string, string> = {
    elder: text(fd, "elder"),
    displayName: text(fd, "displayName"),
    bloodType: text(fd, "bloodType"),
    allergies: text(fd, "allergies"),
    communityName: text(fd, "communityName"),
    visibleFields: visible.join(","),
  };
  [0, 1, 2].forEach((i) => {
    values[`contactName${i}`] = text(fd, `contactName${i}`);
    values[`contactRelation${i}`] = text(fd, `contactRelation${i}`);
    values[`contactPhone${i}`] = text(fd, `contactPhone${i}`);
  });
  let id: number;
  try {
    const r = await (
      await getCaller()
    ).life.community.saveElderCard({
      familyMemberId: values.elder && values.elder !== "self" ? optionalId(values.elder) : null,
      visibleFields: visible as "name"[],
      displayName: values.displayName.trim() || undefined,
      emergencyContacts: contacts,
      bloodType: (values.bloodType || undefined) as "A" | undefined,
      allergies: values.allergies.trim() || undefined,
      communityName: values.communityName.trim() || undefined,
    });
    id = r.id;
  } catch (e) {
    // the contacts' messages (“第1项 phone：…”) go to the contacts group
    return toFormState(e, values, { familyMemberId: "elder", emergencyContacts: "contacts" });
  }
  revalidatePath("/life/community/elder-card");
  redirect(`/life/community/elder-card?saved=${id}`);
}

export async function elderCardLinkAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  const op = text(fd, "op");
  try {
    const caller = await getCaller();
    if (op === "revoke") await caller.life.community.revokeElderCard({ id });
    else await caller.life.community.regenerateElderCard({ id });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/life/community/elder-card");
  redirect(`/life/community/elder-card?${op === "revoke" ? "revoked" : "regenerated"}=${id}`);
}

// ——— 景区门票 ———

export async function bookTicketAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { slotId: text(fd, "slotId"), optionCode: text(fd, "optionCode"), visitor: text(fd, "visitor") };
  const fieldErrors: Record<string, string[]> = {};
  if (!values.slotId) fieldErrors.slotId = ["请选择游览日期"];
  if (!values.optionCode) fieldErrors.optionCode = ["请选择票种"];
  if (!values.visitor) fieldErrors.visitor = ["请选择游客"];
  if (Object.keys(fieldErrors).length) return { message: "请按提示修改", fieldErrors, values };
  let id: number;
  try {
    const r = await (
      await getCaller()
    ).life.tourism.book({
      slotId: Number(values.slotId) || 0,
      optionCode: values.optionCode,
      familyMemberId: values.visitor === "self" ? null : optionalId(values.visitor),
      idempotencyKey: text(fd, "idempotencyKey"),
    });
    id = r.id;
  } catch (e) {
    return toFormState(e, values, { familyMemberId: "visitor" });
  }
  revalidatePath("/me/tickets");
  redirect(`/me/tickets/${id}?booked=1`);
}

export async function cancelTicketAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  try {
    await (await getCaller()).life.tourism.cancel({ id });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath("/me/tickets");
  redirect(`/me/tickets/${id}?cancelled=1`);
}

// ——— front desks ———

export async function markAppointmentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = idOf(fd);
  if (!id) return expired;
  const outcome = text(fd, "outcome");
  try {
    const r = await (await getCaller()).life.health.mark({ id, outcome: outcome as "used" });
    revalidatePath("/staff/life/hospital");
    return { info: r.status === "used" ? "已记为已就诊。" : `已记为爽约。${r.suspendedUntil ? "该患者的网上预约已按规则暂停。" : ""}` };
  } catch (e) {
    return toFormState(e);
  }
}

export async function checkTicketAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { token: text(fd, "token").trim() };
  if (!values.token) return { message: "请扫描或输入门票二维码内容", fieldErrors: { token: ["请扫描或输入门票二维码内容"] }, values };
  try {
    const r = await (await getCaller()).life.tourism.check({ token: values.token });
    return { info: `检票通过：${r.ticketType ?? "门票"}，游客 ${r.visitorNameMasked}，确认号 ${r.confirmationNo}。请核对身份证。` };
  } catch (e) {
    return toFormState(e, values);
  }
}
