"use client";

import Link from "next/link";
import { useActionState } from "react";
import { registerAction, wechatBindAction } from "@/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { PhoneField } from "./phone-field";
import { SmsCodeField } from "./sms-code-field";
import { firstError } from "@/components/ui/form-group";

export function RegisterForm() {
  const [state, action, pending] = useActionState(registerAction, {});
  return (
    <form action={action} noValidate aria-label="注册">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <PhoneField value={state.values?.phone} error={firstError(state, "phone")} />
      <SmsCodeField error={firstError(state, "code")} pending={pending} />
      <Field
        id="password"
        label="设置密码"
        type="password"
        autoComplete="new-password"
        hint="至少12位；或至少8位且包含大写字母、小写字母、数字、符号中的3类。不能使用常见密码。"
        error={firstError(state, "password")}
        width="w-full max-w-sm"
      />
      <Field
        id="confirm"
        label="再次输入密码"
        type="password"
        autoComplete="new-password"
        error={firstError(state, "confirm")}
        width="w-full max-w-sm"
      />
      <Field
        id="nickname"
        label="昵称（选填）"
        maxLength={20}
        defaultValue={state.values?.nickname}
        error={firstError(state, "nickname")}
        width="w-full max-w-sm"
      />
      <Button type="submit" name="intent" value="register" disabled={pending}>
        {pending ? "正在注册…" : "同意协议并注册"}
      </Button>
      <p className="mt-3 text-sm text-muted">
        注册即表示您已阅读并同意<Link href="/terms">用户协议</Link>和<Link href="/privacy">隐私政策</Link>
        ：我们用您的手机号登录和发送办事通知。
      </p>
    </form>
  );
}

export function WechatBindForm({ ticket }: { ticket: string }) {
  const [state, action, pending] = useActionState(wechatBindAction, {});
  return (
    <form action={action} noValidate aria-label="绑定手机号">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <input type="hidden" name="ticket" value={ticket} />
      <PhoneField value={state.values?.phone} error={firstError(state, "phone")} />
      <SmsCodeField error={firstError(state, "code")} pending={pending} />
      <Button type="submit" name="intent" value="bind" disabled={pending}>
        {pending ? "正在绑定…" : "绑定并登录"}
      </Button>
    </form>
  );
}
