"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { addFamilyMemberAction } from "@/server/actions/life";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { RELATION_NAMES } from "@/server/modules/family/validation";

/** 添加家庭成员 with their own real-name data (the ID number is checked and stored encrypted). */
export function AddFamilyMemberForm({ returnTo }: { returnTo?: string }) {
  const [state, action, pending] = useActionState(addFamilyMemberAction, {} as FormState);
  const v = state.values ?? {};
  const err = (k: string) => state.fieldErrors?.[k]?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="添加家庭成员">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <Select id="relation" label="与您的关系" error={err("relation")} defaultValue={v.relation ?? ""} width="w-full max-w-xs">
        <option value="">请选择</option>
        {Object.entries(RELATION_NAMES).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </Select>
      <Field
        id="name"
        label="姓名"
        hint="与身份证一致"
        autoComplete="off"
        error={err("name")}
        defaultValue={v.name}
        width="w-full max-w-xs"
      />
      <Field
        id="idNumber"
        label="身份证号"
        hint="18位，最后一位可能是 X"
        autoComplete="off"
        inputMode="text"
        error={err("idNumber")}
        defaultValue={v.idNumber}
        width="w-full max-w-sm"
      />
      <Field
        id="phone"
        label="手机号（选填）"
        type="tel"
        inputMode="numeric"
        autoComplete="off"
        error={err("phone")}
        defaultValue={v.phone}
        width="w-full max-w-xs"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在添加…" : "添加家庭成员"}
      </Button>
    </form>
  );
}
