"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { ActionShell, NoteField, type TicketRef } from "./action-shell";

/** 直接答复: what the agent could answer on the call closes the ticket. */
export function AnswerForm({ ticketId, version }: TicketRef) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell
      kind="answer"
      ticketId={ticketId}
      version={version}
      title="直接答复（办结）"
      titleId="answer-title"
      state={state}
      action={action}
    >
      <NoteField
        id="answer-text"
        label="答复内容"
        hint="能当场解答的，按知识库答复来电人并记录；提交后工单办结。"
        state={state}
        accessKey="a"
      />
      <Button type="submit" disabled={pending}>
        答复并办结
      </Button>
    </ActionShell>
  );
}
