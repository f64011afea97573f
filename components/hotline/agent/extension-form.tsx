"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { ActionShell, NoteField, type TicketRef } from "./action-shell";

/** 延期审批: approve or refuse a department's request for more working days (a refusal needs a reason). */
export function ExtensionForm({
  ticketId,
  version,
  extensionId,
  extraDays,
  reason,
  compact,
}: TicketRef & { extensionId: number; extraDays: number; reason: string; compact?: boolean }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const p = `ext-${extensionId}`;
  return (
    <ActionShell
      kind="extension"
      ticketId={ticketId}
      version={version}
      title={compact ? `延期${extraDays}个工作日` : `延期申请：${extraDays}个工作日`}
      titleId={`${p}-title`}
      state={state}
      action={action}
      extra={<input type="hidden" name="extensionId" value={extensionId} />}
    >
      <p className="mb-2">部门理由：{reason}</p>
      <Fieldset id={`${p}-decision`} legend="审批意见" error={firstError(state, "decision")} spacing="mb-3">
        <div className="flex flex-wrap gap-x-6">
          <label className="flex min-h-tap items-center gap-2">
            <input type="radio" name="decision" value="approve" defaultChecked={state.values?.decision === "approve"} className="h-6 w-6" />
            同意延期
          </label>
          <label className="flex min-h-tap items-center gap-2">
            <input type="radio" name="decision" value="reject" defaultChecked={state.values?.decision === "reject"} className="h-6 w-6" />
            不同意
          </label>
        </div>
      </Fieldset>
      <NoteField id={`${p}-note`} label="说明（不同意时必填）" state={state} rows={2} />
      <Button type="submit" disabled={pending}>
        提交审批
      </Button>
    </ActionShell>
  );
}
