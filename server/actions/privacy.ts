"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/server/auth";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";

/*
 * 注销账号 (/me/privacy/close): the code to the account's own phone, then the confirmation. Both work
 * without JavaScript. Confirming ends every session (the service bumps sessionVersion), so the browser's
 * cookie is cleared too and the person lands on a page that says by when the data will be erased.
 */

export async function sendClosureCodeAction(_prev: FormState, _fd: FormData): Promise<FormState> {
  try {
    const sent = await (await getCaller()).account.sendClosureCode();
    return { info: `验证码已发送至 ${sent.sentTo}，5分钟内有效。${sent.resendAfterSeconds}秒后可重新获取。` };
  } catch (e) {
    return toFormState(e);
  }
}

export async function requestClosureAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = { code: String(fd.get("code") ?? "") };
  if (fd.get("understood") !== "yes") {
    const m = "请确认您已了解注销的后果";
    return { message: m, fieldErrors: { understood: [m] }, values };
  }
  let closeBy: string;
  try {
    closeBy = (await (await getCaller()).account.requestClosure({ code: values.code.trim() })).closeBy;
  } catch (e) {
    return toFormState(e, values);
  }
  // The session is already void (sessionVersion); this clears the cookie. The redirect stays on this origin.
  await signOut({ redirect: false });
  redirect(`/account-closed?by=${closeBy}`);
}
