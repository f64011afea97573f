"use client";

import { useActionState } from "react";
import { updateSlaAction } from "@/server/actions/hotline-stats";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ErrorMessage } from "@/components/ui/error-message";
import { controlClass, groupClass } from "@/components/ui/form-group";

/** The SLA table (working days by request type) as one form; works without JS (server action). */
export function SlaEditor({ rules }: { rules: { requestType: string; workingDays: number }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSlaAction, {});
  return (
    <form action={action} noValidate aria-labelledby="sla-title">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <table className="mb-4 w-full max-w-xl border-collapse text-left">
        <caption className="sr-only">各诉求类型的办理时限（工作日）</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-3">
              诉求类型
            </th>
            <th scope="col" className="py-2">
              办理时限（工作日，1–60）
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r, i) => {
            const id = `sla-${i}`;
            const err = state.fieldErrors?.[id]?.[0];
            return (
              <tr key={r.requestType} className="border-b border-line">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  <label htmlFor={id}>{r.requestType}</label>
                </th>
                <td className={groupClass(err, "py-2")}>
                  <ErrorMessage id={`${id}-error`} error={err} />
                  <input
                    id={id}
                    name={id}
                    type="text"
                    inputMode="numeric"
                    defaultValue={state.values?.[id] ?? String(r.workingDays)}
                    key={`${id}-${state.values?.[id] ?? r.workingDays}`}
                    aria-invalid={err ? true : undefined}
                    aria-describedby={err ? `${id}-error` : undefined}
                    className={controlClass(err, "w-28")}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存办理时限"}
      </Button>
    </form>
  );
}
