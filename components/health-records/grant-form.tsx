"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { grantRecordAccessAction } from "@/server/actions/health-records";
import { PART_NAMES, RECORD_PARTS } from "@/server/modules/health-records/validation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ErrorMessage } from "@/components/ui/error-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** 授权家人查看: which adult family member, which parts, until when. */
export function GrantForm({
  members,
  minDate,
  maxDate,
}: {
  members: { id: number; name: string; relation: string }[];
  minDate: string;
  maxDate: string;
}) {
  const [state, action, pending] = useActionState(grantRecordAccessAction, {} as FormState);
  const v = state.values ?? {};
  const err = (k: string) => state.fieldErrors?.[k]?.[0] ?? null;
  const chosen = new Set((v.scopes ?? "").split(",").filter(Boolean));
  const scopesError = err("scopes");
  return (
    <form action={action} noValidate aria-label="授权家人查看我的健康档案">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Select
        id="familyMemberId"
        label="授权给"
        hint="只能选择年满18周岁的家庭成员"
        error={err("familyMemberId")}
        defaultValue={v.familyMemberId ?? ""}
        width="w-full max-w-xs"
      >
        <option value="">请选择</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      <fieldset
        id="scopes"
        className={`mb-6 ${scopesError ? "border-l-4 border-danger pl-4" : ""}`}
        aria-describedby={scopesError ? "scopes-error" : undefined}
      >
        <legend className="mb-2 text-lg font-semibold">可以查看的内容</legend>
        <ErrorMessage id={scopesError ? "scopes-error" : undefined} error={scopesError} />
        {RECORD_PARTS.map((p) => (
          <div key={p} className="flex items-center gap-3">
            <input
              id={`scope-${p}`}
              type="checkbox"
              name="scopes"
              value={p}
              defaultChecked={chosen.has(p)}
              className="h-7 w-7 accent-brand-600"
            />
            <label htmlFor={`scope-${p}`} className="inline-flex min-h-tap items-center">
              {PART_NAMES[p]}
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        id="endsOn"
        label="授权截止日期"
        hint={`最长一年，到期自动失效；例如 ${maxDate}`}
        type="date"
        min={minDate}
        max={maxDate}
        error={err("endsOn")}
        defaultValue={v.endsOn}
        width="w-full max-w-xs"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在授权…" : "确认授权"}
      </Button>
    </form>
  );
}
