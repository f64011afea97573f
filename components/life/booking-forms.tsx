"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/server/lib/form-state";
import { bookAppointmentAction, bookTicketAction } from "@/server/actions/life";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/form-group";
import { PersonChoice, type PersonOption } from "./person-choice";
import { bookingClient, callFailure } from "./booking-call";

const personId = (v: string) => (v === "self" ? null : Number(v) || null);

/**
 * With JavaScript, a booking form sends its call itself (booking-call.ts: through the admission gate at 07:00)
 * and goes to the confirmation; a form whose fields are not all chosen still posts its server action, which says
 * what to fix. `input` returns null for such a form; `fields` names the form's field of an input key.
 */
function useBookingCall(fields: Record<string, string>, input: (fd: FormData) => (() => Promise<string>) | null) {
  const router = useRouter();
  const [failure, setFailure] = useState<FormState | null>(null);
  const [sending, setSending] = useState(false);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const call = input(new FormData(e.currentTarget));
    setFailure(null);
    if (!call) return;
    e.preventDefault();
    if (sending) return;
    setSending(true);
    call().then(
      (href) => router.push(href),
      (err: unknown) => {
        setSending(false);
        setFailure(callFailure(err, fields));
      },
    );
  }
  return { failure, sending, onSubmit };
}

/** 确认预约: who the appointment is for; the key makes a double submit one booking. */
export function BookAppointmentForm({
  slotId,
  patients,
  idempotencyKey,
}: {
  slotId: number;
  patients: PersonOption[];
  idempotencyKey: string;
}) {
  const [actionState, action, pending] = useActionState<FormState, FormData>(bookAppointmentAction, {});
  const { failure, sending, onSubmit } = useBookingCall({ familyMemberId: "patient" }, (fd) => {
    const patient = String(fd.get("patient") ?? "");
    if (!patient) return null;
    const key = String(fd.get("idempotencyKey") ?? "");
    return async () => {
      const r = await bookingClient.life.health.book.mutate({ slotId, familyMemberId: personId(patient), idempotencyKey: key });
      return `/me/appointments/${r.id}?booked=1`;
    };
  });
  const state = failure ?? actionState;
  const busy = pending || sending;
  return (
    <form action={action} onSubmit={onSubmit} noValidate aria-label="确认预约">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="idempotencyKey" value={state.values?.idempotencyKey || idempotencyKey} />
      <PersonChoice
        id="patient"
        legend="就诊人"
        options={patients}
        chosen={state.values?.patient ?? patients.find((p) => !p.disabled)?.value}
        error={state.fieldErrors?.patient?.[0]}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "正在预约…" : "确认预约"}
      </Button>
    </form>
  );
}

export type TicketDay = { slotId: number; label: string; hint: string; bookable: boolean };
export type TicketType = { code: string; label: string; hint: string };

/** 景区门票: the day, the ticket type and the visitor (real name). */
export function BookTicketForm({
  days,
  types,
  visitors,
  idempotencyKey,
}: {
  days: TicketDay[];
  types: TicketType[];
  visitors: PersonOption[];
  idempotencyKey: string;
}) {
  const [actionState, action, pending] = useActionState<FormState, FormData>(bookTicketAction, {});
  const { failure, sending, onSubmit } = useBookingCall({ familyMemberId: "visitor" }, (fd) => {
    const [slot, optionCode, visitor] = ["slotId", "optionCode", "visitor"].map((k) => String(fd.get(k) ?? ""));
    if (!slot || !optionCode || !visitor) return null;
    const key = String(fd.get("idempotencyKey") ?? "");
    return async () => {
      const r = await bookingClient.life.tourism.book.mutate({
        slotId: Number(slot) || 0,
        optionCode,
        familyMemberId: personId(visitor),
        idempotencyKey: key,
      });
      return `/me/tickets/${r.id}?booked=1`;
    };
  });
  const state = failure ?? actionState;
  const busy = pending || sending;
  const v = actionState.values ?? {};
  return (
    <form action={action} onSubmit={onSubmit} noValidate aria-label="预约门票">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Fieldset id="slotId" legend="游览日期" error={state.fieldErrors?.slotId?.[0]}>
        <div className="grid gap-2 sm:grid-cols-2 elder:sm:grid-cols-1">
          {days.map((d) => (
            <label key={d.slotId} className={`flex min-h-tap items-start gap-3 ${d.bookable ? "" : "text-muted"}`}>
              <input
                type="radio"
                name="slotId"
                value={d.slotId}
                disabled={!d.bookable}
                defaultChecked={v.slotId === String(d.slotId)}
                className="mt-1 h-7 w-7 shrink-0 accent-brand-600"
              />
              <span>
                {d.label}
                <span className="block text-sm">{d.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <Fieldset id="optionCode" legend="票种" error={state.fieldErrors?.optionCode?.[0]}>
        <div className="flex flex-col gap-2">
          {types.map((t) => (
            <label key={t.code} className="flex min-h-tap items-start gap-3">
              <input
                type="radio"
                name="optionCode"
                value={t.code}
                defaultChecked={v.optionCode ? v.optionCode === t.code : types.length === 1}
                className="mt-1 h-7 w-7 shrink-0 accent-brand-600"
              />
              <span>
                {t.label}
                <span className="block text-sm text-muted">{t.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <PersonChoice
        id="visitor"
        legend="游客（实名）"
        options={visitors}
        chosen={v.visitor ?? visitors.find((p) => !p.disabled)?.value}
        error={state.fieldErrors?.visitor?.[0]}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "正在预约…" : "预约门票"}
      </Button>
    </form>
  );
}
