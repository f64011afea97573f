"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { careTransitionAction, checkTicketAction, restoreCardAction } from "@/server/actions/life";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Textarea } from "@/components/ui/textarea";

/** 检票: a scanner types the QR code's content into the field (or staff type it); Enter submits. */
export function TicketCheckForm() {
  const [state, action, pending] = useActionState(checkTicketAction, {} as FormState);
  return (
    <form action={action} noValidate aria-label="检票">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Field
        id="token"
        label="门票二维码内容"
        hint="用扫码枪扫描游客的门票二维码，或手动输入"
        autoComplete="off"
        autoFocus
        error={state.fieldErrors?.token?.[0]}
        defaultValue={state.info ? "" : state.values?.token}
        key={state.info ?? "form"}
        width="w-full max-w-md"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在核验…" : "核验并检票"}
      </Button>
    </form>
  );
}

/** 解挂 at the counter, after checking the holder's ID card in person. */
export function CardRestoreForm() {
  const [state, action, pending] = useActionState(restoreCardAction, {} as FormState);
  const v = state.info ? {} : (state.values ?? {});
  return (
    <form action={action} noValidate aria-label="解除挂失">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Field
        id="cardNo"
        label="卡号"
        inputMode="numeric"
        autoComplete="off"
        error={state.fieldErrors?.cardNo?.[0]}
        defaultValue={v.cardNo}
        width="w-full max-w-sm"
      />
      <Field
        id="idNumber"
        label="持卡人身份证号"
        hint="请核对持卡人本人的身份证原件"
        autoComplete="off"
        error={state.fieldErrors?.idNumber?.[0]}
        width="w-full max-w-sm"
      />
      <Textarea
        id="note"
        label="备注（选填）"
        maxLength={200}
        error={state.fieldErrors?.note?.[0]}
        defaultValue={v.note}
        width="w-full max-w-md"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在办理…" : "解除挂失"}
      </Button>
    </form>
  );
}

/** The centre desk's next step for one request (不予受理 needs a reason). */
export function CareStepForm({ id, steps }: { id: number; steps: { to: string; label: string }[] }) {
  const [state, action, pending] = useActionState(careTransitionAction, {} as FormState);
  return (
    <form action={action} noValidate aria-label={`处理申请 ${id}`} className="mt-2">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      {state.message ? (
        <p role="alert" className="font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <Textarea
        id={`note-${id}`}
        name="note"
        label="说明（不予受理时必填）"
        maxLength={200}
        rows={2}
        error={state.fieldErrors?.note?.[0]}
        defaultValue={state.values?.note}
        width="w-full max-w-md"
        spacing="mb-2"
      />
      <div className="flex flex-wrap gap-2">
        {steps.map((s) => (
          <Button key={s.to} type="submit" name="to" value={s.to} variant={s.to === "declined" ? "danger" : "secondary"} disabled={pending}>
            {s.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
