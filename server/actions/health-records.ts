"use server";

import { redirect } from "next/navigation";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import { RECORD_PARTS, type RecordPart } from "@/server/modules/health-records/validation";

/*
 * 健康档案 forms: give a family member access, revoke it. They work without JavaScript (useActionState's
 * progressive enhancement); a failure returns the message, the field errors and what was chosen.
 */

export async function grantRecordAccessAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const scopes = fd.getAll("scopes").map(String);
  const values = {
    familyMemberId: String(fd.get("familyMemberId") ?? ""),
    endsOn: String(fd.get("endsOn") ?? ""),
    scopes: scopes.join(","),
  };
  try {
    await (
      await getCaller()
    ).life.healthRecords.grant({
      familyMemberId: Number(values.familyMemberId) || 0,
      scopes: scopes.filter((s): s is RecordPart => (RECORD_PARTS as readonly string[]).includes(s)),
      endsOn: values.endsOn,
    });
  } catch (e) {
    return toFormState(e, values);
  }
  redirect("/life/health/records/access?granted=1");
}

export async function revokeRecordAccessAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = ZFormId.safeParse(fd.get("id"));
  if (!id.success) return { message: "页面已过期，请刷新后重试" };
  try {
    await (await getCaller()).life.healthRecords.revoke({ id: id.data });
  } catch (e) {
    return toFormState(e);
  }
  redirect("/life/health/records/access?revoked=1");
}
