"use client";

import type { ReactNode } from "react";
import type { AgentFormState } from "@/server/actions/hotline-agent";
import { STATUS_NAMES, type TicketStatus } from "@/server/modules/hotline/labels";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formatDateTime } from "@/components/ui/format";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

/** Every action names the ticket and the version the agent saw. */
export type TicketRef = { ticketId: number; version: number };

/** Shown with the conflict message: what the ticket looks like now, and a way to reload it. */
function ConflictNote({ state, ticketId }: { state: AgentFormState; ticketId: number }) {
  const c = state.conflict;
  if (!c) return null;
  return (
    <div className="mb-4 border-l-8 border-warn bg-warn-bg p-3" data-testid="conflict-latest">
      <p className="font-semibold">该工单现在的状态：{STATUS_NAMES[c.status as TicketStatus] ?? c.status}</p>
      {c.lastNote ? (
        <p>
          最近一次操作：{c.lastActor ?? "系统"}
          {c.lastAt ? `（${formatDateTime(new Date(c.lastAt))}）` : ""}——{c.lastNote}
        </p>
      ) : null}
      <p className="mt-1">您填写的内容仍保留在下方。</p>
      <a href={`/agent/tickets/${ticketId}`} className="inline-flex min-h-tap items-center font-semibold underline">
        刷新页面，查看最新状态
      </a>
    </div>
  );
}

/**
 * One action on an agent's ticket page: a titled box whose form carries the action's kind and the
 * ticket's version (a stale page gets a conflict, with what changed, instead of overwriting).
 */
export function ActionShell({
  kind,
  ticketId,
  version,
  title,
  titleId,
  state,
  action,
  children,
  extra,
}: {
  kind: string;
  ticketId: number;
  version: number;
  title: string;
  titleId: string;
  state: AgentFormState;
  action: (fd: FormData) => void;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="mb-4 rounded-md border border-line bg-white p-4">
      <h3 id={titleId} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      <form action={action} noValidate>
        {/* Several action forms share the page: the summary states the problem, the field shows it inline. */}
        <ErrorSummary message={state.message ?? Object.values(state.fieldErrors ?? {}).find((m) => m?.length)?.[0] ?? null} />
        <ConflictNote state={state} ticketId={ticketId} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="version" value={version} />
        {extra}
        {children}
      </form>
    </section>
  );
}

/** The note of an action (answer, revisit record, reasons); what was typed survives an error. */
export function NoteField({
  id,
  label,
  hint,
  state,
  rows = 3,
  accessKey,
  name = "text",
}: {
  id: string;
  label: string;
  hint?: string;
  state: AgentFormState;
  rows?: number;
  accessKey?: string;
  name?: string;
}) {
  return (
    <Textarea
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={firstError(state, name) ?? (name === "text" ? firstError(state, "_") : null)}
      rows={rows}
      accessKey={accessKey}
      defaultValue={state.values?.[name]}
      spacing="mb-4"
    />
  );
}
