"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { ActionShell, NoteField, type TicketRef } from "./action-shell";
import { SATISFACTION_WORDS } from "@/server/modules/hotline/labels";

const RESULTS = SATISFACTION_WORDS;

/** 回访: the caller's verdict on the answer; 不满意 sends the ticket back for handling. */
export function RevisitForm({ ticketId, version }: TicketRef) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell kind="revisit" ticketId={ticketId} version={version} title="回访" titleId="revisit-title" state={state} action={action}>
      <Fieldset id="result" legend="回访结果（不满意将重新办理）" error={firstError(state, "result")} spacing="mb-4">
        <div className="flex flex-wrap gap-x-6">
          {RESULTS.map((r, i) => (
            <label key={r} className="flex min-h-tap items-center gap-2">
              <input
                type="radio"
                name="result"
                value={r}
                defaultChecked={state.values?.result === r}
                accessKey={i === 0 ? "r" : undefined}
                className="h-6 w-6"
              />
              {r}
            </label>
          ))}
        </div>
      </Fieldset>
      <NoteField id="revisit-note" label="回访记录（选填）" state={state} rows={2} />
      <Button type="submit" disabled={pending}>
        记录回访
      </Button>
    </ActionShell>
  );
}
