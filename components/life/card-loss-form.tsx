"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { reportCardLossAction } from "@/server/actions/life";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";

/** 挂失: a deliberate tick, then one button; it takes effect at once and only a counter can undo it. */
export function CardLossForm() {
  const [state, action, pending] = useActionState(reportCardLossAction, {} as FormState);
  return (
    <form action={action} noValidate aria-label="挂失市民卡">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Checkbox
        id="confirm"
        value="yes"
        label="我确认挂失这张市民卡"
        hint="挂失立即生效，卡内余额冻结，乘车、借书等功能停用。解除挂失需本人携带身份证到市民卡服务网点办理。"
        error={state.fieldErrors?.confirm?.[0]}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在挂失…" : "立即挂失"}
      </Button>
    </form>
  );
}
