"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { ActionShell, NoteField, type TicketRef } from "./action-shell";

/** 催办: reminds the department of a deadline that is near or past; counted in the supervision record. */
export function UrgeForm({ ticketId, version, overdue, dueDate }: TicketRef & { overdue: boolean; dueDate: string | null }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell
      kind="urge"
      ticketId={ticketId}
      version={version}
      title={overdue ? "催办（已超期）" : "催办（临期）"}
      titleId="urge-title"
      state={state}
      action={action}
    >
      <p className="mb-2">办理时限 {dueDate ?? "—"}。催办会通知承办部门并计入督办记录。</p>
      <NoteField id="urge-note" label="催办说明（选填）" state={state} rows={2} />
      <Button type="submit" variant="danger" disabled={pending}>
        催办
      </Button>
    </ActionShell>
  );
}
