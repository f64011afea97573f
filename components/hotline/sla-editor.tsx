"use client";

import { useActionState } from "react";
import { updateSlaAction } from "@/server/actions/hotline-stats";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ErrorMessage } from "@/components/ui/error-message";
import { controlClass, firstError, groupClass } from "@/components/ui/form-group";
import { Table } from "@/components/ui/table";

/** The SLA table (working days by request type) as one form; works without JS (server action). */
export function SlaEditor({ rules }: { rules: { requestType: string; workingDays: number }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSlaAction, {});
  return (
    <form action={action} noValidate aria-labelledby="sla-title">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <div className="mb-4 max-w-xl">
        <Table
          caption="各诉求类型的办理时限（工作日）"
          variant="plain"
          valign="middle"
          rows={rules.map((r, i) => ({ ...r, id: `sla-${i}` }))}
          rowKey={(r) => r.requestType}
          columns={[
            { header: "诉求类型", cell: (r) => <label htmlFor={r.id}>{r.requestType}</label>, rowHeader: true },
            {
              header: "办理时限（工作日，1–60）",
              className: (r) => groupClass(firstError(state, r.id), ""),
              cell: (r) => {
                const err = firstError(state, r.id);
                return (
                  <>
                    <ErrorMessage id={`${r.id}-error`} error={err} />
                    <input
                      id={r.id}
                      name={r.id}
                      type="text"
                      inputMode="numeric"
                      defaultValue={state.values?.[r.id] ?? String(r.workingDays)}
                      key={`${r.id}-${state.values?.[r.id] ?? r.workingDays}`}
                      aria-invalid={err ? true : undefined}
                      aria-describedby={err ? `${r.id}-error` : undefined}
                      className={controlClass(err, "w-28")}
                    />
                  </>
                );
              },
            },
          ]}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存办理时限"}
      </Button>
    </form>
  );
}
