"use client";

import { useActionState } from "react";
import { applyCloudAction, decideCloudAction } from "@/server/actions/sections";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/form-group";

/** 中小企业云服务 application: contact and requirement; everything typed comes back on an error. */
export function CloudApplyForm({
  offeringId,
  idempotencyKey,
  contactName,
}: {
  offeringId: number;
  idempotencyKey: string;
  contactName: string;
}) {
  const [state, action, pending] = useActionState(applyCloudAction, {} as FormState);
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate aria-label="申请云服务" className="max-w-2xl">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field
        id="contactName"
        label="联系人"
        defaultValue={v.contactName ?? contactName}
        error={fe.contactName}
        autoComplete="name"
        width="w-64"
      />
      <Field
        id="contactPhone"
        label="联系电话"
        hint="手机或固定电话，如 0513-85123456"
        defaultValue={v.contactPhone}
        error={fe.contactPhone}
        inputMode="tel"
        autoComplete="tel"
        width="w-64"
      />
      <Textarea
        id="requirement"
        label="需求说明"
        hint="如用户数、数据量、期望开通时间"
        rows={5}
        defaultValue={v.requirement}
        error={fe.requirement}
      />
      <Button type="submit" disabled={pending}>
        提交申请
      </Button>
    </form>
  );
}

/** 市工信局's decision: accept, approve (with how it was opened) or reject (with the reason). */
export function CloudDecisionForm({ id, version, status }: { id: number; version: number; status: string }) {
  const [state, action, pending] = useActionState(decideCloudAction, {} as FormState);
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const choices = [
    ...(status === "submitted" ? [{ value: "accept", label: "受理" }] : []),
    { value: "approve", label: "开通（通过）" },
    { value: "reject", label: "不予通过" },
  ];
  return (
    <form action={action} noValidate aria-label="办理申请" className="max-w-2xl">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Fieldset id="action" legend="办理结果" error={fe.action}>
        {choices.map((c) => (
          <label key={c.value} className="flex min-h-tap items-center gap-3 text-base">
            <input type="radio" name="action" value={c.value} defaultChecked={v.action === c.value} className="h-6 w-6" />
            {c.label}
          </label>
        ))}
      </Fieldset>
      <Textarea
        id="note"
        label="说明"
        hint="开通时写明开通方式和服务期限；不予通过时写明理由，企业会看到"
        rows={4}
        defaultValue={v.note}
        error={fe.note}
      />
      <Button type="submit" disabled={pending}>
        提交
      </Button>
    </form>
  );
}
