"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { STATUS_NAMES, type TicketStatus } from "@/server/modules/hotline/labels";
import { Button } from "@/components/ui/button";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { ActionShell, type TicketRef } from "./action-shell";

/** 合并: this ticket is a repeat of one of the suspected duplicates and closes into it. */
export function MergeForm({
  ticketId,
  version,
  duplicates,
}: TicketRef & {
  duplicates: {
    id: number;
    version: number;
    ticketNo: string;
    description: string;
    status: string;
    distanceM: number | null;
    address: string | null;
  }[];
}) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell
      kind="merge"
      ticketId={ticketId}
      version={version}
      title="合并重复工单"
      titleId="merge-title"
      state={state}
      action={action}
    >
      <Fieldset
        id="primary"
        legend="把本工单作为重复诉求合并到："
        error={firstError(state, "primary") ?? firstError(state, "primaryId")}
        spacing="mb-4"
      >
        {duplicates.map((d) => (
          <label key={d.id} className="mb-2 flex min-h-tap items-start gap-2">
            <input
              type="radio"
              name="primary"
              value={`${d.id}:${d.version}`}
              defaultChecked={state.values?.primary === `${d.id}:${d.version}`}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <span>
              <span className="font-mono">{d.ticketNo}</span>（{STATUS_NAMES[d.status as TicketStatus] ?? d.status}
              {d.distanceM !== null ? `，相距约${Math.round(d.distanceM)}米` : "，同一地址"}）
              <span className="block text-sm text-muted">{d.description.slice(0, 60)}</span>
            </span>
          </label>
        ))}
      </Fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        合并（本工单办结）
      </Button>
    </ActionShell>
  );
}
