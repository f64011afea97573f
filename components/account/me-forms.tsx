"use client";

import { useActionState } from "react";
import { realNameAction, unbindWechatAction } from "@/server/actions/me";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { firstError } from "@/components/ui/form-group";

export function RealNameForm() {
  const [state, action, pending] = useActionState(realNameAction, {});
  if (state.info) return <Notice tone="success">{state.info}</Notice>;
  return (
    <form action={action} noValidate aria-label="实名认证">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Field
        id="name"
        label="姓名"
        autoComplete="name"
        maxLength={30}
        defaultValue={state.values?.name}
        error={firstError(state, "name")}
        width="w-full max-w-sm"
      />
      <Field
        id="idNumber"
        label="居民身份证号"
        hint="18位，最后一位可能是X。号码加密保存，仅显示前4位和后4位。"
        autoComplete="off"
        maxLength={18}
        spellCheck={false}
        error={firstError(state, "idNumber")}
        width="w-full max-w-sm"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在认证…" : "提交实名认证"}
      </Button>
    </form>
  );
}

export function UnbindWechatForm() {
  const [state, action, pending] = useActionState(unbindWechatAction, {});
  if (state.info) return <Notice tone="success">{state.info}</Notice>;
  return (
    <form action={action}>
      <ErrorSummary message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        解除微信绑定
      </Button>
    </form>
  );
}
