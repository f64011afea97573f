"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { requestClosureAction, sendClosureCodeAction } from "@/server/actions/privacy";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** Step 1: 获取验证码 (to the account's own phone). */
export function ClosureCodeForm() {
  const [state, action, pending] = useActionState(sendClosureCodeAction, {} as FormState);
  return (
    <form action={action} className="mb-6" aria-label="获取注销验证码">
      {state.message ? (
        <p role="alert" className="mb-2 font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在发送…" : "获取验证码"}
      </Button>
    </form>
  );
}

/** Step 2: the code and 确认注销. */
export function ClosureConfirmForm() {
  const [state, action, pending] = useActionState(requestClosureAction, {} as FormState);
  const err = (k: string) => state.fieldErrors?.[k]?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="确认注销账号">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Field
        id="code"
        label="短信验证码"
        hint="6位数字，发送到您账号绑定的手机"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={err("code")}
        defaultValue={state.values?.code}
        width="w-full max-w-[10rem]"
      />
      <Checkbox
        id="understood"
        value="yes"
        label="我已了解：注销后账号立即停用，个人信息将被删除或匿名化，且无法恢复"
        error={err("understood")}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在提交…" : "确认注销"}
      </Button>
    </form>
  );
}
