"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/server/auth";
import { getCaller } from "@/server/request";
import { toFormState, type FormState as SharedFormState } from "@/server/lib/form-state";
import { signTicket } from "@/server/lib/signed-ticket";
import { signInMessage } from "@/server/auth/sign-in-errors";
import { ZPasswordSignIn, ZPhone, ZRegister, ZSmsSignIn, ZWechatBind, type TSmsPurpose } from "@/server/modules/account/validation";
import { safeReturnPath } from "@/server/lib/safe-path";
import { asRelativePath } from "@/server/lib/public-origin";
import { afterSignInPath } from "@/server/auth/landing";
import { redirect } from "next/navigation";

/** The form state of every action (server/lib/form-state.ts), also reachable from here for the forms that import it so. */
export type FormState = SharedFormState;

function values(formData: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

/** Sends a one-time code; shared by SMS sign-in, registration and WeChat binding. */
async function sendCode(formData: FormData, purpose: TSmsPurpose, kept: Record<string, string>): Promise<FormState> {
  const phone = ZPhone.safeParse(formData.get("phone"));
  if (!phone.success) return toFormState(phone.error, kept, { _: "phone" });
  try {
    const sent = await (await getCaller()).account.sendSmsCode({ phone: phone.data, purpose });
    return { info: `验证码已发送至 ${sent.sentTo}，5分钟内有效。${sent.resendAfterSeconds}秒后可重新获取。`, values: kept };
  } catch (e) {
    return toFormState(e, kept);
  }
}

/**
 * Runs an Auth.js sign-in and turns a CredentialsSignin code into a Chinese message. On success it
 * redirects to a path, never to Auth.js's absolute URL, so the browser stays on the origin it used.
 */
async function runSignIn(
  provider: string,
  fields: Record<string, string>,
  redirectTo: string,
  kept: Record<string, string>,
): Promise<FormState> {
  let url: string;
  try {
    url = String(await signIn(provider, { ...fields, redirectTo, redirect: false }));
  } catch (e) {
    if (e instanceof CredentialsSignin) return { message: signInMessage(e.code), values: kept };
    if (e instanceof AuthError) return { message: signInMessage("invalid"), values: kept };
    throw e;
  }
  redirect(asRelativePath(url, redirectTo));
}

/** The page the form says the person was going to ("" when they just opened 登录). */
function requestedPath(formData: FormData): string {
  return safeReturnPath(formData.get("callbackUrl"), "");
}

export async function passwordSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = values(formData, ["phone"]);
  const parsed = ZPasswordSignIn.safeParse({ phone: formData.get("phone"), password: formData.get("password") });
  if (!parsed.success) return toFormState(parsed.error, kept);
  return runSignIn("password", parsed.data, afterSignInPath(requestedPath(formData)), kept);
}

export async function smsSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = values(formData, ["phone"]);
  if (formData.get("intent") === "send-code") return sendCode(formData, "login", kept);
  const parsed = ZSmsSignIn.safeParse({ phone: formData.get("phone"), code: formData.get("code") });
  if (!parsed.success) return toFormState(parsed.error, kept);
  return runSignIn("sms", parsed.data, afterSignInPath(requestedPath(formData)), kept);
}

export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = values(formData, ["phone", "nickname"]);
  if (formData.get("intent") === "send-code") return sendCode(formData, "register", kept);
  const parsed = ZRegister.safeParse({
    phone: formData.get("phone"),
    code: formData.get("code"),
    password: formData.get("password"),
    nickname: formData.get("nickname") || undefined,
  });
  if (!parsed.success) return toFormState(parsed.error, kept);
  if (formData.get("password") !== formData.get("confirm")) return { fieldErrors: { confirm: ["两次输入的密码不一致"] }, values: kept };
  let userId: string;
  try {
    userId = (await (await getCaller()).account.register(parsed.data)).id;
  } catch (e) {
    return toFormState(e, kept);
  }
  return runSignIn("ticket", { ticket: signTicket({ kind: "signin", uid: userId }, 60_000) }, "/me?welcome=1", kept);
}

export async function wechatBindAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept = values(formData, ["phone", "ticket"]);
  if (formData.get("intent") === "send-code") return sendCode(formData, "bind", kept);
  const parsed = ZWechatBind.safeParse({ phone: formData.get("phone"), code: formData.get("code"), ticket: formData.get("ticket") });
  if (!parsed.success) return toFormState(parsed.error, kept);
  let userId: string;
  try {
    userId = (await (await getCaller()).account.bindWechat(parsed.data)).id;
  } catch (e) {
    return toFormState(e, kept);
  }
  return runSignIn("ticket", { ticket: signTicket({ kind: "signin", uid: userId }, 60_000) }, "/me?wechat=bound", kept);
}

export async function wechatSignInAction(formData: FormData) {
  const provider = formData.get("platform") === "web" ? "wechat-web" : "wechat";
  // The provider's authorize URL (WeChat's own site); its redirect_uri is on the origin the browser used.
  const url = String(await signIn(provider, { redirectTo: afterSignInPath(requestedPath(formData)), redirect: false }));
  redirect(url);
}
