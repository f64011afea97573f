"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { ActionShell, type TicketRef } from "./action-shell";
import { CategorySelect, TypeSelect, type Options } from "./options";

/** 分类: change the type (deadline) and the category (default department) before answering or dispatching. */
export function ClassifyForm({
  ticketId,
  version,
  type,
  categoryId,
  options,
}: TicketRef & { type: string; categoryId: number; options: Options }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell kind="classify" ticketId={ticketId} version={version} title="分类" titleId="classify-title" state={state} action={action}>
      <div>
        <TypeSelect id="classify-type" options={options} value={type} state={state} />
        <CategorySelect id="classify-category" options={options} value={String(categoryId)} state={state} accessKey="g" />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        保存分类
      </Button>
    </ActionShell>
  );
}
