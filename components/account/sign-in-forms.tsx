"use client";

import { useActionState } from "react";
import Link from "next/link";
import { passwordSignInAction, smsSignInAction } from "@/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { PhoneField } from "./phone-field";
import { SmsCodeField } from "./sms-code-field";
import { firstError } from "@/components/ui/form-group";

export function PasswordSignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const [state, action, pending] = useActionState(passwordSignInAction, { message: initialError ?? null });
  return (
    <form action={action} noValidate aria-label="密码登录">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <PhoneField value={state.values?.phone} error={firstError(state, "phone")} autoComplete="username" />
      <Field
        id="password"
        label="密码"
        type="password"
        autoComplete="current-password"
        error={firstError(state, "password")}
        width="w-full max-w-sm"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在登录…" : "登录"}
      </Button>
      <p className="mt-4">
        忘记密码？可<Link href="/login?method=sms">使用短信验证码登录</Link>。
      </p>
    </form>
  );
}

export function SmsSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(smsSignInAction, {});
  return (
    <form action={action} noValidate aria-label="短信验证码登录">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <PhoneField value={state.values?.phone} error={firstError(state, "phone")} />
      <SmsCodeField error={firstError(state, "code")} pending={pending} />
      <Button type="submit" name="intent" value="sign-in" disabled={pending}>
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
