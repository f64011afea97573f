"use client";

import { useActionState } from "react";
import {
  acceptTicketAction,
  replyTicketAction,
  requestExtensionAction,
  returnTicketAction,
  type TicketFormState,
} from "@/server/actions/hotline-staff";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

/**
 * The department's action forms on /staff/tickets/[id]. Each carries the ticket's version: if someone
 * else acted since the page was loaded, the action fails with a conflict and the form says so, with a
 * link to reload — what the clerk typed stays in the field.
 */

function Problems({ state, ticketId }: { state: TicketFormState; ticketId: number }) {
  return (
    <>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict ? (
        <p className="-mt-4 mb-4">
          <a href={`/staff/tickets/${ticketId}`} className="inline-flex min-h-tap items-center font-semibold">
            刷新页面，查看最新状态
          </a>
        </p>
      ) : null}
    </>
  );
}

function Hidden({ ticketId, version }: { ticketId: number; version: number }) {
  return (
    <>
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

const box = "mb-4 rounded-md border border-line bg-white p-4";

export function AcceptTicketForm({ ticketId, version }: { ticketId: number; version: number }) {
  const [state, action, pending] = useActionState(acceptTicketAction, {} as TicketFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="accept-title">
      <h3 id="accept-title" className="mb-2 font-bold">
        签收工单
      </h3>
      <Problems state={state} ticketId={ticketId} />
      <p className="mb-3">确认本部门负责办理此工单。签收后请在办理时限内提交办理结果。</p>
      <Hidden ticketId={ticketId} version={version} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在签收…" : "签收"}
      </Button>
    </form>
  );
}

export function ReplyTicketForm({ ticketId, version }: { ticketId: number; version: number }) {
  const [state, action, pending] = useActionState(replyTicketAction, {} as TicketFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="reply-title">
      <h3 id="reply-title" className="mb-2 font-bold">
        提交办理结果
      </h3>
      <Problems state={state} ticketId={ticketId} />
      <Hidden ticketId={ticketId} version={version} />
      <Textarea
        id="reply"
        label="办理结果"
        hint="写明核实情况、处理措施和结果。市民会看到这段答复，坐席将据此回访。"
        error={firstError(state, "reply")}
        rows={6}
        maxLength={2000}
        defaultValue={state.values?.reply}
        spacing="mb-3"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "提交办理结果"}
      </Button>
    </form>
  );
}

export function ExtensionForm({
  ticketId,
  version,
  dueDate,
  minDate,
}: {
  ticketId: number;
  version: number;
  dueDate: string;
  minDate: string;
}) {
  const [state, action, pending] = useActionState(requestExtensionAction, {} as TicketFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="extension-title">
      <h3 id="extension-title" className="mb-2 font-bold">
        申请延期
      </h3>
      <Problems state={state} ticketId={ticketId} />
      <p className="mb-3">当前办理时限 {dueDate}。延期申请由12345坐席审批，批准前时限不变。</p>
      <Hidden ticketId={ticketId} version={version} />
      <Field
        id="newDueDate"
        label="申请延期到"
        type="date"
        min={minDate}
        defaultValue={state.values?.newDueDate}
        error={firstError(state, "newDueDate")}
        width="w-auto"
        spacing="mb-3"
      />
      <Textarea
        id="reason"
        label="延期理由"
        error={firstError(state, "reason")}
        maxLength={500}
        defaultValue={state.values?.reason}
        spacing="mb-3"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在提交…" : "申请延期"}
      </Button>
    </form>
  );
}

export function ReturnTicketForm({ ticketId, version }: { ticketId: number; version: number }) {
  const [state, action, pending] = useActionState(returnTicketAction, {} as TicketFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="return-title">
      <h3 id="return-title" className="mb-2 font-bold">
        退单
      </h3>
      <Problems state={state} ticketId={ticketId} />
      <p className="mb-3">不属于本部门职责的工单，请写明理由并退回12345坐席改派。</p>
      <Hidden ticketId={ticketId} version={version} />
      <Textarea
        id="returnReason"
        label="退单理由"
        error={firstError(state, "returnReason")}
        maxLength={500}
        defaultValue={state.values?.returnReason}
        spacing="mb-3"
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在退单…" : "退单"}
      </Button>
    </form>
  );
}
